import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CORRUPT_STUDY_KEY, setStatus, STUDY_KEY, UNSEEN_RESET_KEY } from '@/lib/study';

/** A fresh copy of the store's module, as a page load gets: its state lives at module level. */
async function freshStore() {
  vi.resetModules();
  return import('@/components/useStudy');
}

const stored = () => JSON.parse(localStorage.getItem(STUDY_KEY)!);

/** The device's storage full, or turned off, until the returned spy is restored. */
const refuseWrites = () =>
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });

beforeEach(() => localStorage.clear());
afterEach(() => {
  // A test that fails while the device refuses writes must not leave it refusing them for the next.
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('the study store', () => {
  it('reads what the device holds once its schema has loaded', async () => {
    localStorage.setItem(STUDY_KEY, JSON.stringify({ version: 1, words: { kitab: { status: 'known' } } }));
    const { useStudy } = await freshStore();
    const { result } = renderHook(() => useStudy());
    // Empty until then, and saying so, so that no page takes it for a student who has marked nothing.
    expect(result.current.loaded).toBe(false);
    await waitFor(() => expect(result.current.state.words).toEqual({ kitab: { status: 'known' } }));
    expect(result.current.loaded).toBe(true);
    expect(result.current.corrupt).toBe(false);
  });

  it('keeps what was stored when a word is marked before the schema has loaded', async () => {
    localStorage.setItem(STUDY_KEY, JSON.stringify({ version: 1, words: { kitab: { status: 'known' } } }));
    const { updateStudy } = await freshStore();
    await updateStudy((state) => setStatus(state, 'qalam', 'learning', new Date('2026-11-30T09:00:00Z')));
    expect(stored().words).toEqual({
      kitab: { status: 'known' },
      qalam: { status: 'learning', changedAt: '2026-11-30T09:00:00.000Z' },
    });
  });

  it('moves a corrupt store aside, starts clean and says so', async () => {
    localStorage.setItem(STUDY_KEY, '{"version":1,"words":{"kitab":{"status":"forgotten"}}}');
    const { useStudy } = await freshStore();
    const { result } = renderHook(() => useStudy());
    await waitFor(() => expect(result.current.corrupt).toBe(true));
    expect(result.current.state.words).toEqual({});
    expect(localStorage.getItem(CORRUPT_STUDY_KEY)).toBe('{"version":1,"words":{"kitab":{"status":"forgotten"}}}');
    expect(stored()).toEqual({ version: 1, words: {} });
  });

  it('keeps the words of a corrupt store that still read, and counts them on later pages too', async () => {
    const raw = '{"version":1,"words":{"kitab":{"status":"known"},"qalam":{"status":"forgotten"}}}';
    localStorage.setItem(STUDY_KEY, raw);
    const first = await freshStore();
    const { result } = renderHook(() => first.useStudy());
    await waitFor(() => expect(result.current.corrupt).toBe(true));
    expect(result.current.state.words).toEqual({ kitab: { status: 'known' } });
    expect(result.current.kept).toBe(1);
    expect(stored()).toEqual({ version: 1, words: { kitab: { status: 'known' } } });
    expect(localStorage.getItem(CORRUPT_STUDY_KEY)).toBe(raw);

    const next = await freshStore();
    const { result: later } = renderHook(() => next.useStudy());
    await waitFor(() => expect(later.current.setAside).toBe(CORRUPT_STUDY_KEY));
    expect(later.current.kept).toBe(1);
  });

  it('never overwrites a copy set aside before: a second unreadable store gets a key of its own', async () => {
    const first = '{"version":1,"words":{"kitab":{"status":"forgotten"}}}';
    localStorage.setItem(CORRUPT_STUDY_KEY, first);
    localStorage.setItem(STUDY_KEY, 'garbage');
    const { useStudy } = await freshStore();
    const { result } = renderHook(() => useStudy());
    await waitFor(() => expect(result.current.corrupt).toBe(true));
    expect(localStorage.getItem(CORRUPT_STUDY_KEY)).toBe(first);
    expect(result.current.setAside).toMatch(new RegExp(`^${CORRUPT_STUDY_KEY}:\\d{4}-`));
    expect(localStorage.getItem(result.current.setAside!)).toBe('garbage');
  });
  it('leaves a store it has no room to set aside as it is, hands over its text, and sets it aside once a change makes room', async () => {
    // Cut off, so unreadable, and a second copy of it does not fit in the 5 MB the storage allows.
    const raw = `{"version":1,"words":{"kitab":{"status":"known"}},"notes":"${'x'.repeat(3_000_000)}`;
    localStorage.setItem(STUDY_KEY, raw);
    const { useStudy, updateStudy } = await freshStore();
    const { result } = renderHook(() => useStudy());
    await waitFor(() => expect(result.current.corrupt).toBe(true));
    expect(result.current.unkept).toBe(raw);
    expect(result.current.setAside).toBeUndefined();
    expect(localStorage.getItem(STUDY_KEY)).toBe(raw);
    expect(localStorage.getItem(CORRUPT_STUDY_KEY)).toBeNull();
    expect(localStorage.getItem(UNSEEN_RESET_KEY)).toBeNull();

    // The student's next change replaces the store, which makes room for the copy.
    await act(() => updateStudy((state) => setStatus(state, 'qalam', 'learning', new Date('2026-12-02T09:00:00Z'))));
    expect(stored().words).toEqual({ qalam: { status: 'learning', changedAt: '2026-12-02T09:00:00.000Z' } });
    expect(localStorage.getItem(CORRUPT_STUDY_KEY)).toBe(raw);
    expect(localStorage.getItem(UNSEEN_RESET_KEY)).toBe(CORRUPT_STUDY_KEY);
    expect(result.current).toMatchObject({ setAside: CORRUPT_STUDY_KEY, unkept: undefined });
  });

  it('says a change the device refused holds on this page only, until a change is saved or the notice hidden', async () => {
    const { useStudy, updateStudy, dismissUnsaved } = await freshStore();
    const { result } = renderHook(() => useStudy());
    await waitFor(() => expect(result.current.loaded).toBe(true));
    const refuse = refuseWrites();
    await expect(act(() => updateStudy((state) => setStatus(state, 'qalam', 'learning')))).resolves.toBe('unsaved');
    expect(result.current.unsaved).toBe(true);
    expect(result.current.state.words.qalam?.status).toBe('learning');
    expect(localStorage.getItem(STUDY_KEY)).toBeNull();
    act(() => dismissUnsaved());
    expect(result.current.unsaved).toBeUndefined();
    await act(() => updateStudy((state) => setStatus(state, 'kitab', 'known')));
    expect(result.current.unsaved).toBe(true);
    refuse.mockRestore();
    await expect(act(() => updateStudy((state) => setStatus(state, 'qalam', 'known')))).resolves.toBe('saved');
    expect(result.current.unsaved).toBeUndefined();
    expect(Object.keys(stored().words).sort()).toEqual(['kitab', 'qalam']);
  });

  it("keeps this page's unsaved changes when another tab saves, notice hidden or not, and saves them too if there is room now", async () => {
    const { useStudy, updateStudy, dismissUnsaved } = await freshStore();
    const { result } = renderHook(() => useStudy());
    await waitFor(() => expect(result.current.loaded).toBe(true));
    const otherTabSaves = (words: object) => localStorage.setItem(STUDY_KEY, JSON.stringify({ version: 1, words }));
    const thisTabHears = () => act(() => void window.dispatchEvent(new StorageEvent('storage', { key: STUDY_KEY })));
    let refused = refuseWrites();
    await act(() => updateStudy((state) => setStatus(state, 'qalam', 'learning', new Date('2026-12-03T09:00:00Z'))));
    expect(result.current.unsaved).toBe(true);
    // Read and hidden: the change is still this page's alone.
    act(() => dismissUnsaved());

    // The other tab wrote where this one could not (it freed room, or wrote less), and the storage is full again.
    refused.mockRestore();
    otherTabSaves({ kitab: { status: 'known', changedAt: '2026-12-03T09:05:00.000Z' } });
    refused = refuseWrites();
    thisTabHears();
    expect(result.current.state.words).toEqual({
      kitab: { status: 'known', changedAt: '2026-12-03T09:05:00.000Z' },
      qalam: { status: 'learning', changedAt: '2026-12-03T09:00:00.000Z' },
    });
    expect(result.current.unsaved).toBe(true);
    expect(Object.keys(stored().words)).toEqual(['kitab']);

    refused.mockRestore();
    otherTabSaves({ kitab: { status: 'learning', changedAt: '2026-12-03T09:10:00.000Z' } });
    thisTabHears();
    // Room now: this page's change is saved beside the other tab's, and the notice goes.
    expect(result.current.unsaved).toBeUndefined();
    expect(stored().words).toEqual({
      kitab: { status: 'learning', changedAt: '2026-12-03T09:10:00.000Z' },
      qalam: { status: 'learning', changedAt: '2026-12-03T09:00:00.000Z' },
    });
  });

  it('sets a store left in place aside at the next change even when its notice was hidden first', async () => {
    const raw = `{"version":1,"words":{},"notes":"${'x'.repeat(3_000_000)}`;
    localStorage.setItem(STUDY_KEY, raw);
    const { useStudy, updateStudy, dismissReset } = await freshStore();
    const { result } = renderHook(() => useStudy());
    await waitFor(() => expect(result.current.unkept).toBe(raw));
    act(() => dismissReset());
    expect(result.current.unkept).toBeUndefined();
    await act(() => updateStudy((state) => setStatus(state, 'qalam', 'learning', new Date('2026-12-02T09:00:00Z'))));
    expect(localStorage.getItem(CORRUPT_STUDY_KEY)).toBe(raw);
    expect(result.current.setAside).toBe(CORRUPT_STUDY_KEY);
  });

  it('counts the words of a store left in place, not those of an older copy whose notice is unseen', async () => {
    localStorage.setItem(CORRUPT_STUDY_KEY, '{"version":1,"words":{"kitab":{"status":"known"},"qalam":{"status":"forgotten"}}}');
    localStorage.setItem(UNSEEN_RESET_KEY, CORRUPT_STUDY_KEY);
    localStorage.setItem(STUDY_KEY, `{"version":1,"words":{},"notes":"${'x'.repeat(3_000_000)}`);
    const { useStudy } = await freshStore();
    const { result } = renderHook(() => useStudy());
    await waitFor(() => expect(result.current.corrupt).toBe(true));
    expect(result.current.unkept).toBeDefined();
    expect(result.current.kept).toBe(0);
  });

  it('reports the reset on every later page until the student hides the notice, keeping the copy', async () => {
    localStorage.setItem(STUDY_KEY, 'garbage');
    const first = await freshStore();
    const { result: there } = renderHook(() => first.useStudy());
    await waitFor(() => expect(there.current.corrupt).toBe(true));
    expect(there.current.setAside).toBe(CORRUPT_STUDY_KEY);

    const next = await freshStore();
    const { result: later } = renderHook(() => next.useStudy());
    await waitFor(() => expect(later.current.setAside).toBe(CORRUPT_STUDY_KEY));
    expect(later.current.corrupt).toBe(false);

    act(() => next.dismissReset());
    expect(later.current.setAside).toBeUndefined();
    // Read once a word marks the store as loaded, so "no notice" is not merely "not read yet".
    localStorage.setItem(STUDY_KEY, JSON.stringify({ version: 1, words: { kitab: { status: 'known' } } }));
    const after = await freshStore();
    const { result: afterwards } = renderHook(() => after.useStudy());
    await waitFor(() => expect(afterwards.current.state.words).toHaveProperty('kitab'));
    expect(afterwards.current.setAside).toBeUndefined();
    expect(localStorage.getItem(CORRUPT_STUDY_KEY)).toBe('garbage');
  });

  it('names no copy when the note of an unseen reset points at a key that is not one of ours, or at nothing', async () => {
    localStorage.setItem(STUDY_KEY, JSON.stringify({ version: 1, words: { kitab: { status: 'known' } } }));
    for (const note of [STUDY_KEY, 'constructor', `${CORRUPT_STUDY_KEY}:yesterday`, CORRUPT_STUDY_KEY]) {
      localStorage.setItem(UNSEEN_RESET_KEY, note);
      const { useStudy } = await freshStore();
      const { result } = renderHook(() => useStudy());
      await waitFor(() => expect(result.current.state.words).toHaveProperty('kitab'));
      expect(result.current.setAside).toBeUndefined();
    }
  });
});

describe('the study store without its schema', () => {
  afterEach(() => vi.doUnmock('@/lib/study-schema'));

  it('changes nothing, and says so, when the schema cannot be loaded', async () => {
    localStorage.setItem(STUDY_KEY, JSON.stringify({ version: 1, words: { kitab: { status: 'known' } } }));
    vi.doMock('@/lib/study-schema', () => {
      throw new Error('the connection dropped');
    });
    const { updateStudy } = await freshStore();
    await expect(updateStudy((state) => setStatus(state, 'qalam', 'learning'))).resolves.toBe('unloaded');
    expect(stored().words).toEqual({ kitab: { status: 'known' } });
  });
});
