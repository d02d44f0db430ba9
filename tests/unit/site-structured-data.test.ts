import { expect, test } from 'vitest';
import { article, jsonLdText } from '../../src/lib/structured-data.ts';

test('JSON-LD cannot close its script element', () => {
  const text = jsonLdText([{ '@type': 'Thing', name: '</script><script>alert(1)</script>' }]);
  expect(text).not.toContain('</script');
  expect(JSON.parse(text)['@graph'][0].name).toBe('</script><script>alert(1)</script>');
});

test('an article leaves out an unknown author and date instead of guessing', () => {
  const known = article({ headline: 'h', url: 'u', author: '孔菲', published: '2025-03-27' });
  expect(known).toMatchObject({ author: { '@type': 'Person', name: '孔菲' }, datePublished: '2025-03-27' });
  const unknown = article({ headline: 'h', url: 'u', author: null, published: null });
  expect(unknown).not.toHaveProperty('author');
  expect(unknown).not.toHaveProperty('datePublished');
});
