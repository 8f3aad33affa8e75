import { describe, expect, it } from 'vitest';
import { review } from '@/lib/scheduling';
import { deckLemmas, emptyStudy, mergeStudy, restoreWord, setStatus, studyBackup, statusOf, studyLemmas, toggleSaved, unchangedWords, withCard } from '@/lib/study';
import { importStudy, importStudyFile, MAX_STORED_MB, parseStudy } from '@/lib/study-schema';

const now = new Date('2026-11-29T12:00:00Z');
const later = new Date('2026-11-30T08:00:00Z');

describe('study store', () => {
  it('keeps a status per lemma, new by default, and of a word set back to new only when it was', () => {
    const learning = setStatus(emptyStudy(), 'irhab', 'learning', now);
    expect(statusOf(learning, 'irhab')).toBe('learning');
    expect(statusOf(learning, 'tanzim')).toBe('new');
    expect(setStatus(learning, 'irhab', 'new', later).words).toEqual({ irhab: { status: 'new', changedAt: later.toISOString() } });
    // A word never recorded is not recorded for being set to what it was.
    expect(setStatus(emptyStudy(), 'irhab', 'new', later).words).toEqual({});
  });

  it('gives a word back the record it had before a change, dated as a change of its own', () => {
    const saved = toggleSaved(emptyStudy(), 'irhab', 'w0-2', 'damascus', now);
    const reviewed = withCard(saved, 'irhab', 'recall', review(undefined, 'easy', later), later);
    expect(restoreWord(reviewed, 'irhab', saved.words.irhab, later).words.irhab).toEqual({ ...saved.words.irhab, changedAt: later.toISOString() });
    // A word that had no record keeps only the date it was set back.
    expect(restoreWord(setStatus(emptyStudy(), 'irhab', 'known', now), 'irhab', undefined, later).words).toEqual({ irhab: { status: 'new', changedAt: later.toISOString() } });
  });

  it('saves a lemma with the word it came from, and unsaves it without losing its status', () => {
    const saved = toggleSaved(setStatus(emptyStudy(), 'irhab', 'known'), 'irhab', 'w0-2', 'damascus', now);
    expect(saved.words.irhab).toEqual({
      status: 'known',
      saved: { token: 'w0-2', article: 'damascus', savedAt: '2026-11-29T12:00:00.000Z' },
      changedAt: '2026-11-29T12:00:00.000Z',
    });
    expect(toggleSaved(saved, 'irhab', 'w0-2', 'damascus', later).words.irhab).toEqual({
      status: 'known',
      changedAt: '2026-11-30T08:00:00.000Z',
    });
  });

  it('builds the deck from saved and learning words, not known ones even saved (which stay study words), and a reviewed word becomes learning', () => {
    let state = toggleSaved(emptyStudy(), 'a', 'w1-1', 'x', now);
    state = setStatus(state, 'b', 'learning');
    state = setStatus(state, 'c', 'known');
    state = setStatus(toggleSaved(state, 'd', 'w1-2', 'x', now), 'd', 'known');
    expect(deckLemmas(state).sort()).toEqual(['a', 'b']);
    expect(deckLemmas(setStatus(state, 'd', 'new')).sort()).toEqual(['a', 'b', 'd']);
    // The study words, which the exports list, keep a saved word marked known.
    expect(studyLemmas(state).sort()).toEqual(['a', 'b', 'd']);
    state = withCard(state, 'a', 'recall', review(undefined, 'good', now));
    expect(state.words.a?.status).toBe('learning');
    expect(state.words.a?.cards?.recall?.reps).toBe(1);
  });

  it('reads back what it wrote', () => {
    const state = withCard(toggleSaved(emptyStudy(), 'a', 'w1-1', 'x', now), 'a', 'recognition', review(undefined, 'hard', now));
    expect(parseStudy(JSON.stringify(state))).toEqual({ state, corrupt: false, kept: 0 });
    expect(parseStudy(null)).toEqual({ state: emptyStudy(), corrupt: false, kept: 0 });
  });

  it.each([
    '',
    '{',
    '[]',
    '{"version":2,"words":{}}',
    '{"version":1,"words":{"a":{"status":"forgotten"}}}',
    '{"version":1,"words":[{"status":"known"}]}',
    '{"version":2,"words":{"a":{"status":"known"}}}',
    `{"version":1,"words":{"a":{"status":"known"}},"pad":"${'x'.repeat(MAX_STORED_MB * 1024 * 1024)}"}`,
    'x'.repeat(3 * 1024 * 1024),
  ])('reports %.40j as corrupt and starts empty', (raw) => {
    expect(parseStudy(raw)).toEqual({ state: emptyStudy(), corrupt: true, kept: 0 });
  });

  // Its own time limit: it took 3.4 s of vitest's default 5 on a busy machine, and a slow machine is no failure here.
  it('reads back, and imports, a store larger than 2 MB of real words, as a heavy student writes', () => {
    const words = Object.fromEntries(
      Array.from({ length: 40_000 }, (_, n) => [`lemma-${n}`, { status: 'learning', changedAt: '2026-12-02T09:00:00.000Z' }]),
    );
    const raw = JSON.stringify({ version: 1, words });
    expect(raw.length).toBeGreaterThan(2.5 * 1024 * 1024);
    expect(parseStudy(raw)).toMatchObject({ state: { version: 1, words }, corrupt: false });
    expect(importStudy(raw)).toEqual({ ok: true, state: { version: 1, words } });
  }, 30_000);

  it('keeps the words of a corrupt store that still read as words, and reports the store', () => {
    const good = { status: 'learning', changedAt: '2026-11-30T09:00:00.000Z' };
    const raw = JSON.stringify({
      version: 1,
      words: { kitab: good, qalam: { status: 'forgotten' }, 'Bad Key': { status: 'known' }, constructor: { status: 'known' }, bayt: { status: 'new', cards: { recall: { due: 'soon' } } } },
      extra: true,
    });
    // bayt's status reads, its damaged card does not: the status is kept, and a word set to new counts as nothing kept.
    expect(parseStudy(raw)).toEqual({ state: { version: 1, words: { kitab: good, constructor: { status: 'known' }, bayt: { status: 'new' } } }, corrupt: true, kept: 2 });
  });

  it.each([
    [{ status: 'known', cards: 'x' }, { status: 'known' }],
    [{ status: 'known', cards: { recall: 5 } }, { status: 'known' }],
    [{ status: 'known', saved: null }, { status: 'known' }],
    ['known', undefined],
    [null, undefined],
    [{ saved: null }, undefined],
  ])('reads %j, damaged, as %j', (word, read) => {
    expect(parseStudy(JSON.stringify({ version: 1, words: { kitab: word } })).state.words.kitab).toEqual(read);
  });

  it('keeps what still reads of a damaged word: its status, saving and sound card, without the damaged card or date', () => {
    const card = { due: '2026-12-01T09:00:00.000Z', stability: 2, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 2, last_review: '2026-11-30T09:00:00.000Z' };
    const saved = { token: 'w1-2', article: 'an-article', savedAt: '2026-11-29T09:00:00.000Z' };
    const raw = JSON.stringify({
      version: 1,
      words: {
        kitab: { status: 'learning', saved, cards: { recognition: card, recall: { ...card, due: 'x' } }, changedAt: 'yesterday' },
        qalam: { status: 'known', saved: { token: '<img>', article: 'a', savedAt: 'now' }, cards: { recall: { due: 'x' } } },
        bayt: { status: 'someday', saved },
      },
    });
    expect(parseStudy(raw, new Date('2026-12-04T00:00:00.000Z'))).toEqual({
      state: { version: 1, words: { kitab: { status: 'learning', saved, cards: { recognition: card } }, qalam: { status: 'known' } } },
      corrupt: true,
      kept: 2,
    });
  });

  it('counts as kept only the words that hold something, not the records of words set back to new', () => {
    const setBack = { status: 'new', changedAt: '2026-11-30T09:00:00.000Z' };
    const raw = JSON.stringify({ version: 1, words: { kitab: { status: 'known' }, qalam: setBack, bayt: { status: 'forgotten' } } });
    expect(parseStudy(raw)).toEqual({ state: { version: 1, words: { kitab: { status: 'known' }, qalam: setBack } }, corrupt: true, kept: 1 });
  });

  it('lists what is wrong with an import, by path, in words the interface can say in its own language', () => {
    expect(importStudy('{"version":1,"words":{"a":{"status":"forgotten"},"B C":{"status":"new"},"b":{}}}')).toEqual({
      ok: false,
      problems: [
        { path: 'words.a.status', problem: 'notAllowed' },
        { path: 'words.B C', problem: 'badFormat' },
        { path: 'words.b.status', problem: 'missing' },
      ],
      unlisted: 0,
    });
    expect(importStudy('{"version":1,"words":{"a":{"status":"learning","cards":{"recall":{"due":"soon","stability":-1,"difficulty":"x"}}}}}')).toMatchObject({
      problems: expect.arrayContaining([
        { path: 'words.a.cards.recall.due', problem: 'badFormat' },
        { path: 'words.a.cards.recall.stability', problem: 'outOfRange' },
        { path: 'words.a.cards.recall.difficulty', problem: 'wrongType' },
        { path: 'words.a.cards.recall.reps', problem: 'missing' },
      ]),
    });
    const farOff = { due: '9999-01-01T00:00:00.000Z', last_review: '2026-11-29T12:00:00.000Z' };
    const card = { stability: 3, difficulty: 5, elapsed_days: 0, scheduled_days: 3, learning_steps: 0, reps: 1, lapses: 0, state: 2, ...farOff };
    expect(importStudy(JSON.stringify({ version: 1, words: { a: { status: 'learning', cards: { recall: card } } } }))).toEqual({
      ok: false,
      problems: [{ path: 'words.a.cards.recall.due', problem: 'invalid' }],
      unlisted: 0,
    });
  });

  it.each([
    ['', 'empty'],
    [' \n', 'empty'],
    ['not json', 'notJson'],
    ['[1, 2]', 'notStudy'],
    ['{"words":{}}', 'notStudy'],
    // Another app's JSON with a version of its own.
    ['{"name":"my-app","version":"1.0.0","dependencies":{}}', 'notStudy'],
    // From a later Jisr: this page is the one out of date, which "version: not allowed" would not say.
    ['{"version":2,"words":{"a":{"status":"new","kind":"x"}}}', 'newerVersion'],
    [' '.repeat(MAX_STORED_MB * 1024 * 1024 + 1), 'tooLarge'],
  ] as const)('refuses %.20j as a whole: %s', (text, problem) => {
    expect(importStudy(text)).toEqual({ ok: false, problems: [{ path: '', problem }], unlisted: 0 });
  });

  it('refuses a file far over the limit without reading it, and says when a file cannot be read', async () => {
    const unread = { size: 3 * MAX_STORED_MB * 1024 * 1024 + 1, text: () => Promise.reject(new Error('read')) };
    expect(await importStudyFile(unread)).toEqual({ ok: false, problems: [{ path: '', problem: 'tooLarge' }], unlisted: 0 });
    expect(await importStudyFile({ ...unread, size: 10 })).toEqual({ ok: false, problems: [{ path: '', problem: 'unreadable' }], unlisted: 0 });
    expect(await importStudyFile(new Blob(['{"version":1,"words":{}}']))).toEqual({ ok: true, state: { version: 1, words: {} } });
  });

  it('lists ten problems and counts the rest', () => {
    const words = Object.fromEntries([...Array(12).keys()].map((i) => [`w${i}`, { status: 'forgotten' }]));
    const result = importStudy(JSON.stringify({ version: 1, words }));
    expect(!result.ok && result.problems).toHaveLength(10);
    expect(!result.ok && result.unlisted).toBe(2);
  });

  it('merges an import over the current data, word by word, the later change winning', () => {
    const current = setStatus(setStatus(emptyStudy(), 'a', 'known', now), 'b', 'learning', now);
    const imported = setStatus(setStatus(emptyStudy(), 'b', 'known', later), 'c', 'learning', now);
    expect(mergeStudy(current, imported).words).toEqual({
      a: { status: 'known', changedAt: now.toISOString() },
      b: { status: 'known', changedAt: later.toISOString() },
      c: { status: 'learning', changedAt: now.toISOString() },
    });
    // An older backup does not undo what was done since.
    expect(mergeStudy(imported, current).words.b).toEqual({ status: 'known', changedAt: later.toISOString() });
  });

  it('does not bring back, from an older backup, a word since unsaved or set back to new', () => {
    const backup = setStatus(toggleSaved(emptyStudy(), 'a', 'w1-1', 'x', now), 'b', 'learning', now);
    const since = setStatus(toggleSaved(backup, 'a', 'w1-1', 'x', later), 'b', 'new', later);
    const merged = mergeStudy(since, backup);
    expect(deckLemmas(merged)).toEqual([]);
    expect(statusOf(merged, 'b')).toBe('new');
    expect(unchangedWords(since, merged, ['a', 'b'])).toEqual(['a', 'b']);
  });

  it('keeps each direction’s later review when an older backup is imported', () => {
    const dayAfter = new Date('2026-12-01T08:00:00Z');
    const backup = withCard(toggleSaved(emptyStudy(), 'a', 'w1-1', 'x', now), 'a', 'recall', review(undefined, 'good', now), now);
    // Since the backup: the recall card reviewed again, and a first recognition review.
    let current = withCard(backup, 'a', 'recall', review(backup.words.a!.cards!.recall, 'good', later), later);
    current = withCard(current, 'a', 'recognition', review(undefined, 'hard', dayAfter), dayAfter);
    const merged = mergeStudy(current, backup).words.a!;
    // This device's record stands as it was, though its cards were stored recall first.
    expect(Object.keys(current.words.a!.cards!)).toEqual(['recall', 'recognition']);
    expect(unchangedWords(current, mergeStudy(current, backup), ['a'])).toEqual(['a']);
    expect(unchangedWords(backup, mergeStudy(backup, current), ['a'])).toEqual([]);
    expect(merged.cards?.recall?.reps).toBe(2);
    expect(merged.cards?.recognition?.reps).toBe(1);
    expect(merged.saved?.token).toBe('w1-1');
    // And a word reviewed on another device keeps that device's later review, beside this one's.
    const otherDevice = withCard(backup, 'a', 'recognition', review(undefined, 'easy', later), later);
    const both = mergeStudy(withCard(backup, 'a', 'recall', review(backup.words.a!.cards!.recall, 'again', later), later), otherDevice);
    expect(both.words.a!.cards?.recall?.reps).toBe(2);
    expect(both.words.a!.cards?.recognition?.reps).toBe(1);
  });

  it('refuses a memory state the scheduler cannot go on from, which would throw at every review', () => {
    const card = { ...review(undefined, 'good', now) };
    const store = (changes: object) => JSON.stringify({ version: 1, words: { a: { status: 'learning', cards: { recall: { ...card, ...changes } } } } });
    expect(importStudy(store({ stability: 0, difficulty: 5 }))).toMatchObject({ ok: false, problems: [{ path: 'words.a.cards.recall.stability', problem: 'invalid' }] });
    expect(importStudy(store({ stability: 3, difficulty: 0.5 }))).toMatchObject({ ok: false, problems: [{ path: 'words.a.cards.recall.difficulty', problem: 'invalid' }] });
    const stored = parseStudy(store({ stability: 0, difficulty: 5 }), now);
    expect(stored.corrupt).toBe(true);
    expect(stored.state.words.a?.cards?.recall).toBeUndefined();
    // No memory yet (both 0) is the scheduler's own start, and what it gives after a review reads back.
    expect(importStudy(store({ stability: 0, difficulty: 0 })).ok).toBe(true);
    expect(review(JSON.parse(store({ stability: 0, difficulty: 0 })).words.a.cards.recall, 'good', later).stability).toBeGreaterThan(0);
  });

  it('refuses a card without its last review, which no due date could then be checked against', () => {
    const card = { due: '9999-01-01T00:00:00.000Z', stability: 3, difficulty: 5, elapsed_days: 0, scheduled_days: 3, learning_steps: 0, reps: 2, lapses: 0, state: 2 };
    const text = JSON.stringify({ version: 1, words: { a: { status: 'learning', cards: { recall: card } } } });
    expect(importStudy(text)).toMatchObject({ ok: false, problems: [{ path: 'words.a.cards.recall.last_review', problem: 'missing' }] });
    expect(parseStudy(text).corrupt).toBe(true);
  });

  it('reads what is dated later than now as done now, so a clock that ran ahead does not win every merge after', () => {
    const imported = importStudy('{"version":1,"words":{"a":{"status":"known","changedAt":"2999-01-01T00:00:00.000Z"}}}', now);
    expect(imported.ok && imported.state.words.a).toEqual({ status: 'known', changedAt: now.toISOString() });
    const state = imported.ok ? imported.state : emptyStudy();
    expect(statusOf(mergeStudy(setStatus(state, 'a', 'learning', later), state), 'a')).toBe('learning');
    // A review from 30 days ahead, due 3 days after it: moved back to now, it is still due 3 days on.
    const ahead = (days: number) => new Date(now.getTime() + days * 24 * 60 * 60 * 1000).toISOString();
    const card = { ...review(undefined, 'good', now), last_review: ahead(30), due: ahead(33) };
    const stored = parseStudy(JSON.stringify({ version: 1, words: { a: { status: 'learning', cards: { recall: card } } } }), now);
    expect(stored.corrupt).toBe(false);
    expect(stored.state.words.a!.cards!.recall).toMatchObject({ last_review: now.toISOString(), due: ahead(3) });
  });

  it('reads what a file dates later than the file itself as done when it was written, so importing it again undoes nothing done since', async () => {
    const text = '{"version":1,"words":{"a":{"status":"known","changedAt":"2999-01-01T00:00:00.000Z"}}}';
    const file = (lastModified: number) => Object.assign(new Blob([text]), { lastModified });
    const first = await importStudyFile(file(now.getTime() - 60_000), later);
    expect(first.ok).toBe(true);
    expect(first.ok && first.state.words.a!.changedAt).toBe(new Date(now.getTime() - 60_000).toISOString());
    // Marked learning on the device since, the word keeps that when the same file comes in again.
    const device = setStatus(first.ok ? first.state : emptyStudy(), 'a', 'learning', now);
    const again = await importStudyFile(file(now.getTime() - 60_000), later);
    expect(again.ok).toBe(true);
    expect(statusOf(mergeStudy(device, again.ok ? again.state : emptyStudy()), 'a')).toBe('learning');
    // A file dated later than now (the device's own clock is behind) is read as written now.
    const ahead = await importStudyFile(file(later.getTime() + 60_000), later);
    expect(ahead.ok && ahead.state.words.a!.changedAt).toBe(later.toISOString());
  });

  it('reads what a file dates later than its export as done when it was exported, whatever time its file system gives it', async () => {
    const hour = 60 * 60 * 1000;
    const exported = now;
    const backup = JSON.parse(studyBackup(emptyStudy(), exported)) as Record<string, unknown>;
    // Hand-edited to a date in the future.
    const text = JSON.stringify({ ...backup, words: { a: { status: 'known', changedAt: '2999-01-01T00:00:00.000Z' } } });
    // A phone's picker gives the time the file was picked as its modification time.
    const pickedAt = (time: number) => Object.assign(new Blob([text]), { lastModified: time - 1 });
    const firstImport = now.getTime() + hour;
    const first = await importStudyFile(pickedAt(firstImport), new Date(firstImport));
    expect(first.ok && first.state).toEqual({ version: 1, words: { a: { status: 'known', changedAt: exported.toISOString() } } });
    // Marked learning after the import, then the same file imported again: the later change stands.
    const device = setStatus(first.ok ? first.state : emptyStudy(), 'a', 'learning', new Date(firstImport + hour));
    const secondImport = firstImport + 2 * hour;
    const again = await importStudyFile(pickedAt(secondImport), new Date(secondImport));
    expect(again.ok).toBe(true);
    expect(statusOf(mergeStudy(device, again.ok ? again.state : emptyStudy()), 'a')).toBe('learning');
    // An export time later than now is no bound: now is.
    expect(importStudy(JSON.stringify({ ...JSON.parse(text), exportedAt: '2999-01-01T00:00:00.000Z' }), later)).toMatchObject({ ok: true, state: { words: { a: { changedAt: later.toISOString() } } } });
    // A damaged one is read as missing, rather than refuse the file it only bounds.
    expect(importStudy(JSON.stringify({ ...JSON.parse(text), exportedAt: 'yesterday' }), later)).toMatchObject({ ok: true, state: { words: { a: { changedAt: later.toISOString() } } } });
  });

  it('compares moments, not their spelling: a file’s …:00Z is earlier than …:00.500Z', () => {
    const device = parseStudy('{"version":1,"words":{"a":{"status":"known","changedAt":"2026-11-29T12:00:00.500Z"}}}').state;
    const file = importStudy('{"version":1,"words":{"a":{"status":"learning","changedAt":"2026-11-29T12:00:00Z"}}}');
    expect(file.ok && file.state.words.a!.changedAt).toBe('2026-11-29T12:00:00.000Z');
    expect(statusOf(mergeStudy(device, file.ok ? file.state : emptyStudy()), 'a')).toBe('known');
  });

  it('reads a store written before words kept their change time', () => {
    const old = '{"version":1,"words":{"a":{"status":"known"}}}';
    expect(parseStudy(old)).toEqual({ state: { version: 1, words: { a: { status: 'known' } } }, corrupt: false, kept: 0 });
  });
});
