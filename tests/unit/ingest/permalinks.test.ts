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
    /answer "a" was published under topic theft and is now in home-visits, so \/topics\/theft\/#a would break\. Fix: give the answer a new id and list "a" under its aliases/,
  );
});

test('a moved answer with a new id keeps its old id, still registered under the old topic', () => {
  expect(updatePermalinks({ a: { topic: 'theft' } }, [answer('b', 'home-visits', ['a'])], 'p.json')).toEqual({
    a: { topic: 'theft', aliasOf: 'b' },
    b: { topic: 'home-visits' },
  });
});

test('a published id that would stop resolving stops the build, naming it', () => {
  expect(() => updatePermalinks({ 'report-to-police': { topic: 'theft' } }, [answer('call-police')], 'content/permalinks.json')).toThrow(
    /^content\/permalinks\.json: the published id "report-to-police" \(topic theft\) no longer resolves to any answer\. Fix: add it to "aliases"/,
  );
});

test('an alias may not shadow a current answer', () => {
  expect(() => updatePermalinks({}, [answer('a'), answer('b', 'theft', ['a'])], 'p.json')).toThrow(/alias "a" of "b" is also the id of a current answer/);
});
