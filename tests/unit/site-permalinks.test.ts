import { describe, expect, test } from 'vitest';
import { aliasesByAnswer, movedAnswersByTopic, resolvePermalinks } from '../../src/lib/permalinks.ts';

const answers = [
  { id: 'report-to-police', topic: 'theft' },
  { id: 'freeze-account', topic: 'theft' },
];

describe('resolvePermalinks', () => {
  test('current ids land on themselves, retired ids on the answer that replaced them, through every rename', () => {
    const resolved = resolvePermalinks(
      {
        'report-to-police': { topic: 'theft' },
        'freeze-account': { topic: 'theft' },
        'call-police': { topic: 'theft', aliasOf: 'report-to-police' },
        'police': { topic: 'theft', aliasOf: 'call-police' },
      },
      answers,
    );
    expect(resolved.get('police')?.target).toBe('report-to-police');
    expect(resolved.get('freeze-account')?.target).toBe('freeze-account');
    expect(aliasesByAnswer(resolved).get('report-to-police')).toEqual(['call-police', 'police']);
  });

  test('an id that resolves nowhere fails, naming it', () => {
    const registry = { 'report-to-police': { topic: 'theft' }, 'freeze-account': { topic: 'theft' }, 'deleted-answer': { topic: 'theft' } };
    expect(() => resolvePermalinks(registry, answers)).toThrow(/"deleted-answer"/);
  });

  test('an alias of an id that no longer exists fails, naming it', () => {
    const registry = { 'report-to-police': { topic: 'theft' }, 'freeze-account': { topic: 'theft' }, old: { topic: 'theft', aliasOf: 'gone' } };
    expect(() => resolvePermalinks(registry, answers)).toThrow(/"old".*"gone"/);
  });

  test('an id whose answer moved to another topic fails: its topic-page link would break', () => {
    const registry = { 'report-to-police': { topic: 'home-visits' }, 'freeze-account': { topic: 'theft' } };
    expect(() => resolvePermalinks(registry, answers)).toThrow(/"report-to-police".*home-visits/);
  });

  test('a retired id may point into another topic: the answer moved, and the old topic lists it', () => {
    const registry = { ...Object.fromEntries(answers.map((a) => [a.id, { topic: a.topic }])), 'visit-police': { topic: 'home-visits', aliasOf: 'report-to-police' } };
    const resolved = resolvePermalinks(registry, answers);
    expect(resolved.get('visit-police')).toEqual({ id: 'visit-police', topic: 'home-visits', target: 'report-to-police' });
    const moved = movedAnswersByTopic(resolved, answers);
    expect(moved.get('home-visits')?.map((p) => p.id)).toEqual(['visit-police']);
    expect(moved.get('theft')).toBeUndefined();
  });

  test('an alias cycle fails instead of looping', () => {
    const registry = { ...Object.fromEntries(answers.map((a) => [a.id, { topic: a.topic }])), x: { topic: 'theft', aliasOf: 'y' }, y: { topic: 'theft', aliasOf: 'x' } };
    expect(() => resolvePermalinks(registry, answers)).toThrow(/cycle/);
  });

  test('an answer missing from the registry fails: it was never published', () => {
    expect(() => resolvePermalinks({ 'report-to-police': { topic: 'theft' } }, answers)).toThrow(/"freeze-account"/);
  });
});
