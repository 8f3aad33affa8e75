import { getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content/model';
import { partsOfSpeech } from '@/lib/content/schema';
import { messagesOf } from '@/lib/i18n/messages';
import { inEveryLocale, type Locale } from '@/lib/i18n/routing';
import { lemmaCountsOf } from '@/lib/known-words';
import { rootAnchor } from '@/lib/roots';
import { wordStatuses } from '@/lib/study';
import { articlePath, flashcardsPath, vocabularyPath, wordUrl } from '@/lib/urls';
import { rootFamiliesOf, vocabularyOf } from '@/lib/vocabulary';
import { VOCABULARY_LIST_ID } from '@/lib/vocabulary-list';
import { EnglishPhrase } from './EnglishPhrase';
import { IslandBoundary } from './IslandBoundary';
import { SiteHeader } from './SiteHeader';
import { StudyPageHeader } from './StudyPageHeader';
import { StudyStoreNotice } from './StudyStoreNotice';
import { VocabularyControls } from './VocabularyControls';
import { VocabularyStudyControls } from './VocabularyStudyControls';

type Props = { locale: Locale; article: Article };

/** The article's vocabulary and its root families: static, and complete without JavaScript. */
export async function VocabularyView({ locale, article }: Props) {
  const t = await getTranslations({ locale, namespace: 'Vocabulary' });
  const pos = await getTranslations({ locale, namespace: 'PartsOfSpeech' });
  const formName = await getTranslations({ locale, namespace: 'VerbForms' });
  const status = await getTranslations({ locale, namespace: 'WordStatus' });
  const card = await getTranslations({ locale, namespace: 'WordCard' });
  const statusNames = messagesOf(status, wordStatuses);
  const entries = vocabularyOf(article);
  const families = rootFamiliesOf(article);
  const alternates = inEveryLocale((l) => vocabularyPath(l, article.slug));
  // Lemmas spelt alike (مَا the relative, مَا the particle) are told apart in their controls' names by part of speech.
  const spelt = new Map<string, number>();
  for (const { lemma } of entries) spelt.set(lemma.ar, (spelt.get(lemma.ar) ?? 0) + 1);
  const controlName = (lemma: (typeof entries)[number]['lemma']) => (spelt.get(lemma.ar)! > 1 ? `${lemma.ar} (${pos(lemma.pos)})` : lemma.ar);
  const lemmaDetails = (lemma: (typeof entries)[number]['lemma']) =>
    (
      <>
        {[pos(lemma.pos), lemma.form && formName(lemma.form)].filter(Boolean).join(' · ')}
        {lemma.pattern && (
          <>
            {` · ${t('pattern')} `}
            <span lang="ar" dir="rtl" className="font-arabic arabic-inline">
              {lemma.pattern}
            </span>
          </>
        )}
      </>
    );

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="main" className="mx-auto max-w-4xl px-4 pb-24">
        <StudyPageHeader
          back={{ href: articlePath(locale, article.slug), label: t('back') }}
          title={t('title')}
          headline={article.headline.ar}
          // The reader's coverage line counts fewer dictionary words; saying which keeps the two figures from disagreeing.
          intro={`${t('intro', { lemmas: entries.length, roots: families.length })} ${t('coverageCounts', { counted: Object.keys(lemmaCountsOf(article)).length })}`}
          links={[
            { href: '#words', label: t('words') },
            { href: '#roots', label: t('roots') },
            { href: flashcardsPath(locale, article.slug), label: t('flashcards') },
          ]}
        />
        <StudyStoreNotice locale={locale} unsavedNotice="at-foot" />

        <h2 id="words" className="mt-10 scroll-mt-20 text-2xl font-semibold">
          {t('words')}
        </h2>
        <noscript>
          <p className="notice">{t('noscript')}</p>
        </noscript>
        <IslandBoundary>
          <VocabularyControls
            labels={{ sort: t('sortLabel'), first: t('sortFirst'), freq: t('sortFreq'), root: t('sortRoot'), pos: t('sortPos'), filter: t('filterPos'), all: t('all'), status: t('filterStatus'), allStatuses: t('allStatuses'), saved: t('saved'), noMatch: t('noMatch'), showAll: t('showAll'), showing: t.raw('showing') as string, showingAll: t.raw('showingAll') as string }}
            statusNames={statusNames}
            // A menu's items start with a capital in English, as "All words" does; a card's "noun · form V" keeps the lower case.
            partsOfSpeech={partsOfSpeech
              .filter((p) => entries.some((e) => e.lemma.pos === p))
              .map((p) => ({ value: p, label: pos(p).replace(/^\p{Ll}/u, (letter) => letter.toLocaleUpperCase(locale)) }))}
          />
        </IslandBoundary>
        <IslandBoundary>
          <VocabularyStudyControls
            statusNames={statusNames}
            labels={{ save: card('save'), saved: t('saved'), statusOf: t.raw('statusOf') as string, saveWord: t.raw('saveWord') as string }}
            slug={article.slug}
          />
        </IslandBoundary>
        <ol id={VOCABULARY_LIST_ID} className="mt-4 space-y-4">
          {entries.map(({ lemma, count, first, context }, order) => (
            <li
              key={lemma.id}
              id={`lemma-${lemma.id}`}
              className="vocab-entry"
              data-first={order}
              data-count={count}
              data-root={lemma.root ?? '\uFFFF'}
              data-pos={lemma.pos}
              data-lemma={lemma.id}
            >
              <div className="mb-1 flex flex-wrap items-baseline gap-x-3 gap-y-2">
                <span lang="ar" dir="rtl" className="font-arabic text-2xl">
                  {lemma.ar}
                </span>
                <span className="text-sm text-muted">{lemmaDetails(lemma)}</span>
                {lemma.root ? (
                  <a href={`#${rootAnchor(lemma.root)}`} lang="ar" dir="rtl" className="link font-arabic text-lg">
                    {lemma.root}
                  </a>
                ) : (
                  <span className="text-sm text-muted">{t('noRoot')}</span>
                )}
                <span className="text-sm text-muted">{t('count', { count })}</span>
                {/* The room for the word's status select and Save toggle, kept from the first paint so that nothing
                    moves when one island puts them in (VocabularyStudyControls). */}
                <span className="vocab-study js-only" data-token={first.id} data-name={controlName(lemma)} />
              </div>
              <EnglishPhrase block className="text-sm" text={lemma.meanings.join('; ')} />
              {lemma.note && <EnglishPhrase block className="text-xs text-muted" text={lemma.note} />}
              <blockquote className="vocab-context">
                <p lang="ar" dir="rtl" className="font-arabic text-lg">
                  {context.before}
                  <mark>{context.word}</mark>
                  {context.after}
                </p>
                {/* English prose runs from the left in either interface, as the reader's English pane does. */}
                <p lang="en" dir="ltr" className="text-sm text-muted">
                  {context.english.en}
                </p>
                {/* On paper it would only repeat itself under every word. */}
                <a href={wordUrl(articlePath(locale, article.slug), first.id)} className="link text-sm print:hidden">
                  {t('openInReader')}
                </a>
              </blockquote>
            </li>
          ))}
        </ol>

        <h2 id="roots" className="mt-16 scroll-mt-20 text-2xl font-semibold">
          {t('roots')}
        </h2>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          {families.map((family) => (
            // A named group, not a region: 190 families were as many landmarks, which flooded a screen reader's list of them.
            <section key={family.root} id={rootAnchor(family.root)} className="root-family" role="group" aria-label={t('rootTitle', { root: family.root })}>
              <h3 lang="ar" dir="rtl" className="font-arabic text-2xl">
                {family.root}
              </h3>
              <ul className="mt-2 space-y-1">
                {family.lemmas.map((lemma) => (
                  <li key={lemma.id}>
                    <a href={`#lemma-${lemma.id}`} lang="ar" dir="rtl" className="link font-arabic text-lg">
                      {lemma.ar}
                    </a>{' '}
                    <span className="text-sm text-muted">{lemmaDetails(lemma)}</span>{' '}
                    {/* One block, so that a meaning of two lines starts each from the left in the Arabic interface too. */}
                    <EnglishPhrase className="inline-block text-sm" text={lemma.meanings[0]!} />
                    <p className="text-sm text-muted">
                      {t('formsInArticle')}:{' '}
                      <span lang="ar" dir="rtl" className="font-arabic arabic-inline">
                        {lemma.forms.join('، ')}
                      </span>
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </main>
    </>
  );
}
