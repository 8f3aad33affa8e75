'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { answerWords, deckCardsOf, knownInArticle, type DeckData } from '@/lib/flashcards';
import { grades, isDue, nextDueByGrade, review, type GradeName } from '@/lib/scheduling';
import { restoreWord, reviewDirections, setStatus, withCard, type ReviewDirection, type StudyWord } from '@/lib/study';
import { isForTyping, shortcutKey, typesInto } from '@/lib/keyboard';
import { listen } from '@/lib/listen';
import { fill } from '@/lib/template';
import { headerBottom } from '@/lib/reading-place';
import { wordUrl } from '@/lib/urls';
import { FlashcardSentence } from './FlashcardSentence';
import { ParagraphPlace } from './ParagraphPlace';
import { useHydrated } from './useHydrated';
import { useSingleKeys } from './useSingleKeys';
import { updateStudy, useStudy } from './useStudy';

export type FlashcardsStrings = Record<
  | 'direction' | 'recognition' | 'recall' | 'recognitionName' | 'recallName' | 'recognitionPrompt' | 'recallPrompt' | 'recallHint' | 'blank' | 'showAnswer'
  | 'grade' | 'again' | 'hard' | 'good' | 'easy' | 'progress' | 'empty' | 'allKnown' | 'allKnownLink' | 'done' | 'card' | 'answer' | 'knownOut' | 'knownDone' | 'undo' | 'undoGrade'
  | 'headline' | 'paragraph',
  string
>;

type Props = {
  deck: DeckData;
  articleHref: string;
  /** The vocabulary list of the words marked known, where a deck they emptied sends the student. */
  knownHref: string;
  uiLocale: string;
  strings: FlashcardsStrings;
  posNames: Record<string, string>;
};

const MINUTE = 60 * 1000;
/**
 * The longest wait before the page looks again for due cards: a timer set for days may not count the hours
 * a computer sleeps, and one set for longer than 24.8 days fires at once.
 */
const MAX_WAIT = 60 * MINUTE;

function relative(date: Date, now: Date, locale: string): string {
  const minutes = Math.round((date.getTime() - now.getTime()) / 60_000);
  // Western digits, as in every other number the interface shows: browsers on CLDR before 46 give Arabic the
  // Arabic-Indic ones, which would put «بعد ٥ دقائق» beside «الفقرة 5».
  const format = new Intl.RelativeTimeFormat(`${locale}-u-nu-latn`, { numeric: 'auto' });
  const text =
    Math.abs(minutes) < 60
      ? format.format(Math.max(minutes, 1), 'minute')
      : Math.abs(minutes) < 48 * 60
        ? format.format(Math.round(minutes / 60), 'hour')
        : format.format(Math.round(minutes / 1440), 'day');
  // CLDR's Arabic future, «خلال 3 أيام», reads as "within 3 days": a card comes back after them.
  return locale === 'ar' ? text.replace(/^خلال /, 'بعد ') : text;
}

/**
 * Reviews the saved and learning words of one article, one card at a time: the word marked in its
 * sentence, then its reading and meaning, graded again / hard / good / easy and scheduled by FSRS.
 */
