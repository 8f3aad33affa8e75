import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Article } from './content/model';
import { routing, type Locale } from './i18n/routing';
import { formatParagraphRange, type ParagraphRange } from './paragraph-range';
import { CARD_SIZE } from './content/card-image';
import { articlePath, cardImagePath } from './urls';

const ogLocale: Record<Locale, string> = { en: 'en_US', ar: 'ar_AR' };
const DESCRIPTION_LIMIT = 500;

/** Cuts at a word boundary so a shared card never ends mid-word. */
export function truncate(text: string, limit = DESCRIPTION_LIMIT): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}

/**
 * Title, description, canonical URL, hreflang alternates and social cards for the reader,
 * whole or opened at a paragraph range. Text comes in the link's UI locale.
 */
export async function readerMetadata(locale: Locale, article: Article, range: ParagraphRange | null): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const lang = locale === 'ar' ? 'ar' : 'en';
  const headline = article.headline[lang];
  const segment = range ? formatParagraphRange(range) : undefined;
  const shown = range ? article.paragraphs.slice(range.from - 1, range.to) : article.paragraphs.slice(0, 1);
  const description = truncate(shown.map((p) => p[lang]).join(' '));
  const title = !range
    ? headline
    : `${range.from === range.to ? t('paragraphTitle', { n: range.from }) : t('rangeTitle', range)} · ${headline}`;
  const url = articlePath(locale, article.slug, segment);
  const languages = Object.fromEntries(routing.locales.map((l) => [l, articlePath(l, article.slug, segment)]));
  const card = article.cardImage;
  const images = card ? [{ url: cardImagePath(article.slug, card.name), ...CARD_SIZE, alt: headline }] : undefined;

  return {
    title,
    description,
    alternates: {
      canonical: url,
      languages: { ...languages, 'x-default': articlePath(routing.defaultLocale, article.slug, segment) },
    },
    openGraph: {
      type: 'article',
      siteName: t('siteName'),
      title,
      description,
      url,
      locale: ogLocale[locale],
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => ogLocale[l]),
      images,
    },
    twitter: { card: images ? 'summary_large_image' : 'summary', title, description, images },
  };
}

/** Title, description and language alternates of an article's study pages (vocabulary, flashcards). */
export function studyPageMetadata(
  locale: Locale,
  article: Article,
  path: (locale: Locale, slug: string) => string,
  page: { title: string; description: string },
): Metadata {
  return {
    title: `${page.title} · ${article.headline[locale]}`,
    description: page.description,
    alternates: {
      canonical: path(locale, article.slug),
      languages: Object.fromEntries(routing.locales.map((l) => [l, path(l, article.slug)])),
    },
  };
}
