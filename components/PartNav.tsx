import { getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content/model';
import type { Locale } from '@/lib/i18n/routing';
import { withSpan, type ParagraphRange } from '@/lib/paragraph-range';
import { articlePath } from '@/lib/urls';

type Props = { article: Article; shown: ParagraphRange; locale: Locale };

/**
 * Where a page of a long article sits in it, with plain links to the parts before and after (each
 * opens at its first paragraph) and to the whole article on one page, so it reads whole without scripts.
 */
export async function PartNav({ article, shown, locale }: Props) {
  if (article.parts.length < 2) return null;
  const t = await getTranslations({ locale, namespace: 'Parts' });
  const count = article.paragraphs.length;
  const previous = article.parts.findLast((part) => part.to < shown.from);
  const next = article.parts.find((part) => part.from > shown.to);
  const wholeRange = `1-${count}`;
  return (
    <nav aria-label={t('label')} className="part-nav">
      <p className="text-muted">{t('showing', { ...withSpan(shown), count })}</p>
      {previous && (
        <a href={articlePath(locale, article.slug, String(previous.from))} rel="prev" className="chip">
          {t('previous', withSpan(previous))}
        </a>
      )}
      {next && (
        <a href={articlePath(locale, article.slug, String(next.from))} rel="next" className="chip">
          {t('next', withSpan(next))}
        </a>
      )}
      {(shown.from > 1 || shown.to < count) && (
        <a href={articlePath(locale, article.slug, wholeRange)} className="link">
          {t('whole')}
        </a>
      )}
    </nav>
  );
}
