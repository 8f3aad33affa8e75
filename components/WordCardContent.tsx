import { Fragment } from 'react';
import type { VerbForm } from '@/lib/content/model';
import { occurrencePlaces, type GlossaryData, type GlossaryToken } from '@/lib/glossary';
import { rootAnchor } from '@/lib/roots';
import { wordStatuses, type WordStatus } from '@/lib/study';
import { fill } from '@/lib/template';
import { paragraphOfWord } from '@/lib/urls';
import { CardCloseButton } from './CardCloseButton';
import { EnglishPhrase } from './EnglishPhrase';
import { ParagraphPlace } from './ParagraphPlace';
import { useSingleKeys } from './useSingleKeys';

export type WordCardStrings = {
  wordCard: string;
  entityCard: string;
  inContext: string;
  parts: string;
  proclitic: string;
  stem: string;
  enclitic: string;
  lemma: string;
  root: string;
  noRoot: string;
  /** A verb form's name, as Arabic grammar names it in the Arabic interface: باب المفاعلة (III). */
  formNames: Record<VerbForm, string>;
  pattern: string;
  plural: string;
  meanings: string;
  occurrences: string;
  /** Where an occurrence in the headline is, which has no paragraph number. */
  headline: string;
  /** `Paragraph {n}`: an occurrence's place, as a screen reader says it. */
  paragraph: string;
  onlyHere: string;
  elsewhere: string;
  moreHere: string;
  /** `occurrence {n}`: which of a word's occurrences in one paragraph a link goes to, as a screen reader says it. */
  occurrenceNth: string;
  phrase: string;
  save: string;
  copyLink: string;
  close: string;
  /** How to open the rest of a preview opened by focus, and of one opened by the mouse. */
  moreByKey: string;
  moreByClick: string;
  loading: string;
  failed: string;
  rootFamily: string;
  status: string;
  statusNames: Record<WordStatus, string>;
};

type Props = {
  id: string;
  token: GlossaryToken;
  data: GlossaryData;
  pinned: boolean;
  /** A preview opened by focus, where Enter opens the rest; else by the mouse, where a click does. */
  byKeyboard: boolean;
  /** Null while the study store is being read, as is the status: before, every word would read as unsaved and new. */
  saved: boolean | null;
  status: WordStatus | null;
  strings: WordCardStrings;
  posNames: Record<string, string>;
  entityTypeNames: Record<string, string>;
  uiLocale: string;
  /** The article's vocabulary page, where each root's family is listed. */
  vocabularyUrl: string;
  /** Where the card links another occurrence of the lemma: `#w…` on this page, else its paragraph's page. */
  occurrenceHref: (tokenId: string) => string;
  onSave(): void;
  onStatus(status: WordStatus): void;
  onCopyLink(): void;
  onClose(): void;
};

/**
 * Other occurrences linked on the card, at most. The seed's most frequent word, في, has 24 others, all
 * listed; on the whole-article page of a long article it has hundreds, which only lengthen the card.
 */
const MAX_OCCURRENCES = 30;

const ZWJ = '\u200D';
/** Letters that never join the next letter: no joiner is needed after them. */
const nonJoining = /[اأإآٱدذرزوؤءة]$/;

/** The ids of the parts of a preview that describe its word to a screen reader (WordCard). */
const partIds = { entity: 'word-card-entity', gist: 'word-card-gist', foot: 'word-card-foot' };
/** Those parts: the name it is part of, its reading and sense in context, and how to open the rest. */
export const PREVIEW_PARTS = `${partIds.entity} ${partIds.gist} ${partIds.foot}`;

/**
 * The card's contents: entity first, then the word in context, its parts, its lemma, where else it
 * occurs and its phrase. Links and buttons appear once the card is pinned, as a dialog.
 */
