import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Article } from './content/model';
import { inEveryLocale, routing, type Locale } from './i18n/routing';
import { formatParagraphRange, type ParagraphRange } from './paragraph-range';
import { CARD_SIZE } from './content/card-image';
import { articlePath, cardImagePath } from './urls';

const ogLocale: Record<Locale, string> = { en: 'en_US', ar: 'ar_AR' };
/** Past this, chat apps and search results cut a description off wherever it reaches, mid-sentence. */
const DESCRIPTION_LIMIT = 300;

/**
 * Cuts at the last clause break past half the limit, else at a word, so a shared card never ends mid-word,
 * nor, where a clause can end it, halfway through a phrase whose end turns its sense ("calling on the
 * Turkish administration to stop…"). With its ellipsis it keeps to the limit.
 */
function truncate(text: string, limit = DESCRIPTION_LIMIT): string {
  if (text.length <= limit) return text;
  const breaks = [...text.slice(0, limit).matchAll(/[,;:،؛](?=\s)/g)].map((match) => match.index);
  const clause = Math.max(-1, ...breaks);
  const end = clause >= limit / 2 ? clause : Math.max(text.lastIndexOf(' ', limit - 1), 1);
  return `${text.slice(0, end)}…`;
}

/** As many whole sentences as fit a description; a first sentence longer than that is cut (`truncate`). */
export function leadSentences(sentences: string[], limit = DESCRIPTION_LIMIT): string {
  let text = '';
  for (const sentence of sentences) {
    const longer = text ? `${text} ${sentence}` : sentence;
    if (longer.length > limit) break;
    text = longer;
  }
  return text || truncate(sentences[0] ?? '', limit);
}

/** A link preview picture (lib/content/card-image.ts) and what it shows, in the link's language. */
type Picture = { url: string; alt: string };
type MetadataT = Awaited<ReturnType<typeof getTranslations<'Metadata'>>>;

/**
 * The picture a link to the article previews with: the first paragraph it opens at, where that has one,
 * or else the headline's. It shows both languages, which its description says, quoting the link's.
 */
function pictureOf(article: Article, lang: 'ar' | 'en', paragraph: number | null, t: MetadataT): Picture | undefined {
  const own = paragraph === null ? undefined : article.cardImages.get(paragraph);
  if (own && paragraph !== null) return { url: cardImagePath(article.slug, own.name), alt: t('paragraphPictureAlt', { n: paragraph, text: own.shown[lang] }) };
  const headline = article.cardImages.get(0);
  return headline && { url: cardImagePath(article.slug, headline.name), alt: t('pictureAlt', { text: headline.shown[lang] }) };
}

/**
 * Open Graph and Twitter cards in the page's locale, with a picture where the article has one: a shared
 * link shows its title, text and picture rather than a bare address.
 */
function socialCards(locale: Locale, siteName: string, page: { title: string; description: string; url: string; type: 'article' | 'website' }, picture?: Picture) {
  const images = picture ? [{ ...picture, ...CARD_SIZE }] : undefined;
  return {
    openGraph: {
      ...page,
      siteName,
      locale: ogLocale[locale],
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => ogLocale[l]),
      images,
    },
    twitter: { card: images ? 'summary_large_image' : 'summary', title: page.title, description: page.description, images },
  } satisfies Metadata;
}

/** Canonical URL and hreflang alternates of a page that exists in every locale, `path(locale)`. */
function alternatesOf(locale: Locale, path: (locale: Locale) => string): Metadata['alternates'] {
  return {
    canonical: path(locale),
    languages: { ...inEveryLocale(path), 'x-default': path(routing.defaultLocale) },
  };
}

/** A page's full title, as the browser's tab and a shared link show it: the page's own, then the site's name. */
export function withSiteName(t: MetadataT, title: string): string {
  return `${title} · ${t('siteName')}`;
}

/** A reader page's own title: the paragraphs it opens at, if any, then the headline. */
function readerTitle(paragraphs: string | null, headline: string): string {
  return paragraphs ? `${paragraphs} · ${headline}` : headline;
}

/**
 * What sharing a paragraph hands out as its title, with `{n}` for the paragraph's number: the full title
 * of that paragraph's own page, so a shared link reads as the page it opens.
 */
export async function paragraphShareTitle(locale: Locale, article: Article): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return withSiteName(t, readerTitle(t.raw('paragraphTitle') as string, article.headline[locale]));
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
  const description = leadSentences(shown.flatMap((p) => p.sentences.map((sentence) => sentence[lang])));
  const title = readerTitle(range && (range.from === range.to ? t('paragraphTitle', { n: range.from }) : t('rangeTitle', range)), headline);
  const url = articlePath(locale, article.slug, segment);
  return {
    title,
    description,
    alternates: alternatesOf(locale, (l) => articlePath(l, article.slug, segment)),
    ...socialCards(locale, t('siteName'), { title, description, url, type: 'article' }, pictureOf(article, lang, range && range.from, t)),
  };
}

/** Title, description, language alternates and social cards of an article's study pages (vocabulary, flashcards). */
export async function studyPageMetadata(
  locale: Locale,
  article: Article,
  path: (locale: Locale, slug: string) => string,
  page: { title: string; description: string },
): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const title = `${page.title} · ${article.headline[locale]}`;
  return {
    title,
    description: page.description,
    alternates: alternatesOf(locale, (l) => path(l, article.slug)),
    ...socialCards(locale, t('siteName'), { title, description: page.description, url: path(locale, article.slug), type: 'website' }, pictureOf(article, locale, null, t)),
  };
}

/** The article list's canonical URL, alternates and social cards. */
export async function homeMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const home = (l: Locale) => `/${l}`;
  return {
    alternates: alternatesOf(locale, home),
    ...socialCards(locale, t('siteName'), { title: t('title'), description: t('description'), url: home(locale), type: 'website' }),
  };
}
