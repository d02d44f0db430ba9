// Readers' everyday words for the articles' words (readers.json), beside the thesaurus (thesaurus.json): the
// words worried readers type (催款, 上班, 签字, 收数) that no article uses, each mapped to the articles' words of
// the same meaning and situation. Written from the articles' text alone, blind to every question of the relevance
// files, and reviewed by the rules of thesaurus.ts; tests/unit/search/thesaurus.test.ts checks them with the
// thesaurus. Among them, Taiwan's words for the articles' (簡訊, 聯絡, 資訊, 登入 → 短信, 联系, 信息, 登录: OpenCC's
// Taiwan phrases, where the articles use the mainland word): a Traditional query is read character by character,
// which leaves a Taiwan reader's word (联络) as the reader typed it. The browser loads the JSON only for a query
// the site's own words do not answer directly (src/search/engine.ts): a question in the articles' words never
// fetches it. This module is the build's and the tests' way to the same table.
import data from './readers.json' with { type: 'json' };
import { withTable, type Thesaurus } from './thesaurus.ts';

/** `thesaurus` with the readers' words added. */
export function withReaders(thesaurus: Thesaurus): Thesaurus {
  return withTable(thesaurus, data);
}
