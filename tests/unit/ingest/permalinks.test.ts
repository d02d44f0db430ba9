import { expect, test } from 'vitest';
import { updatePermalinks } from '../../../src/ingest/permalinks.ts';

const answer = (id: string, topic = 'theft', aliases: string[] = []) => ({ id, topic, aliases, metaFile: 'a.yaml' });

test('adds new ids and keeps the registry sorted', () => {
  expect(updatePermalinks({}, [answer('b'), answer('a')], 'p.json')).toEqual({ a: { topic: 'theft' }, b: { topic: 'theft' } });
});

test('a renamed id stays as an alias of its successor', () => {
  const next = updatePermalinks({ 'old-id': { topic: 'theft' } }, [answer('new-id', 'theft', ['old-id'])], 'p.json');
  expect(next).toEqual({ 'new-id': { topic: 'theft' }, 'old-id': { topic: 'theft', aliasOf: 'new-id' } });
});

test('an answer may not take its published id to another topic: the old topic link would break', () => {
  expect(() => updatePermalinks({ a: { topic: 'theft' } }, [answer('a', 'home-visits')], 'p.json')).toThrow(
    /answer "a" was published under topic theft and is now in home-visits, so \/topics\/theft\/#a would break — fix: give the answer a new id and list "a" under its aliases/,
  );
});

test('a moved answer with a new id keeps its old id, still registered under the old topic', () => {
  expect(updatePermalinks({ a: { topic: 'theft' } }, [answer('b', 'home-visits', ['a'])], 'p.json')).toEqual({
    a: { topic: 'theft', aliasOf: 'b' },
    b: { topic: 'home-visits' },
  });
});

test('every published id that would stop resolving is named, with its line and both ways out: alias or retire', () => {
  const registry = { 'call-police': { topic: 'theft' }, 'freeze-account': { topic: 'theft' }, 'report-to-police': { topic: 'theft' } };
  const text = `${JSON.stringify(registry, null, 2)}\n`;
  const problems: string[] = [];
  updatePermalinks(registry, [answer('call-police')], 'content/permalinks.json', (e) => problems.push(e.message), text);
  expect(problems).toHaveLength(2);
  for (const [id, line] of [['freeze-account', 5], ['report-to-police', 8]] as const) {
    const problem = problems.find((p) => p.includes(`"${id}"`))!;
    expect(problem).toMatch(new RegExp(`^content/permalinks\\.json:${line}: the published id "${id}" \\(topic theft\\) no longer resolves to any answer — fix: `));
    expect(problem).toContain(`add aliases: [${id}] to that answer`);
    expect(problem).toContain(`"${id}": { "topic": "theft", "retired": "`);
  }
});

test('a retired id stays in the registry as it was written, and no answer may take it again', () => {
  const registry = { 'call-police': { topic: 'theft' }, 'freeze-account': { topic: 'theft', retired: '原文已删除这部分内容' } };
  expect(updatePermalinks(registry, [answer('call-police')], 'p.json')).toEqual(registry);
  expect(() => updatePermalinks(registry, [answer('call-police'), answer('freeze-account')], 'p.json')).toThrow(/answer id "freeze-account" was retired .* — fix: give the answer another id/);
});

test('an alias may not shadow a current answer', () => {
  expect(() => updatePermalinks({}, [answer('a'), answer('b', 'theft', ['a'])], 'p.json')).toThrow(/alias "a" of "b" is also the id of a current answer/);
});
