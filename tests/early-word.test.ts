import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { takeEarlyWord } from '@/lib/early-word';
import { headScript } from '@/lib/head-script';

const click = (id: string) => document.getElementById(id)!.click();
const press = (id: string, key: string) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  document.getElementById(id)!.dispatchEvent(event);
  return event;
};

beforeAll(() => {
  document.body.innerHTML = '<p><span class="w" id="w1-1">أكد</span> <span class="w" id="w1-2"><b id="inside">رئيس</b></span></p><p id="off">.</p>';
  // As the browser runs it, in the head, once per page.
  new Function(headScript)();
});
// A new page: nothing clicked, nothing taken.
beforeEach(() => delete window.jisrEarlyWord);

describe('a word clicked before the reader’s scripts are live', () => {
  it('is the last word clicked, found from inside it, and handed over once', () => {
    click('w1-1');
    click('inside');
    expect(takeEarlyWord()).toBe('w1-2');
    // The loader's own listeners hear the clicks from now on.
    click('w1-1');
    expect(takeEarlyWord()).toBeUndefined();
  });

  it('is forgotten by a click off the words, as a click there closes a card', () => {
    click('w1-1');
    click('off');
    expect(takeEarlyWord()).toBeUndefined();
  });

  it('is none when the click ends a selection of text', () => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('w1-1')!);
    getSelection()!.addRange(range);
    click('w1-1');
    getSelection()!.removeAllRanges();
    expect(takeEarlyWord()).toBeUndefined();
  });

  it('is a word given Enter or Space, which does not scroll the page, but not one given another key', () => {
    expect(press('inside', 'Enter').defaultPrevented).toBe(true);
    expect(takeEarlyWord()).toBe('w1-2');
    delete window.jisrEarlyWord;
    expect(press('w1-1', ' ').defaultPrevented).toBe(true);
    expect(takeEarlyWord()).toBe('w1-1');
    delete window.jisrEarlyWord;
    expect(press('w1-1', 'ArrowLeft').defaultPrevented).toBe(false);
    expect(takeEarlyWord()).toBeUndefined();
  });
});
