'use client';

import { useEffect, type RefObject } from 'react';
import { ARTICLE_TEXT, cleanSelectionText } from '@/lib/clean-copy';
import { listen } from '@/lib/listen';
import type { ReaderSettings } from '@/lib/reader-settings';
import { fill } from '@/lib/template';
import { onThisSite } from '@/lib/urls';
import { collapseOpener, markOpener, wordOf } from '@/lib/word-elements';
import type { ReaderContextValue } from './ReaderContext';

type Options = Pick<ReaderContextValue, 'rootRef' | 'copyLink'> & {
  /** The settings in force, read as an event comes: whether entities are marked, what a copy leaves out. */
  settingsRef: RefObject<ReaderSettings>;
  stepThroughMentions: (button: HTMLButtonElement) => void;
  /** A paragraph's shared title, its page's own: "Paragraph {n} · headline · Jisr". */
  shareTitle: string;
};

/**
 * The article's delegated listeners, one set on the reader's element for every paragraph, sentence and
 * mention: what a pointer or focus lights, the share and copy buttons, the entity index's steps, the words'
 * button role while focused, and the clean text a copy of the article puts on the clipboard.
 */
export function useArticleEvents({ rootRef, settingsRef, copyLink, stepThroughMentions, shareTitle }: Options) {
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const highlighted = new Set<Element>();

    function light(selector: string) {
      for (const el of root!.querySelectorAll(selector)) {
        el.classList.add('linked');
        highlighted.add(el);
      }
    }
    function clear() {
      for (const el of highlighted) el.classList.remove('linked');
      highlighted.clear();
    }
    // Hovering or focusing a mention lights every mention of that entity, in both panes;
    // a sentence lights its counterpart in the other language.
    function onOver(event: Event) {
      clear();
      const target = event.target as Element;
      const mention = target.closest<HTMLElement>('[data-entity]');
      if (mention && settingsRef.current.entities) light(`[data-entity~="${mention.dataset.entity!.split(' ').at(-1)}"]`);
      const sentence = target.closest<HTMLElement>('[data-s]');
      if (sentence) light(`[data-s="${sentence.dataset.s}"]`);
    }

    function onClick(event: Event) {
      const target = event.target as Element;
      const button = target.closest<HTMLButtonElement>('button[data-link]');
      if (button?.dataset.link) return void shareOrCopy(button);
      const step = target.closest<HTMLButtonElement>('button[data-anchors]');
      if (step) stepThroughMentions(step);
    }

    async function shareOrCopy(button: HTMLButtonElement) {
      const url = onThisSite(button.dataset.link!);
      if (button.dataset.action === 'share') {
        // The paragraph's own title, not the page's: shared from a range's page, that named the range.
        const n = button.closest<HTMLElement>('[data-paragraph]')?.dataset.paragraph;
        const title = n ? fill(shareTitle, { n }) : document.title;
        // The person may dismiss the share sheet; that is not an error to report.
        await navigator.share({ url, title }).catch(() => undefined);
        return;
      }
      await copyLink(url);
    }

    // Heard on the document: the browser sends copy to where the selection starts, which may be above the
    // reader (a drag from the site's header, or Ctrl+A). Text selected in a field is the field's.
    function onCopy(event: ClipboardEvent) {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || !event.clipboardData || (event.target as Element).closest?.('input, textarea')) return;
      const ranges = Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i));
      // Only the article's text is made clean; a selection of the controls alone is the browser's to copy.
      const text = Array.from(document.querySelectorAll(ARTICLE_TEXT));
      if (!ranges.some((range) => text.some((block) => range.intersectsNode(block)))) return;
      const fragment = document.createDocumentFragment();
      for (const range of ranges) fragment.append(range.cloneContents());
      event.clipboardData.setData('text/plain', cleanSelectionText(fragment, settingsRef.current));
      event.preventDefault();
    }

    // A mouse lights what it moves onto. Chromium also sends pointerover when the page scrolls under a still
    // mouse (stepping through an entity's mentions scrolls it), which lit whatever sentence arrived there:
    // that only puts the lights out, and the next move lights what is under the mouse.
    let pointedAt: EventTarget | null = null;
    function onPointerOver(event: PointerEvent) {
      if (event.pointerType !== 'mouse') return onOver(event);
      clear();
      pointedAt = null;
    }
    function onPointerMove(event: PointerEvent) {
      if (event.pointerType !== 'mouse' || event.target === pointedAt) return;
      pointedAt = event.target;
      onOver(event);
    }

    function onLeave(event: PointerEvent) {
      pointedAt = null;
      // A finger lifted leaves too, at once: what a tap lit stays lit until the next tap.
      if (event.pointerType !== 'mouse') return;
      // Moving into the word card keeps the highlight: the card is about what is lit.
      if (!(event.relatedTarget as Element | null)?.closest?.('#word-card')) clear();
    }

    // A word with focus is a button that opens its card (lib/word-elements.ts), said from the page's first
    // focus on, before the card's own code has loaded; one whose card is pinned stays one when focus goes into it.
    function onFocusIn(event: FocusEvent) {
      onOver(event);
      const word = wordOf(event.target);
      if (word) markOpener(word, word.getAttribute('aria-expanded') === 'true');
    }
    function onFocusOut(event: FocusEvent) {
      const word = wordOf(event.target);
      if (word && word.getAttribute('aria-expanded') !== 'true') collapseOpener(word);
    }

    const stopListening = listen(root, {
      pointerover: onPointerOver,
      pointermove: onPointerMove,
      focusin: onFocusIn,
      focusout: onFocusOut,
      pointerleave: onLeave,
      click: onClick,
    });
    const stopCopying = listen(document, { copy: onCopy });
    return () => {
      stopListening();
      stopCopying();
    };
  }, [rootRef, settingsRef, copyLink, stepThroughMentions, shareTitle]);
}
