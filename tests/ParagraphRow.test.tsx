import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ParagraphRow } from '@/components/ParagraphRow';
import type { Paragraph } from '@/lib/content/model';

const paragraph: Paragraph = {
  n: 6,
  anchor: 'p6',
  ar: 'الجملة الأولى. <script>alert(1)</script>',
  en: 'The first sentence. " onmouseover="alert(1)',
  sentences: [
    { index: 0, ar: 'الجملة الأولى.', en: 'The first sentence.', englishRuns: [{ text: 'The first sentence.', entities: [], mentions: [] }] },
    {
      index: 1,
      ar: '<script>alert(1)</script>',
      en: '" onmouseover="alert(1)',
      englishRuns: [{ text: '" onmouseover="alert(1)', entities: [], mentions: [] }],
    },
  ],
  tokens: [],
};

function renderRow(overrides: Partial<Parameters<typeof ParagraphRow>[0]> = {}) {
  return render(
    <ParagraphRow
      paragraph={paragraph}
      href="/en/articles/sample/6"
      highlighted={false}
      hasNote={false}
      uiDir="ltr"
      entityTypes={{}}
      labels={{
        paragraph: 'Paragraph 6',
        paragraphPage: 'Paragraph 6’s page',
        copyLink: 'Copy link to paragraph 6',
        share: 'Share paragraph 6',
        noteMarker: 'Note on paragraph 6',
      }}
      {...overrides}
    />,
  );
}

describe('ParagraphRow', () => {
  it('is a group named after its paragraph, with the anchor id', () => {
    renderRow();
    expect(screen.getByRole('group', { name: 'Paragraph 6' }).id).toBe('p6');
  });

  it('shows a mouse what its icons do, their names as their titles', () => {
    renderRow();
    for (const name of ['Copy link to paragraph 6', 'Share paragraph 6']) {
      expect(screen.getByRole('button', { name }).title).toBe(name);
    }
  });

  it('gives each pane its own language and direction', () => {
    const { container } = renderRow({ uiDir: 'rtl' });
    const arabic = container.querySelector('[lang="ar"]');
    const english = container.querySelector('[lang="en"]');
    expect(arabic?.getAttribute('dir')).toBe('rtl');
    expect(english?.getAttribute('dir')).toBe('ltr');
    expect(arabic?.textContent).toBe(paragraph.ar);
    expect(english?.textContent).toBe(paragraph.en);
  });

  // The panes' text, markup and all, is checked above; here, that none of it became elements or attributes.
  it('renders markup in content as text', () => {
    const { container } = renderRow();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('[onmouseover]')).toBeNull();
  });

  it('links its number to the paragraph’s page, opened at the paragraph, and offers the bare link to copy and share', () => {
    renderRow();
    const row = within(screen.getByRole('group', { name: 'Paragraph 6' }));
    expect(row.getByRole('link', { name: 'Paragraph 6’s page' }).getAttribute('href')).toBe('/en/articles/sample/6#p6');
    expect(row.getByRole('button', { name: 'Copy link to paragraph 6' }).dataset.link).toBe('/en/articles/sample/6');
    expect(row.getByRole('button', { name: 'Share paragraph 6' }).dataset.action).toBe('share');
  });

  it('marks a highlighted paragraph and links a paragraph with a note to it', () => {
    renderRow({ highlighted: true, hasNote: true });
    const group = screen.getByRole('group', { name: 'Paragraph 6' });
    expect(group.dataset.highlighted).toBe('true');
    expect(within(group).getByRole('link', { name: 'Note on paragraph 6' }).getAttribute('href')).toBe('#note-6');
  });
});
