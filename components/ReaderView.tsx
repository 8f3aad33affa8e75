import { getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content/model';
import { inEveryLocale, localeDirection, type Locale } from '@/lib/i18n/routing';
import { readerPageOf } from '@/lib/content/parts';
import { formatParagraphRange, inRange, type ParagraphRange } from '@/lib/paragraph-range';
import { entityTypes as allEntityTypes, partsOfSpeech, verbForms } from '@/lib/content/schema';
import { glossaryFile, searchIndexFile } from '@/lib/data-files';
import { paragraphShareTitle } from '@/lib/metadata';
import { messagesOf, namesOf, templatesOf } from '@/lib/i18n/messages';
import { themeMessages, viewMessages } from '@/lib/reader-settings';
import { lemmaCountsOf } from '@/lib/known-words';
import { wordStatuses } from '@/lib/study';
import { articlePath, flashcardsPath, paragraphId, vocabularyPath } from '@/lib/urls';
import { ArabicText } from './ArabicText';
import { CoverageLine } from './CoverageLine';
import { EnglishText } from './EnglishText';
import { EntityIndex } from './EntityIndex';
import { IslandBoundary } from './IslandBoundary';
import { MixedText } from './MixedText';
import { ParagraphRow } from './ParagraphRow';
import { PartNav } from './PartNav';
import { ReaderControls } from './ReaderControls';
import { ReaderProvider } from './ReaderProvider';
import { SearchBox } from './SearchBox';
import { SelectionLink } from './SelectionLink';
import { ShortcutsHelp } from './ShortcutsHelp';
import { SiteHeader } from './SiteHeader';
import { StudyStoreNotice } from './StudyStoreNotice';
import type { WordCardStrings } from './WordCardContent';
import { WordCardLoader } from './WordCardLoader';

type Props = { locale: Locale; article: Article; range: ParagraphRange | null };

/** The reader: the Arabic article beside its English translation, paragraph by paragraph. */
export async function ReaderView({ locale, article, range }: Props) {
  const t = await getTranslations({ locale, namespace: 'Reader' });
  const uiDir = localeDirection[locale];
  const lang = locale === 'ar' ? 'ar' : 'en';
  const segment = range ? formatParagraphRange(range) : undefined;
  const alternates = inEveryLocale((l) => articlePath(l, article.slug, segment));
  // A long article is read a part at a time; a paragraph link shows the parts around it.
  const page = readerPageOf(article, range);
  const { shown, notes } = page;
  const glossaryUrl = glossaryFile(article, page.part).path;
  const notedParagraphs = new Set(notes.map((note) => note.paragraph));
  const controls = await getTranslations({ locale, namespace: 'ReaderControls' });
  const card = await getTranslations({ locale, namespace: 'WordCard' });
  const pos = await getTranslations({ locale, namespace: 'PartsOfSpeech' });
  const typeNames = await getTranslations({ locale, namespace: 'EntityType' });
  const typeGroups = await getTranslations({ locale, namespace: 'EntityTypes' });
  const statusT = await getTranslations({ locale, namespace: 'WordStatus' });
  const formT = await getTranslations({ locale, namespace: 'VerbForms' });
  const study = await getTranslations({ locale, namespace: 'Study' });
  const searchT = await getTranslations({ locale, namespace: 'Search' });
  const statusNames = messagesOf(statusT, wordStatuses);
  const shareTitle = await paragraphShareTitle(locale, article);
  const lemmaCounts = lemmaCountsOf(article);
  const entityTypes = Object.fromEntries(Object.values(article.entities).map((e) => [e.id, e.type]));

  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <ReaderProvider
        articleHref={articlePath(locale, article.slug)}
        glossaryUrl={glossaryUrl}
        strings={{
          copied: t('copied'),
          copyFailed: t('copyFailed'),
          ...templatesOf(t, ['stepStatus'] as const),
          previousMention: t('previousMention'),
          nextMention: t('nextMention'),
          stopStepping: t('stopStepping'),
          linkSettings: controls('linkSettings'),
          keep: controls('keep'),
          dismiss: controls('dismiss'),
          statusNames,
          glossaryFailed: card('failed'),
          notSaved: study('notSaved'),
          settingsUnsaved: controls('settingsUnsaved'),
          unsaved: study('storeUnsaved'),
          settingNames: {
            ...messagesOf(controls, ['view', 'diacritics', 'translit', 'gloss', 'entities', 'unknown', 'theme'] as const),
            arSize: controls('arabicSize'),
            enSize: controls('englishSize'),
          },
          viewNames: namesOf(controls, viewMessages),
          themeNames: namesOf(controls, themeMessages),
          on: controls('on'),
          off: controls('off'),
          shareTitle,
        }}
      >
        <main id="main" className="mx-auto max-w-6xl px-4 pb-24">
          <article aria-labelledby="headline">
            {range && (
              <p className="notice">
                {/* The paragraph is a link: without scripts the page opens at its top, and this takes the reader there. */}
                {t.rich(range.from === range.to ? 'showingOne' : 'showingRange', {
                  ...range,
                  link: (chunks) => (
                    <a href={`#${paragraphId(range.from)}`} className="link">
                      {chunks}
                    </a>
                  ),
                })}{' '}
                {/* The whole article opens at the same paragraph. A long article's page is its first part,
                    so there the link goes to its start; the part nav links the rest. */}
                <a href={`${articlePath(locale, article.slug)}${article.parts.length > 1 ? '' : `#${paragraphId(range.from)}`}`} className="link">
                  {article.parts.length > 1 ? t('articleStart') : t('wholeArticle')}
                </a>
              </p>
            )}
            <h1 id="headline" className="parallel headline">
              <span lang="ar" dir="rtl" className="pane-ar">
                <ArabicText paragraph={article.headline} entityTypes={entityTypes} />
              </span>
              <span lang="en" dir="ltr" className="pane-en">
                <EnglishText paragraph={article.headline} entityTypes={entityTypes} />
              </span>
            </h1>
            <noscript>
              <p className="notice">{t('noscript')}</p>
            </noscript>
            <IslandBoundary>
              <ReaderControls
                strings={messagesOf(controls, [
                  'settings', 'view', 'viewSide', 'viewSideNarrow', 'viewStacked', 'viewAr', 'viewEn', 'diacritics', 'translit', 'gloss',
                  'entities', 'arabicSize', 'englishSize', 'smaller', 'larger', 'theme', 'themeSystem', 'themeLight',
                  'themeDark', 'shortcuts', 'entityTypes', 'unknown',
                ] as const)}
                entityTypes={allEntityTypes
                  .map((type) => ({ type, label: typeGroups(type), count: page.entities.filter((e) => e.type === type).length }))
                  .filter((group) => group.count > 0)}
              />
            </IslandBoundary>
            {article.annotated && (
              <IslandBoundary>
                <SearchBox
                  indexUrl={searchIndexFile(article).path}
                  articlePath={articlePath(locale, article.slug)}
                  shown={shown}
                  strings={{
                    ...messagesOf(searchT, ['label', 'placeholder', 'headline', 'showBoth', 'failed'] as const),
                    ...templatesOf(searchT, ['results', 'resultsListed', 'paragraph', 'matchOf', 'hiddenInArabic', 'hiddenInEnglish'] as const),
                  }}
                />
              </IslandBoundary>
            )}
            <EntityIndex entities={page.entities} locale={locale} />
            {article.annotated && (
              <div className="study-bar">
                <p>
                  <IslandBoundary>
                    <CoverageLine
                      counts={lemmaCounts}
                      template={t.raw('coverage') as string}
                      fallback={t('coverageStatic', {
                        words: Object.values(lemmaCounts).reduce((sum, n) => sum + n, 0),
                        lemmas: Object.keys(lemmaCounts).length,
                      })}
                    />
                  </IslandBoundary>
                </p>
                <a href={vocabularyPath(locale, article.slug)} className="link">
                  {t('vocabulary')}
                </a>
                <a href={flashcardsPath(locale, article.slug)} className="link">
                  {t('flashcards')}
                </a>
                <StudyStoreNotice locale={locale} />
              </div>
            )}
            <div className="parallel pane-labels" aria-hidden="true">
              <span className="pane-ar" dir={uiDir}>
                {t('arabic')}
              </span>
              <span className="pane-en" dir={uiDir}>
                {t('english')}
              </span>
            </div>
            {page.paragraphs.map((paragraph) => (
              <ParagraphRow
                key={paragraph.n}
                paragraph={paragraph}
                href={articlePath(locale, article.slug, String(paragraph.n))}
                highlighted={inRange(paragraph.n, range)}
                hasNote={notedParagraphs.has(paragraph.n)}
                uiDir={uiDir}
                entityTypes={entityTypes}
                labels={{
                  paragraph: t('paragraph', { n: paragraph.n }),
                  paragraphPage: t('paragraphPage', { n: paragraph.n }),
                  copyLink: t('copyLink', { n: paragraph.n }),
                  share: t('share', { n: paragraph.n }),
                  noteMarker: t('noteMarker', { n: paragraph.n }),
                }}
              />
            ))}
            <PartNav article={article} shown={shown} locale={locale} />
            <footer className="article-source mt-16 max-w-3xl border-t border-rule pt-8 text-sm">
              <h2 className="text-base font-semibold">{t('sourceHeading')}</h2>
              <p className="mt-2 text-muted">
                <MixedText text={article.source[lang]} lang={lang} />
              </p>
              {notes.length > 0 && (
                <>
                  <h2 className="mt-8 text-base font-semibold">{t('notesHeading')}</h2>
                  <ol className="mt-2 space-y-3">
                    {notes.map((note, i) => (
                      <li
                        key={`${note.paragraph}-${note[lang]}`}
                        // The paragraph's note marker points at its first note.
                        id={notes.findIndex((other) => other.paragraph === note.paragraph) === i ? `note-${note.paragraph}` : undefined}
                        className="source-note"
                      >
                        <a href={`#${paragraphId(note.paragraph)}`} className="link font-medium">
                          {note.paragraph === 0 ? t('headline') : t('paragraph', { n: note.paragraph })}
                        </a>
                        {' — '}
                        <span className="text-muted">
                          <MixedText text={note[lang]} lang={lang} />
                        </span>
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </footer>
          </article>
        </main>
        <IslandBoundary>
          <SelectionLink
            labels={{ one: t.raw('copyLink') as string, range: t.raw('copyRange') as string, region: t('selectionLink') }}
          />
        </IslandBoundary>
        <IslandBoundary>
          <WordCardLoader
            slug={article.slug}
            glossaryUrl={glossaryUrl}
            articleHref={articlePath(locale, article.slug)}
            shown={shown}
            vocabularyUrl={vocabularyPath(locale, article.slug)}
            uiLocale={locale}
            uiDir={uiDir}
            strings={{ ...messagesOf(card, [
              'wordCard', 'entityCard', 'inContext', 'parts', 'proclitic', 'stem', 'enclitic', 'lemma', 'root', 'noRoot',
              'plural', 'meanings', 'occurrences', 'onlyHere', 'phrase', 'save', 'copyLink', 'close',
              'moreByKey', 'moreByClick', 'loading', 'failed', 'rootFamily', 'status', 'pattern',
            ] as const), ...templatesOf(card, ['elsewhere', 'moreHere', 'occurrenceNth'] as const), headline: t('headline'), ...templatesOf(t, ['paragraph'] as const), statusNames, formNames: messagesOf(formT, verbForms) } as WordCardStrings}
            posNames={messagesOf(pos, partsOfSpeech)}
            entityTypeNames={messagesOf(typeNames, allEntityTypes)}
          />
        </IslandBoundary>
        <ShortcutsHelp locale={locale} />
      </ReaderProvider>
    </>
  );
}
