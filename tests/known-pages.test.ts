import { describe, expect, it } from 'vitest';
import { isKnownPage } from '@/lib/known-pages';

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
