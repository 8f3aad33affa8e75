import { act, cleanup, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderContext } from '@/components/ReaderContext';
import { WordCard } from '@/components/WordCard';
import { getLibrary } from '@/lib/content/loader';
import { glossaryOf } from '@/lib/glossary';
import { defaultSettings } from '@/lib/reader-settings';
import messages from '@/messages/en.json';

const seed = getLibrary().article('damascus-baghdad-security-coordination')!;
const glossaryUrl = '/data/test-word-card.json';

/** The reader's root with one real word of the seed in it, as the server renders it. */
function renderCard(initial: { id: string; pinned: boolean }) {
  const root = document.createElement('div');
  const word = Object.assign(document.createElement('span'), { id: initial.id, className: 'w', textContent: 'كلمة' });
  root.append(word);
  document.body.append(root);
  const rootRef = createRef<HTMLDivElement>() as { current: HTMLDivElement | null };
  rootRef.current = root;
  const card = (value: typeof initial) => (
    <ReaderContext.Provider value={{ settings: defaultSettings, update: () => false, showBothLanguages: () => undefined, rootRef, announce: () => undefined, withdraw: () => undefined, copyLink: async () => undefined, copyParagraphsLink: async () => undefined, changeStudy: async () => true }}>
      <WordCard
        slug={seed.slug}
        glossaryUrl={glossaryUrl}
        articleHref={`/en/articles/${seed.slug}`}
        shown={{ from: 1, to: 16 }}
        vocabularyUrl={`/en/articles/${seed.slug}/vocabulary`}
        uiLocale="en"
        uiDir="ltr"
        strings={{ ...messages.WordCard, headline: messages.Reader.headline, paragraph: messages.Reader.paragraph, statusNames: messages.WordStatus, formNames: messages.VerbForms } as never}
        posNames={messages.PartsOfSpeech}
        entityTypeNames={{}}
        initial={value}
      />
    </ReaderContext.Provider>
  );
  const view = render(card(initial));
  return { rerender: (value: typeof initial) => view.rerender(card(value)) };
}

describe('WordCard', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', async () => Response.json(glossaryOf(seed)));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    // The card is portalled into <body>: unmount it before the reader's root goes.
    cleanup();
    document.body.replaceChildren();
  });

  it('marks the Arabic quoted in an English meaning or note as Arabic', async () => {
    renderCard({ id: 'w3-13', pinned: true });
    const card = await screen.findByRole('dialog');
    // لاسيما: the lemma's meaning quotes the word as written here, and its part's note quotes سيما.
    const quoted = [...card.querySelectorAll('[lang="en"][dir="ltr"] > [lang="ar"]')].map((run) => run.textContent);
    expect(quoted).toEqual(['سيما', 'لا', 'لا سيّما', 'لاسيما']);
  });

  it('opens for the word the reader reached while its code was loading', async () => {
    renderCard({ id: 'w12-12', pinned: false });
    // أوكار's reading and its meaning in this sentence: a card for another word, or an empty one, shows neither.
    const card = await screen.findByRole('tooltip');
    expect(card.textContent).toContain('awkār');
    expect(card.textContent).toContain('“hideouts”');
  });

  // The loader keeps listening until the card's effects have run; a click in that gap arrives as a
  // new `initial` after the card already opened for the hover before it.
  it('pins the card when a click reaches it after it opened for the hover', async () => {
    const { rerender } = renderCard({ id: 'w12-12', pinned: false });
    await screen.findByRole('tooltip');
    await act(async () => rerender({ id: 'w12-12', pinned: true }));
    const card = await screen.findByRole('dialog', { name: 'Word card: أوكار' });
    expect(within(card).queryByRole('button', { name: 'Copy link to this word' })).not.toBeNull();
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
