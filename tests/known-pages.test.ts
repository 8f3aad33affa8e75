import { describe, expect, it } from 'vitest';
import { articleOfUnknownPage, canonicalSegments, isKnownPage, suggestedRange } from '@/lib/known-pages';

const slug = 'damascus-baghdad-security-coordination';
const inside = (path: string) => path.split('/').slice(1);

describe('isKnownPage', () => {
  it.each(['', '/articles/' + slug, `/articles/${slug}/vocabulary`, `/articles/${slug}/flashcards`, `/articles/${slug}/1`, `/articles/${slug}/16`, `/articles/${slug}/3-5`])(
    'knows %s',
    (path) => expect(isKnownPage(path ? inside(path) : [])).toBe(true),
  );

  it.each([
    '/articles',
    '/articles/no-such-article',
    '/articles/no-such-article/vocabulary',
    `/articles/${slug}/0`,
    `/articles/${slug}/17`,
    `/articles/${slug}/5-3`,
    `/articles/${slug}/3-3`,
    `/articles/${slug}/03`,
    `/articles/${slug}/abc`,
    `/articles/${slug}/`,
    `/articles/${slug}/3/more`,
    `/articles/${slug}/vocabulary/more`,
    '/vocabulary',
    '/404',
  ])('answers %s with the 404', (path) => expect(isKnownPage(inside(path))).toBe(false));
});

describe('suggestedRange', () => {
  it('offers the range a reversed one names backwards', () => {
    expect(suggestedRange(inside(`/articles/${slug}/5-3`))).toEqual({ from: 3, to: 5 });
    // Spelt as the site reads a range otherwise: the interface's en dash, an Arabic keyboard's digits.
    expect(suggestedRange(['articles', slug, '5–3'])).toEqual({ from: 3, to: 5 });
    expect(suggestedRange(['articles', slug, '٥-٣'])).toEqual({ from: 3, to: 5 });
    // As the 404's catch-all has the segment, still percent-encoded.
    expect(suggestedRange(['articles', slug, encodeURIComponent('5–3')])).toEqual({ from: 3, to: 5 });
  });

  it('offers a range that runs past the article’s ends cut to them', () => {
    expect(suggestedRange(inside(`/articles/${slug}/5-99`))).toEqual({ from: 5, to: 16 });
    expect(suggestedRange(inside(`/articles/${slug}/0-3`))).toEqual({ from: 1, to: 3 });
    expect(suggestedRange(inside(`/articles/${slug}/99-5`))).toEqual({ from: 5, to: 16 });
    expect(suggestedRange(inside(`/articles/${slug}/16-20`))).toEqual({ from: 16, to: 16 });
    expect(suggestedRange(inside(`/articles/${slug}/17-3`))).toEqual({ from: 3, to: 16 });
    expect(suggestedRange(inside(`/articles/${slug}/5-0`))).toEqual({ from: 1, to: 5 });
  });

  it.each([
    `/articles/${slug}/3-5`,
    `/articles/${slug}/3-3`,
    `/articles/${slug}/17`,
    `/articles/${slug}/0`,
    `/articles/${slug}/17-20`,
    `/articles/${slug}/0-0`,
    // The whole article, which the 404 offers anyway.
    `/articles/${slug}/16-1`,
    `/articles/${slug}/0-99`,
    `/articles/${slug}/5-3/more`,
    '/articles/no-such-article/5-3',
    `/articles/${slug}/abc`,
  ])('offers nothing for %s', (path) => expect(suggestedRange(inside(path))).toBeNull());
});

describe('canonicalSegments', () => {
  it.each([
    ['3-3', '3'],
    ['03', '3'],
    ['03-3', '3'],
    ['003-05', '3-5'],
    ['٣', '3'],
    ['١٦', '16'],
    ['٣-٥', '3-5'],
    ['۳-۵', '3-5'],
    ['٠٣-٣', '3'],
    // As the interface writes a range, with an en dash.
    ['3–5', '3-5'],
    ['٣–٥', '3-5'],
  ])('sends /%s to the page /%s', (typed, page) => {
    expect(canonicalSegments(inside(`/articles/${slug}/${typed}`))).toEqual(['articles', slug, page]);
  });

  it.each([
    `/articles/${slug}/3`,
    `/articles/${slug}/3-5`,
    `/articles/${slug}/17-17`,
    `/articles/${slug}/١٧`,
    `/articles/${slug}/00`,
    `/articles/${slug}/٥-٣`,
    `/articles/${slug}/3-33`,
    `/articles/${slug}/3-3/more`,
    `/articles/${slug}/vocabulary`,
    '/articles/no-such-article/3-3',
  ])('leaves %s alone', (path) => expect(canonicalSegments(inside(path))).toBeNull());
});

describe('articleOfUnknownPage', () => {
  it('names the article of a paragraph it does not have, and nothing for other addresses', () => {
    expect(articleOfUnknownPage(inside(`/articles/${slug}/17`))?.slug).toBe(slug);
    expect(articleOfUnknownPage(inside('/articles/no-such-article/3'))).toBeUndefined();
    expect(articleOfUnknownPage(inside(`/xx/articles/${slug}`))).toBeUndefined();
  });
});
