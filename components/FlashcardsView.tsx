import { getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content/model';
import { partsOfSpeech } from '@/lib/content/schema';
import { csvColumns } from '@/lib/export';
import { deckDataOf } from '@/lib/flashcards';
import { messagesOf, templatesOf } from '@/lib/i18n/messages';
import { inEveryLocale, type Locale } from '@/lib/i18n/routing';
import { wordStatuses } from '@/lib/study';
import { importProblems, MAX_STORED_MB, type ImportProblem } from '@/lib/study-schema';
import { articlePath, flashcardsPath, vocabularyPath } from '@/lib/urls';
import { Flashcards, type FlashcardsStrings } from './Flashcards';
import { IslandBoundary } from './IslandBoundary';
import { SiteHeader } from './SiteHeader';
import { StudyData, type StudyDataStrings } from './StudyData';
import { StudyPageHeader } from './StudyPageHeader';
import { StudyStoreNotice } from './StudyStoreNotice';

type Props = { locale: Locale; article: Article };

const flashcardKeys = [
  'direction', 'recognition', 'recall', 'recognitionName', 'recallName', 'recognitionPrompt', 'recallPrompt', 'recallHint', 'blank', 'showAnswer', 'grade',
  'again', 'hard', 'good', 'easy', 'progress', 'empty', 'allKnown', 'allKnownLink', 'done', 'card', 'answer', 'knownOut', 'knownDone', 'undo', 'undoGrade',
] as const;
const studyDataKeys = [
  'dataHeading', 'dataIntro', 'exportCsv', 'exportAnki', 'exportJson', 'import', 'imported', 'importedElsewhere', 'importedUpToDate', 'importedNothing', 'importedEmpty', 'importFailed',
  'importNotLoaded', 'importUnlisted', 'nothingToExport',
] as const;
const problemKey = (problem: ImportProblem['problem']) => `problem${problem[0]!.toUpperCase()}${problem.slice(1)}` as const;

/** The flashcards page: review, then keep or move the study data. Both need the device, so both are islands. */
export async function FlashcardsView({ locale, article }: Props) {
  const t = await getTranslations({ locale, namespace: 'Flashcards' });
  const pos = await getTranslations({ locale, namespace: 'PartsOfSpeech' });
  const status = await getTranslations({ locale, namespace: 'WordStatus' });
  const reader = await getTranslations({ locale, namespace: 'Reader' });
  const columns = await getTranslations({ locale, namespace: 'ExportColumns' });
  const study = await getTranslations({ locale, namespace: 'Study' });
  const posNames = messagesOf(pos, partsOfSpeech);
  const deck = deckDataOf(article);
  const articleHref = articlePath(locale, article.slug);
  const alternates = inEveryLocale((l) => flashcardsPath(l, article.slug));

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="main" className="mx-auto max-w-3xl px-4 pb-24">
        <StudyPageHeader
          back={{ href: articlePath(locale, article.slug), label: t('back') }}
          title={t('title')}
          headline={article.headline.ar}
          intro={t('intro')}
          links={[{ href: vocabularyPath(locale, article.slug), label: t('vocabulary') }]}
        />
        <noscript>
          <p className="notice">{t('noscript')}</p>
        </noscript>
        <StudyStoreNotice locale={locale} unsavedNotice="above" />
        <IslandBoundary failed={study('partFailed')}>
          <Flashcards deck={deck} articleHref={articleHref} knownHref={`${vocabularyPath(locale, article.slug)}?status=known`} uiLocale={locale} strings={{ ...(templatesOf(t, flashcardKeys) as Omit<FlashcardsStrings, 'headline' | 'paragraph'>), headline: reader('headline'), ...templatesOf(reader, ['paragraph'] as const) }} posNames={posNames} />
        </IslandBoundary>
        <IslandBoundary failed={study('partFailed')}>
          <StudyData
            deck={deck}
            articleHref={articleHref}
            strings={{
              ...templatesOf(t, studyDataKeys),
              // Filled here: the study schema, which knows the limit, stays out of the page's first scripts.
              problems: { ...messagesOf((p) => t.raw(problemKey(p)) as string, importProblems), tooLarge: t('problemTooLarge', { size: MAX_STORED_MB }) },
              columns: messagesOf(columns, csvColumns),
              unsaved: study('storeUnsaved'),
            }}
            posNames={posNames}
            statusNames={messagesOf(status, wordStatuses)}
          />
        </IslandBoundary>
      </main>
    </>
  );
}