export function Flashcards({ deck, articleHref, knownHref, uiLocale, strings, posNames }: Props) {
  const hydrated = useHydrated();
  const singleKeys = useSingleKeys();
  const { state, loaded } = useStudy();
  const [direction, setDirection] = useState<ReviewDirection>('recognition');
  // The card whose answer is shown, as the word and its due date: a grade in another tab moves this one on to
  // a card whose answer is not shown, or brings the same word back later, its answer hidden again.
  const [revealedCard, setRevealedCard] = useState<string | null>(null);
  const [now, setNow] = useState(() => new Date());
  // Cards graded this session in this direction: "Flashcard 3 of 7" counts them with the ones still due.
  const [reviewed, setReviewed] = useState(0);
  // The word last graded or taken out of the cards as known, the record it had, which Undo gives back, and when.
  const [lastStep, setLastStep] = useState<{ lemma: string; previous: StudyWord | undefined; at: string; known: boolean } | null>(null);
  // Changed since, in another tab, it is this page's to undo no longer, even if graded or marked known there again.
  const undoable = lastStep && state.words[lastStep.lemma]?.changedAt === lastStep.at ? lastStep : null;
  const knownOut = undoable?.known ? undoable : null;
  const showAnswerRef = useRef<HTMLButtonElement>(null);
  const cardRef = useRef<HTMLElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  /** The last step, with its Undo: the word taken out as known, or the grade just given. */
  const stepRef = useRef<HTMLDivElement>(null);
  const gradesRef = useRef<HTMLDivElement>(null);
  const graded = useRef(false);
  /** The step being undone: the store already shows it undone before the card comes back, which is no stale step. */
  const undoing = useRef<typeof lastStep>(null);
  /** Set by an undo: the card that comes back takes the focus anew, so that it is read out. */
  const undone = useRef(false);
  const id = useId();

  const cards = useMemo(
    () =>
      deckCardsOf(deck, state)
        .map((card) => ({ ...card, stored: state.words[card.lemma]?.cards?.[direction] }))
        .sort((a, b) => (a.stored?.due ?? '').localeCompare(b.stored?.due ?? '') || a.word.localeCompare(b.word, undefined, { numeric: true })),
    [deck, state, direction],
  );
  const due = cards.filter((card) => isDue(card.stored, now));
  const current = due[0];
  const currentKey = current && `${current.lemma} ${current.stored?.due ?? ''}`;
  const revealed = currentKey !== undefined && revealedCard === currentKey;
  const setRevealed = (shown: boolean) => setRevealedCard(shown && currentKey ? currentKey : null);
  /** The next card to fall due, of those not due yet. */
  const nextDue = cards
    .flatMap((card) => (card.stored && !isDue(card.stored, now) ? [new Date(card.stored.due)] : []))
    .sort((a, b) => a.getTime() - b.getTime())[0];
  const nextDueAt = nextDue?.getTime();

  useEffect(() => {
    // A card answered "again" comes back within minutes, and one due in days in a tab left open that long:
    // each shows when it falls due, without a reload, and is counted as due then while another card shows.
    // With none to show, "the next card is due in 10 minutes" is said again each minute, not left at 10.
    if (nextDueAt === undefined) return;
    const wait = Math.min(Math.max(nextDueAt - Date.now(), 0) + 500, current ? MAX_WAIT : MINUTE);
    const timer = setTimeout(() => setNow(new Date()), wait);
    return () => clearTimeout(timer);
  }, [current, nextDueAt, now]);

  useEffect(() => {
    // A laptop woken from sleep, or a tab come back to: timers do not count the time asleep.
    const wake = () => document.visibilityState === 'visible' && setNow(new Date());
    return listen(document, { visibilitychange: wake });
  }, []);

  /** Moves on from the card, graded or taken out: the next one starts in view, and takes the focus. */
  function moveOn(at: Date, counted: number) {
    setRevealed(false);
    setNow(at);
    setReviewed((n) => Math.max(n + counted, 0));
    graded.current = true;
  }

  function answer(grade: GradeName) {
    if (!current) return;
    const at = new Date();
    const lemma = current.lemma;
    // The record as the store holds it when the grade is written, which another tab may have changed since this render.
    let previous: StudyWord | undefined;
    void updateStudy((s) => {
      previous = s.words[lemma];
      return withCard(s, lemma, direction, review(current.stored, grade, at), at);
    }).then((result) => {
      // A mistaken grade (a slip of the finger on a phone) can be taken back, as in Anki.
      if (result === 'unloaded') return;
      setLastStep({ lemma, previous, at: at.toISOString(), known: false });
      // Its Undo comes after the next card has been scrolled to, above it, and is scrolled to in turn.
      graded.current = true;
    });
    setLastStep(null);
    moveOn(at, 1);
  }

  function markKnown() {
    if (!current) return;
    const at = new Date();
    // Its reviews stay in the store: given its status back, the word returns to the cards as it was scheduled.
    const lemma = current.lemma;
    let previous: StudyWord | undefined;
    // Moved on once the store has the change: the card, gone with it, would otherwise take the focus first.
    void updateStudy((s) => {
      previous = s.words[lemma];
      return setStatus(s, lemma, 'known', at);
    }).then((result) => {
      // Nothing changed where the store cannot be read; the page says so, and the card stays.
      if (result === 'unloaded') return;
      setLastStep({ lemma, previous, at: at.toISOString(), known: true });
      moveOn(at, 1);
    });
  }

  /** Gives the word its record back: the card returns, its question showing, and the count steps back. */
  function undo() {
    // A second press before the first has reached the store would take the count back twice.
    if (!undoable || undoing.current) return;
    const at = new Date();
    undoing.current = undoable;
    void updateStudy((s) => restoreWord(s, undoable.lemma, undoable.previous, at)).then(() => {
      undoing.current = null;
      undone.current = true;
      setLastStep(null);
      moveOn(at, -1);
    });
  }

  useEffect(() => {
    if (!lastStep || undoable || lastStep === undoing.current) return;
    setLastStep(null);
    // Its Undo went from under the student's focus, which would fall to the page: it goes to the card.
    if (document.activeElement === document.body) (cardRef.current ?? doneRef.current)?.focus();
  }, [lastStep, undoable]);

  useEffect(() => {
    // Graded at the foot of a long answer, on a phone: the next card starts above the screen, its
    // question under the header.
    if (!graded.current) return;
    graded.current = false;
    const card = cardRef.current;
    // Undone with Ctrl+Z, the card had the focus and keeps it as another card: taken anew, it is read out.
    if (undone.current && card && document.activeElement === card) card.blur();
    undone.current = false;
    // So does the Undo above it, of the grade just given or of the word taken out as known: a student who
    // pressed one by mistake looks for it there.
    const start = stepRef.current?.textContent ? stepRef.current : card;
    if (start && start.getBoundingClientRect().top < headerBottom()) start.scrollIntoView({ block: 'start' });
    // The grade button pressed is gone with its card: focus goes to the next card, whose question is then
    // read out, or to the note that all are done, or, where the last card was taken out, to its Undo, rather
    // than falling to the page.
    if (document.activeElement === document.body) (card ?? doneRef.current ?? undoRef.current)?.focus({ preventScroll: true });
  });

  const doneHadFocus = useRef(false);
  useEffect(() => {
    // A card due again (a minute after "Again") takes the place of the note that all are done: where that note
    // had focus, the card takes it, or focus would fall to the page without a word.
    if (!currentKey || !doneHadFocus.current) return;
    doneHadFocus.current = false;
    if (document.activeElement === document.body) cardRef.current?.focus({ preventScroll: true });
  }, [currentKey]);

  useEffect(() => {
    // Likewise the "Show answer" button: focus goes to the answer, which is then read out. So it does from
    // the card, where focus is after a grade: there Space showed the next answer without a word.
    const from = document.activeElement;
    const answerBox = answerRef.current;
    if (!revealed || !answerBox) return;
    if (from === document.body || from === cardRef.current) answerBox.focus({ preventScroll: true });
    // On a phone the answer opened at the screen's foot, its grades a screen below: they are brought up, as far
    // as the answer's top stays in sight.
    const overFoot = (gradesRef.current?.getBoundingClientRect().bottom ?? 0) + 16 - window.innerHeight;
    const roomAbove = answerBox.getBoundingClientRect().top - headerBottom() - 16;
    if (overFoot > 0 && roomAbove > 0) window.scrollBy(0, Math.min(overFoot, roomAbove));
  }, [revealed]);

  useEffect(() => {
    // Space shows the answer; 1–4 grade it, and Ctrl+Z (⌘Z) takes back the last grade or "I know it", as in Anki.
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      // The letter Z wherever the layout puts it (Ctrl+Y on a German keyboard is redo), or its place on an Arabic one.
      const undoKey = (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && shortcutKey(event) === 'z';
      if (undoable && undoKey && !event.repeat && !typesInto(target)) {
        event.preventDefault();
        undo();
        return;
      }
      if (!current || isForTyping(event)) return;
      const grade = grades[Number(shortcutKey(event)) - 1];
      // Space on a focused button or link is that control's own; a digit is no control's.
      const onControl = /^(BUTTON|A)$/.test(target.tagName);
      if (!revealed && event.key === ' ' && !onControl) {
        event.preventDefault();
        setRevealed(true);
      } else if (revealed && grade && singleKeys) {
        answer(grade);
      }
    }
    return listen(document, { keydown: onKey });
  });

  // Before the store is read it reads as empty: "no cards" would be said to a student with a deck.
  if (!hydrated || !loaded) return null;

  const lemma = current ? deck.lemmas[current.lemma]! : undefined;
  const word = current ? deck.words[current.word]! : undefined;
  const sentence = word ? deck.sentences[word.sentence]! : undefined;
  const preview = current ? nextDueByGrade(current.stored, now) : undefined;
  // The English gloss goes in its own element, not into the template's text, so that it keeps its
  // direction in the Arabic interface: "(adj.)" would otherwise lose its closing bracket to the far end.
  const [hintBefore, hintAfter = ''] = strings.recallHint.split('{gloss}');
  const [knownBefore, knownAfter = ''] = strings.knownDone.split('{word}');
  const knownCount = cards.length ? 0 : knownInArticle(deck, state);

  return (
    <div className="flashcards">
      <div className="toolbar" role="group" aria-label={strings.direction}>
        {reviewDirections.map((d) => (
          <button
            key={d}
            type="button"
            className="chip"
            aria-pressed={direction === d}
            // Said in words, those shown kept for voice control: a screen reader read "Arabic right arrow English".
            aria-label={strings[`${d}Name`]}
            onClick={() => {
              // The one already chosen keeps its session: the count of cards graded, and an answer shown.
              if (d !== direction) {
                flushSync(() => {
                  setDirection(d);
                  setRevealed(false);
                  setReviewed(0);
                  setLastStep(null);
                });
              }
              // The next step is the card's answer, or its grade. Left on the direction's button, Space would
              // only press that button again.
              (showAnswerRef.current ?? answerRef.current)?.focus();
            }}
          >
            {strings[d]}
          </button>
        ))}
      </div>
      <p className="mt-3 text-sm text-muted" role="status">
        {fill(strings.progress, { due: due.length, total: cards.length })}
      </p>

      {/* Its live region is in the page before it is filled, or the word taken out would not be heard. */}
      <div ref={stepRef} className={knownOut ? 'flashcard-step notice flex flex-wrap items-center gap-x-3 gap-y-2' : 'flashcard-step'}>
        <p role="status">
          {knownOut && (
            <>
              {knownBefore}
              <span lang="ar" dir="rtl" className="font-arabic">
                {deck.lemmas[knownOut.lemma]!.ar}
              </span>
              {knownAfter}
            </>
          )}
        </p>
        {undoable && (
          <button ref={undoRef} type="button" className="chip" aria-keyshortcuts="Control+Z Meta+Z" onClick={undo}>
            {knownOut ? strings.undo : strings.undoGrade}
          </button>
        )}
      </div>
      {/* Not beside the word just taken out: the deck it emptied is not one the student has yet to fill. */}
      {!cards.length && !knownOut && (
        <p className="notice">
          {knownCount ? (
            <>
              {fill(strings.allKnown, { count: knownCount })} <a href={knownHref} className="link">{strings.allKnownLink}</a>
            </>
          ) : (
            strings.empty
          )}
        </p>
      )}
      {cards.length > 0 && !current && nextDue && (
        <p ref={doneRef} tabIndex={-1} className="notice" onFocus={() => (doneHadFocus.current = true)} onBlur={() => (doneHadFocus.current = false)}>
          {fill(strings.done, { when: relative(nextDue, now, uiLocale) })}
        </p>
      )}

      {current && lemma && word && sentence && preview && (
        <section
          ref={cardRef}
          tabIndex={-1}
          className="flashcard"
          aria-label={fill(strings.card, { n: reviewed + 1, count: reviewed + due.length })}
          aria-describedby={`${id}-prompt`}
        >
          <p id={`${id}-prompt`} className="card-label">{direction === 'recognition' ? strings.recognitionPrompt : strings.recallPrompt}</p>
          <FlashcardSentence
            sentence={sentence}
            word={current.word}
            words={deck.words}
            blanked={direction === 'recall' && !revealed ? answerWords(deck, sentence, current) : new Set()}
            blank={{ label: strings.blank, lang: uiLocale }}
          />
          {direction === 'recall' && (
            <>
              <p lang="en" dir="ltr" className="flashcard-en">
                {sentence.en}
              </p>
              <p className="mt-2 text-sm">
                {hintBefore}
                <span lang="en" dir="ltr">
                  {word.gloss}
                </span>
                {hintAfter}
              </p>
            </>
          )}

          {revealed ? (
            <div
              ref={answerRef}
              tabIndex={-1}
              className="flashcard-back"
              aria-label={strings.answer}
              aria-describedby={`${id}-word ${id}-reading ${id}-meaning`}
              role="group"
            >
              <p id={`${id}-word`} lang="ar" dir="rtl" className="font-arabic text-4xl">
                {word.vocalized}
              </p>
              {/* Isolated in their own direction, aligned with the interface like the word above them. */}
              <p id={`${id}-reading`} className="italic">
                <span lang="ar-Latn" dir="ltr">
                  {word.translit}
                </span>
              </p>
              <p id={`${id}-meaning`} className="text-lg">
                <span lang="en" dir="ltr">
                  {word.gloss}
                </span>
              </p>
              <p className="text-sm text-muted">
                <span lang="ar" dir="rtl" className="font-arabic">
                  {lemma.ar}
                </span>
                {' · '}
                {posNames[lemma.pos] ?? lemma.pos}
                {lemma.root && (
                  <>
                    {' · '}
                    <span lang="ar" dir="rtl" className="font-arabic">
                      {lemma.root}
                    </span>
                  </>
                )}
              </p>
              {direction === 'recognition' && (
                <p lang="en" dir="ltr" className="flashcard-en">
                  {sentence.en}
                </p>
              )}
              <a href={wordUrl(articleHref, current.word)} className="link text-sm">
                <ParagraphPlace paragraph={sentence.paragraph} strings={strings} />
              </a>
              <p className="card-label mt-4">{strings.grade}</p>
              <div ref={gradesRef} className="grade-buttons">
                {grades.map((grade, i) => (
                  <button key={grade} type="button" className="chip" aria-keyshortcuts={singleKeys ? String(i + 1) : undefined} onClick={() => answer(grade)}>
                    {/* The key, shown as well as declared: a student reviewing many cards looks for it on the button. */}
                    <span>
                      {singleKeys && (
                        <kbd className="key-hint" aria-hidden="true">
                          {i + 1}
                        </kbd>
                      )}
                      {strings[grade]}
                    </span>{' '}
                    <span className="text-xs text-muted">{relative(preview[grade], now, uiLocale)}</span>
                  </button>
                ))}
              </div>
              <button type="button" className="chip mt-4 justify-self-start" onClick={markKnown}>
                {strings.knownOut}
              </button>
            </div>
          ) : (
            <button ref={showAnswerRef} type="button" className="chip mt-4" aria-keyshortcuts="Space" onClick={() => setRevealed(true)}>
              <kbd className="key-hint" aria-hidden="true">
                Space
              </kbd>
              {strings.showAnswer}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