export function WordCardContent({ id, token, data, pinned, byKeyboard, saved, status, strings, posNames, entityTypeNames, uiLocale, vocabularyUrl, occurrenceHref, onSave, onStatus, onCopyLink, onClose }: Props) {
  const lang = uiLocale === 'ar' ? 'ar' : 'en';
  const singleKeys = useSingleKeys();
  const lemma = token.lemma ? data.lemmas[token.lemma] : undefined;
  const places = occurrencePlaces(lemma?.occurrences ?? [], (occurrence) => data.tokens[occurrence]?.surface);
  const others = lemma?.occurrences.filter((occurrence) => occurrence !== id) ?? [];
  const phrases = token.phrases.map((p) => data.phrases[p]).filter((p) => p !== undefined);
  const entities = [...token.entities].reverse().flatMap((id) => (data.entities[id] ? [{ id, ...data.entities[id] }] : []));
  const last = token.segments.length - 1;

  return (
    <div className="space-y-3 p-4">
      {pinned && <CardCloseButton label={strings.close} onClose={onClose} />}
      {entities.map((entity, i) => (
        <section key={entity.id} id={i === 0 ? partIds.entity : undefined} className="entity-section" data-et={entity.type}>
          <h2 className="card-label">
            {strings.entityCard} · {entityTypeNames[entity.type]}
          </h2>
          <p lang="ar" dir="rtl" className="font-arabic text-xl">
            {entity.name.ar}
          </p>
          {/* A name written alike in both scripts (a year) is not repeated. The English and the transliteration
              each take a line: side by side in the Arabic interface, they would read right to left. */}
          {entity.name.en !== entity.name.ar && (
            <p>
              <span lang="en" dir="ltr">
                {entity.name.en}
              </span>
            </p>
          )}
          {entity.translit !== entity.name.en && (
            <p className="italic">
              <span lang="ar-Latn" dir="ltr">
                {entity.translit}
              </span>
            </p>
          )}
          <p className="text-sm text-muted">{entity.description[lang]}</p>
        </section>
      ))}

      <section id={partIds.gist}>
        <p lang="ar" dir="rtl" className="card-word font-arabic">
          {token.vocalized}
        </p>
        {token.translit && (
          <p className="italic">
            <span lang="ar-Latn" dir="ltr">
              {token.translit}
            </span>
          </p>
        )}
        {/* A number glossed as itself has nothing to add. */}
        {token.gloss !== token.surface && (
          <p>
            <span className="card-label">{strings.inContext}: </span>
            {/* dir isolates the English in the Arabic interface, or its closing quote and brackets would be drawn at the far end. */}
            <span lang="en" dir="ltr">“{token.gloss}”</span>
          </p>
        )}
      </section>

      {token.segments.length > 1 && (
        <section>
          <h2 className="card-label">{strings.parts}</h2>
          <p lang="ar" dir="rtl" className="card-segments font-arabic">
            {token.segments.map((s, i) => (
              // Zero-width joiners keep the letters joined where the parts are styled apart.
              <span key={i} className={`seg seg-${s.role}`}>
                {i > 0 ? ZWJ : ''}
                {s.vocalized}
                {i < last && !nonJoining.test(s.text) ? ZWJ : ''}
              </span>
            ))}
          </p>
          <ul className="mt-1 space-y-0.5 text-sm">
            {token.segments.map((s, i) => (
              <li key={i}>
                <span lang="ar" dir="rtl" className={`seg seg-${s.role} font-arabic`}>
                  {s.vocalized}
                </span>{' '}
                <span className="text-muted">{strings[s.role]}</span> <span lang="en" dir="ltr">“{s.gloss}”</span>
                {/* Why the parts are written as they are, where the spelling fuses them (لِ + الْ = لِلْ). */}
                {s.note && <EnglishPhrase block className="text-xs text-muted" text={s.note} />}
              </li>
            ))}
          </ul>
        </section>
      )}

      {lemma && (
        <section>
          <h2 className="card-label">{strings.lemma}</h2>
          <p>
            <span lang="ar" dir="rtl" className="font-arabic text-lg">
              {lemma.ar}
            </span>{' '}
            · {posNames[lemma.pos]}
            {lemma.form && <> · {strings.formNames[lemma.form]}</>}
            {([[strings.pattern, lemma.pattern], [strings.plural, lemma.plural]] as const).map(
              ([label, arabic]) =>
                arabic && (
                  <Fragment key={label}>
                    {' '}
                    · {label}{' '}
                    <span lang="ar" dir="rtl" className="font-arabic arabic-inline">
                      {arabic}
                    </span>
                  </Fragment>
                ),
            )}
          </p>
          <p>
            <span className="card-label">{strings.root}: </span>
            {lemma.root ? (
              <span lang="ar" dir="rtl" className="font-arabic arabic-inline">
                {lemma.root}
              </span>
            ) : (
              strings.noRoot
            )}
            {lemma.root && pinned && (
              <>
                {' · '}
                <a href={`${vocabularyUrl}#${rootAnchor(lemma.root)}`} className="link">
                  {strings.rootFamily}
                </a>
              </>
            )}
          </p>
          <p className="text-sm">
            <span className="card-label">{strings.meanings}: </span>
            <EnglishPhrase text={lemma.meanings.join('; ')} />
          </p>
          {lemma.note && <EnglishPhrase block className="text-xs text-muted" text={lemma.note} />}
        </section>
      )}

      {phrases.map((phrase) => (
        <section key={phrase.ar}>
          <h2 className="card-label">{strings.phrase}</h2>
          <p>
            <span lang="ar" dir="rtl" className="font-arabic arabic-inline">
              {phrase.ar}
            </span>{' '}
            <span lang="en" dir="ltr">“{phrase.gloss}”</span>
          </p>
        </section>
      ))}

      {pinned ? (
        <>
          {lemma && (
            <section>
              <h2 className="card-label">{others.length || lemma.elsewhere ? strings.occurrences : strings.onlyHere}</h2>
              {others.length > 0 && (
                <ul className="flex flex-wrap gap-x-3 gap-y-1">
                  {others.slice(0, MAX_OCCURRENCES).map((occurrence) => {
                    const { paragraph, nth } = places.get(occurrence)!;
                    return (
                      <li key={occurrence}>
                        {/* The paragraph is part of the link's name: the same word often occurs more than once; and
                            where a paragraph has the same spelling more than once, which of them: "¶11 (2)". */}
                        {/* 24px high, as WCAG 2.2's target size asks: the rows of links sat 23px apart. */}
                        <a href={occurrenceHref(occurrence)} className="link inline-block min-h-6">
                          <span lang="ar" dir="rtl" className="font-arabic arabic-inline">
                            {data.tokens[occurrence]?.surface}
                          </span>
                          <span className="text-xs text-muted">
                            {' '}
                            <ParagraphPlace paragraph={paragraph} strings={strings} />
                            {nth && (
                              <>
                                {' '}
                                <span aria-hidden="true">({nth})</span>
                                <span className="sr-only">({fill(strings.occurrenceNth, { n: nth })})</span>
                              </>
                            )}
                          </span>
                        </a>
                      </li>
                    );
                  })}
                </ul>
              )}
              {others.length > MAX_OCCURRENCES && (
                <p className="mt-1 text-sm">{fill(strings.moreHere, { count: others.length - MAX_OCCURRENCES })}</p>
              )}
              {/* A part of a long article has only its own words' data: the rest are counted, and the link
                  goes on to the next of them. */}
              {lemma.elsewhere && (
                <p className="mt-1 text-sm">
                  <a href={occurrenceHref(lemma.elsewhere.next)} className="link">
                    {fill(strings.elsewhere, { count: lemma.elsewhere.count, paragraph: paragraphOfWord(lemma.elsewhere.next) })}
                  </a>
                </p>
              )}
            </section>
          )}
          {/* What a student opened the card for stays in view: where the card is capped by the room beside
              its word and scrolls, these stick to its lower edge. */}
          <div className="card-actions space-y-2">
            {lemma && (
              <div role="group" aria-label={strings.status} className="flex flex-wrap items-center gap-2">
                <span className="card-label">{strings.status}</span>
                {wordStatuses.map((s, i) => (
                  <button key={s} type="button" className="chip" aria-pressed={status === s} aria-keyshortcuts={singleKeys ? String(i + 1) : undefined} onClick={() => onStatus(s)}>
                    {strings.statusNames[s]}
                  </button>
                ))}
              </div>
            )}
            <div className="flex flex-wrap gap-2">
              {/* One name in either state, the state being its pressed: a name that turned into "Saved ✓" left
                  unclear what pressing again would do. */}
              {lemma && (
                // A toggle of a state not yet read would turn a saved word's saving off: it waits for the store.
                <button type="button" className="chip" aria-pressed={!!saved} disabled={saved === null} onClick={onSave}>
                  {strings.save}
                  {saved && <span aria-hidden="true">&nbsp;✓</span>}
                </button>
              )}
              <button type="button" className="chip" onClick={onCopyLink}>
                {strings.copyLink}
              </button>
            </div>
          </div>
        </>
      ) : (
        // Kept in view like the pinned card's actions: it says how to reach the rest.
        <p id={partIds.foot} className="card-actions text-xs text-muted">
          {lemma && status && <span className="card-status">{`${strings.status}: ${strings.statusNames[status]} · `}</span>}
          {byKeyboard ? strings.moreByKey : strings.moreByClick}
        </p>
      )}
    </div>
  );
}
