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

test('an answer that moves topic keeps its id and its entry follows it', () => {
  expect(updatePermalinks({ a: { topic: 'theft' } }, [answer('a', 'home-visits')], 'p.json')).toEqual({ a: { topic: 'home-visits' } });
});

test('a published id that would stop resolving stops the build, naming it', () => {
  expect(() => updatePermalinks({ 'report-to-police': { topic: 'theft' } }, [answer('call-police')], 'content/permalinks.json')).toThrow(
    /^content\/permalinks\.json: the published id "report-to-police" \(topic theft\) no longer resolves to any answer\. Fix: add it to "aliases"/,
  );
});

test('an alias may not shadow a current answer', () => {
  expect(() => updatePermalinks({}, [answer('a'), answer('b', 'theft', ['a'])], 'p.json')).toThrow(/alias "a" of "b" is also the id of a current answer/);
});
