import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '@/lib/content/loader';
import { lemmaSchema, lexiconFileSchema, type Lemma } from '@/lib/content/schema';
import { contentWith, problemsOf, removeCopies, type Json } from './content-problems';

/*
 * The `pattern` (wazn) of a lemma is checked by rebuilding the word: put the root's radicals in place of
 * ف ع ل (ل ل) and the citation form must come back, letter for letter (diacritics and tanwin aside), and in
 * fact vowel for vowel. That holds for every sound root, and for weak ones whose weak letter stays put. Where a weak letter, a hamza or a doubled radical changes the surface
 * (قَالَ is قَوَلَ underneath), the rebuilt word is the underlying form, and the lemma is listed in
 * `exceptions` below with that underlying form and the change that hides it.
 */

const lexicon: Lemma[] = lexiconFileSchema.parse(JSON.parse(readFileSync(path.resolve('content/lexicon.json'), 'utf8'))).lemmas;
const withPattern = lexicon.filter((lemma): lemma is Lemma & { root: string; pattern: string } => lemma.pattern !== undefined);

const nfc = (text: string) => text.normalize('NFC');

/** Puts the radicals of `root` in place of ف ع ل (and the second ل of a four-letter root). */
function fill(pattern: string, root: string): string {
  const [f, a, l, l2] = root.split('-');
  let lams = 0;
  return [...pattern].map((c) => (c === 'ف' ? f : c === 'ع' ? a : c === 'ل' ? (lams++ === 0 ? l : (l2 ?? l)) : c)).join('');
}

/** The letters only: no diacritics, and no alif written to carry tanwin al-fath (مُؤَخَّرًا → مؤخر). */
function letters(text: string): string {
  return text.replace(/\u064B\u0627$/, '').replace(/[\u064B-\u0652\u0670\u0640]/g, '');
}

const weakLetters = /[وي]/;
const hamzas = /[ءأإآؤئ]/;
const radicals = (root: string) => root.split('-');
const isSoundRoot = (root: string) => !weakLetters.test(root) && !hamzas.test(root);
const isDoubledRoot = (root: string) => radicals(root)[1] === radicals(root)[2];

type Exception = {
  pattern: string;
  /** The pattern filled with the radicals, before the change: exactly what `fill` gives. */
  underlying: string;
  /** What hides the pattern: a weak radical (و/ي), the spelling of a hamza, two identical radicals merging, or assimilation. */
  kind: 'weak' | 'hamza' | 'doubled' | 'assimilation';
  why: string;
};

/** Every lemma whose citation form is not its pattern filled with its radicals, and why. */
const exceptions: Record<string, Exception> = {
  // Weak radicals (و, ي): قلب to alif or ya, the vowel moving off a weak letter, final ya dropped before tanwin.
  '3am': { pattern: 'فَعَل', underlying: 'عَوَم', kind: 'weak', why: 'و between two fathas becomes alif' },
  '3anaa': { pattern: 'فَاعَلَ', underlying: 'عَانَيَ', kind: 'weak', why: 'final ي after fatha becomes alif maqsura' },
  adafa: { pattern: 'أَفْعَلَ', underlying: 'أَضْيَفَ', kind: 'weak', why: 'the fatha of ي moves to ض and ي becomes alif' },
  anhaa: { pattern: 'أَفْعَلَ', underlying: 'أَنْهَيَ', kind: 'weak', why: 'final ي after fatha becomes alif maqsura' },
  da2ir: { pattern: 'فَاعِل', underlying: 'دَاوِر', kind: 'weak', why: 'the و after the alif of فَاعِل becomes hamza' },
  fa2it: { pattern: 'فَاعِل', underlying: 'فَاوِت', kind: 'weak', why: 'the و after the alif of فَاعِل becomes hamza' },
  idara: { pattern: 'إِفْعَال', underlying: 'إِدْوَار', kind: 'weak', why: 'the fatha of و moves to د and و drops; ة is added in its place' },
  ijad: { pattern: 'إِفْعَال', underlying: 'إِوْجَاد', kind: 'weak', why: 'و with sukun after kasra becomes ي' },
  iltaqaa: { pattern: 'اِفْتَعَلَ', underlying: 'اِلْتَقَيَ', kind: 'weak', why: 'final ي after fatha becomes alif maqsura' },
  inha2: { pattern: 'إِفْعَال', underlying: 'إِنْهَاي', kind: 'weak', why: 'final ي after an added alif becomes hamza' },
  ishara: { pattern: 'إِفْعَال', underlying: 'إِشْوَار', kind: 'weak', why: 'the fatha of و moves to ش and و drops; ة is added in its place' },
  isti3ada: { pattern: 'اِسْتِفْعَال', underlying: 'اِسْتِعْوَاد', kind: 'weak', why: 'the fatha of و moves to ع and و drops; ة is added in its place' },
  itaha: { pattern: 'إِفْعَال', underlying: 'إِطْوَاح', kind: 'weak', why: 'the fatha of و moves to ط and و drops; ة is added in its place' },
  kana: { pattern: 'فَعَلَ', underlying: 'كَوَنَ', kind: 'weak', why: 'و between two fathas becomes alif' },
  khaliyya: { pattern: 'فَعِيلَة', underlying: 'خَلِيوَة', kind: 'weak', why: 'و after the ي of فَعِيلَة becomes ي and merges with it' },
  liqa2: { pattern: 'فِعَال', underlying: 'لِقَاي', kind: 'weak', why: 'final ي after an added alif becomes hamza' },
  madin: { pattern: 'فَاعِل', underlying: 'مَاضِي', kind: 'weak', why: 'final ي drops before tanwin (اسم منقوص): مَاضٍ, but الْمَاضِي' },
  majal: { pattern: 'مَفْعَل', underlying: 'مَجْوَل', kind: 'weak', why: 'the fatha of و moves to ج and و becomes alif' },
  mu3ana: { pattern: 'مُفَاعَلَة', underlying: 'مُعَانَيَة', kind: 'weak', why: 'ي after fatha becomes alif, written ا before ة' },
  muntadana: { pattern: 'مُفْتَعَل', underlying: 'مُنْتَدَو', kind: 'weak', why: 'final و after fatha becomes alif maqsura: مُنْتَدًى (اسم مقصور)' },
  mustawana: { pattern: 'مُفْتَعَل', underlying: 'مُسْتَوَي', kind: 'weak', why: 'final ي after fatha becomes alif maqsura: مُسْتَوًى (اسم مقصور)' },
  na2ib: { pattern: 'فَاعِل', underlying: 'نَاوِب', kind: 'weak', why: 'the و after the alif of فَاعِل becomes hamza' },
  nama2: { pattern: 'فَعَال', underlying: 'نَمَاو', kind: 'weak', why: 'final و after an added alif becomes hamza' },
  qadiyya: { pattern: 'فَعِيلَة', underlying: 'قَضِييَة', kind: 'weak', why: 'the ي of فَعِيلَة merges with the radical ي' },
  qana: { pattern: 'فَعَلَة', underlying: 'قَنَوَة', kind: 'weak', why: 'و between two fathas becomes alif' },
  qawi: { pattern: 'فَعِيل', underlying: 'قَوِيي', kind: 'weak', why: 'the ي of فَعِيل merges with the radical ي' },
  qiyada: { pattern: 'فِعَالَة', underlying: 'قِوَادَة', kind: 'weak', why: 'و after kasra in the masdar of a hollow verb becomes ي' },
  ra2aa: { pattern: 'فَعَلَ', underlying: 'رَأَيَ', kind: 'weak', why: 'final ي after fatha becomes alif maqsura' },
  sha2a: { pattern: 'فَعِلَ', underlying: 'شَيِأَ', kind: 'weak', why: 'ي with kasra after fatha becomes alif, and the hamza after it sits on the line: شَاءَ, imperfect يَشَاءُ as in خَافَ يَخَافُ' },
  sa3aa: { pattern: 'فَعَلَ', underlying: 'سَعَيَ', kind: 'weak', why: 'final ي after fatha becomes alif maqsura' },
  tabaninn: { pattern: 'تَفَعُّل', underlying: 'تَبَنُّي', kind: 'weak', why: 'the damma before final ي becomes kasra, and ي drops before tanwin: تَبَنٍّ' },
  tahadinn: { pattern: 'تَفَعُّل', underlying: 'تَحَدُّو', kind: 'weak', why: 'final و becomes ي, the damma before it kasra, and ي drops before tanwin: تَحَدٍّ' },
  tasadinn: { pattern: 'تَفَعُّل', underlying: 'تَصَدُّي', kind: 'weak', why: 'the damma before final ي becomes kasra, and ي drops before tanwin: تَصَدٍّ' },
  tanmiya: { pattern: 'تَفْعِلَة', underlying: 'تَنْمِوَة', kind: 'weak', why: 'و after kasra becomes ي' },
  tayyib: { pattern: 'فَيْعِل', underlying: 'طَيْيِب', kind: 'weak', why: 'the added ي of فَيْعِل merges with the radical ي (the Basran analysis, as taught)' },
  thuna2i: { pattern: 'فُعَالِيّ', underlying: 'ثُنَايِيّ', kind: 'weak', why: 'ي after an added alif becomes hamza' },
  zada: { pattern: 'فَعَلَ', underlying: 'زَيَدَ', kind: 'weak', why: 'ي between two fathas becomes alif' },
  zara: { pattern: 'فَعَلَ', underlying: 'زَوَرَ', kind: 'weak', why: 'و between two fathas becomes alif' },
  ziyara: { pattern: 'فِعَالَة', underlying: 'زِوَارَة', kind: 'weak', why: 'و after kasra in the masdar of a hollow verb becomes ي' },

  // Hamza: the letter is the same radical, written on another seat, or with a following alif as آ.
  akhar: { pattern: 'أَفْعَل', underlying: 'أَأْخَر', kind: 'hamza', why: 'a second hamza with sukun after hamza with fatha becomes ā: آ' },
  akhir: { pattern: 'فَاعِل', underlying: 'أَاخِر', kind: 'hamza', why: 'hamza followed by long ā is written آ' },
  asira: { pattern: 'فَاعِلَة', underlying: 'أَاصِرَة', kind: 'hamza', why: 'hamza followed by long ā is written آ' },
  fu2ad: { pattern: 'فُعَال', underlying: 'فُأَاد', kind: 'hamza', why: 'hamza with fatha after damma is written on و' },
  juz2: { pattern: 'فُعْل', underlying: 'جُزْأ', kind: 'hamza', why: 'final hamza after sukun is written on the line' },
  mas2ul: { pattern: 'مَفْعُول', underlying: 'مَسْأُول', kind: 'hamza', why: 'hamza with damma is written on و' },
  mu2akhkharana: { pattern: 'مُفَعَّل', underlying: 'مُأَخَّر', kind: 'hamza', why: 'hamza with fatha after damma is written on و; the adverb is its accusative مُؤَخَّرًا' },
  ra2is: { pattern: 'فَعِيل', underlying: 'رَأِيس', kind: 'hamza', why: 'hamza with kasra is written on ي' },
  isti2naf: { pattern: 'اِسْتِفْعَال', underlying: 'اِسْتِأْنَاف', kind: 'hamza', why: 'hamza with sukun after kasra is written on ي' },

  // Doubled roots: two identical radicals merge (إدغام); the pattern is weighed with them apart.
  ahammiyya: { pattern: 'أَفْعَلِيَّة', underlying: 'أَهْمَمِيَّة', kind: 'doubled', why: 'from أَهَمّ (أَفْعَل): the two م merge' },
  fall: { pattern: 'فَعْل', underlying: 'فَلْل', kind: 'doubled', why: 'the two ل merge' },
  hadd: { pattern: 'فَعْل', underlying: 'حَدْد', kind: 'doubled', why: 'the two د merge' },
  hall: { pattern: 'فَعْل', underlying: 'حَلْل', kind: 'doubled', why: 'the two ل merge' },
  istamarra: { pattern: 'اِسْتَفْعَلَ', underlying: 'اِسْتَمْرَرَ', kind: 'doubled', why: 'the fatha of the first ر moves to م and the two ر merge' },
  kaffa: { pattern: 'فَاعِلَة', underlying: 'كَافِفَة', kind: 'doubled', why: 'the two ف merge' },
  khassaan: { pattern: 'فَاعِلَة', underlying: 'خَاصِصَة', kind: 'doubled', why: 'the two ص merge; the adverb is its accusative خَاصَّةً' },
  mukhtass: { pattern: 'مُفْتَعِل', underlying: 'مُخْتَصِص', kind: 'doubled', why: 'the two ص merge, hiding the kasra of the active participle ("specialist")' },
  tamma: { pattern: 'فَعَلَ', underlying: 'تَمَمَ', kind: 'doubled', why: 'the two م merge' },

  // Assimilation: a letter takes on its neighbour.
  ittafaqa: { pattern: 'اِفْتَعَلَ', underlying: 'اِوْتَفَقَ', kind: 'assimilation', why: 'the radical و becomes ت and merges with the ت of اِفْتَعَلَ' },
  ittifaq: { pattern: 'اِفْتِعَال', underlying: 'اِوْتِفَاق', kind: 'assimilation', why: 'the radical و becomes ت and merges with the ت of اِفْتِعَال' },
  ittisal: { pattern: 'اِفْتِعَال', underlying: 'اِوْتِصَال', kind: 'assimilation', why: 'the radical و becomes ت and merges with the ت of اِفْتِعَال' },
  sitta: { pattern: 'فِعْلَة', underlying: 'سِدْسَة', kind: 'assimilation', why: 'سِدْسَة → سِدْتَة → سِتَّة: the second س becomes ت and د assimilates to it' },
};

describe('lexicon patterns rebuild their lemma', () => {
  it('some lemmas have a pattern, and every exception is one of them', () => {
    expect(withPattern.length).toBeGreaterThan(200);
    const ids = new Set(withPattern.map((lemma) => lemma.id));
    expect(Object.keys(exceptions).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('every other pattern, filled with its radicals, gives back the citation form', () => {
    const wrong = withPattern
      .filter((lemma) => !(lemma.id in exceptions))
      .map((lemma) => ({ id: lemma.id, ar: lemma.ar, pattern: lemma.pattern, filled: fill(lemma.pattern, lemma.root) }))
      .filter(({ ar, filled }) => letters(filled) !== letters(ar));
    expect(wrong).toEqual([]);
  });

  it('and, stricter, with every vowel, sukun and shadda of the citation form', () => {
    const wrong = withPattern
      .filter((lemma) => !(lemma.id in exceptions))
      .map((lemma) => ({ id: lemma.id, ar: lemma.ar, pattern: lemma.pattern, filled: fill(lemma.pattern, lemma.root) }))
      .filter(({ ar, filled }) => nfc(filled) !== nfc(ar));
    expect(wrong).toEqual([]);
  });

  it('a sound root is never an exception, except where a letter assimilates or two identical radicals merge', () => {
    const sound = Object.entries(exceptions).filter(([id]) => isSoundRoot(withPattern.find((lemma) => lemma.id === id)!.root));
    expect(sound.filter(([, e]) => e.kind !== 'assimilation' && e.kind !== 'doubled')).toEqual([]);
  });

  it.each(Object.entries(exceptions))('%s: the lexicon has the expected pattern, which gives the underlying form', (id, exception) => {
    const lemma = withPattern.find((l) => l.id === id)!;
    expect(lemma.pattern).toBe(nfc(exception.pattern));
    expect(nfc(fill(lemma.pattern, lemma.root))).toBe(nfc(exception.underlying));
    // It is an exception: the surface really differs from the underlying form.
    expect(letters(exception.underlying)).not.toBe(letters(lemma.ar));
    // Its kind is borne out by the root.
    if (exception.kind === 'weak') expect(lemma.root).toMatch(weakLetters);
    if (exception.kind === 'hamza') expect(lemma.root).toMatch(hamzas);
    if (exception.kind === 'doubled') expect(isDoubledRoot(lemma.root)).toBe(true);
  });
});

/* ---------- Patterns agree with the verb form ---------- */

const verbPatterns: Record<string, string[]> = {
  I: ['فَعَلَ', 'فَعِلَ', 'فَعُلَ'],
  II: ['فَعَّلَ'],
  III: ['فَاعَلَ'],
  IV: ['أَفْعَلَ'],
  V: ['تَفَعَّلَ'],
  VI: ['تَفَاعَلَ'],
  VII: ['اِنْفَعَلَ'],
  VIII: ['اِفْتَعَلَ'],
  IX: ['اِفْعَلَّ'],
  X: ['اِسْتَفْعَلَ'],
  Iq: ['فَعْلَلَ', 'فَيْعَلَ', 'فَوْعَلَ'],
};

/** Masdars and participles of the derived forms, without ة (مُفَاعَلَة → مُفَاعَل, تَفْعِلَة → تَفْعِل). */
const nounPatterns: Record<string, string[]> = {
  II: ['تَفْعِيل', 'تَفْعِل', 'مُفَعِّل', 'مُفَعَّل'],
  III: ['مُفَاعَل', 'فِعَال', 'مُفَاعِل'],
  IV: ['إِفْعَال', 'مُفْعِل', 'مُفْعَل'],
  V: ['تَفَعُّل', 'مُتَفَعِّل', 'مُتَفَعَّل'],
  VI: ['تَفَاعُل', 'مُتَفَاعِل', 'مُتَفَاعَل'],
  VII: ['اِنْفِعَال', 'مُنْفَعِل', 'مُنْفَعَل'],
  VIII: ['اِفْتِعَال', 'مُفْتَعِل', 'مُفْتَعَل'],
  IX: ['اِفْعِلَال', 'مُفْعَلّ'],
  X: ['اِسْتِفْعَال', 'مُسْتَفْعِل', 'مُسْتَفْعَل'],
};

const suffixes = ['ِيَّة', 'ِيّ', 'َات', 'َة'].map(nfc);

/** The stem of a pattern without ة, the nisba ending or the feminine plural: اِسْتِفْعَالَاتِيّ → اِسْتِفْعَال. */
function stem(pattern: string): string {
  const suffix = suffixes.find((s) => pattern.endsWith(s));
  return suffix ? stem(pattern.slice(0, -suffix.length)) : pattern;
}

describe('lexicon patterns agree with the form', () => {
  it('a verb has the pattern of its form', () => {
    const wrong = withPattern
      .filter((lemma) => lemma.pos === 'verb')
      .filter((lemma) => !verbPatterns[lemma.form!]!.map(nfc).includes(lemma.pattern))
      .map((lemma) => `${lemma.id} (form ${lemma.form}): ${lemma.pattern}`);
    expect(wrong).toEqual([]);
  });

  it('a masdar or participle of a derived form has a pattern of that form', () => {
    const wrong = withPattern
      .filter((lemma) => lemma.pos !== 'verb' && lemma.form && lemma.form !== 'I')
      .filter((lemma) => !nounPatterns[lemma.form!]!.map(nfc).includes(stem(lemma.pattern)))
      .map((lemma) => `${lemma.id} (form ${lemma.form}): ${lemma.pattern}`);
    expect(wrong).toEqual([]);
  });

  it('a noun of form I has none of the derived forms’ patterns', () => {
    const derived = new Set(Object.values(nounPatterns).flat().map(nfc));
    const wrong = withPattern.filter((lemma) => lemma.pos !== 'verb' && lemma.form === 'I' && derived.has(stem(lemma.pattern)));
    expect(wrong.map((lemma) => lemma.id)).toEqual([]);
  });
});

/* ---------- The schema ---------- */

describe('the lexicon schema for pattern', () => {
  const lemma = { id: 'muwajaha', ar: 'مُوَاجَهَة', root: 'و-ج-ه', pos: 'noun', form: 'III', meanings: ['confrontation'] };
  const issues = (edit: Record<string, unknown>) => {
    const result = lemmaSchema.safeParse({ ...lemma, ...edit });
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a pattern on a lemma with a root, and no pattern at all', () => {
    expect(issues({ pattern: 'مُفَاعَلَة' })).toEqual([]);
    expect(issues({})).toEqual([]);
    expect(issues({ id: '3unsur', ar: 'عُنْصُر', root: 'ع-ن-ص-ر', form: undefined, pattern: 'فُعْلُل' })).toEqual([]);
  });

  it('rejects a pattern on a lemma without a root', () => {
    expect(issues({ id: 'bikin', ar: 'بِكِين', root: null, pos: 'proper-noun', form: undefined, pattern: 'فِعِيل' })).toEqual([
      'pattern: a lemma without a root has no pattern',
    ]);
  });

  it.each([
    ['without ف ع ل', 'مُوَاجَهَة'],
    ['with the radicals out of order', 'لَعَف'],
    ['with ف twice', 'فَفَعَل'],
    ['with only ف and ع', 'فَاعٍ'],
  ])('rejects a pattern %s', (_name, pattern) => {
    expect(issues({ pattern })).toEqual([expect.stringMatching(/^pattern: must have the radicals ف, ع and ل in that order/)]);
  });

  it.each([
    ['in Latin letters', 'mufaʻala'],
    ['with tatweel', 'مُفَاعَـلَة'],
    ['with a space', 'مُفَاعَلَة '],
  ])('rejects a pattern %s', (_name, pattern) => {
    expect(issues({ pattern })).toContain('pattern: must be Arabic letters and diacritics only, like مُفَاعَلَة');
  });

  it('rejects a three-radical pattern for a four-letter root', () => {
    expect(issues({ id: '3unsur', ar: 'عُنْصُر', root: 'ع-ن-ص-ر', form: undefined, pattern: 'فُعْل' })).toEqual([
      'pattern: the root ع-ن-ص-ر has four letters, so the pattern needs ف ع ل ل',
    ]);
  });
});

describe('the loader and pattern', () => {
  afterAll(removeCopies);

  const contentWithLexicon = (edit: (lemmas: Json[]) => void) => contentWith({ 'lexicon.json': (json) => edit(json.lemmas) });

  it('passes a pattern through to the lexicon and the article lemmas', () => {
    const library = loadLibrary(contentWithLexicon((lemmas) => (lemmas.find((l) => l.id === 'zara')!.pattern = 'فَعَلَ')));
    expect(library.lexicon['zara']?.pattern).toBe('فَعَلَ');
    expect(library.article('sample-article')?.lemmas['zara']?.pattern).toBe('فَعَلَ');
    expect(library.lexicon['3ada']?.pattern).toBeUndefined();
  });

  it('names the file, the lemma and the fault for a pattern on a lemma without a root', () => {
    const problems = problemsOf(contentWithLexicon((lemmas) => (lemmas[2]!.pattern = 'فُعْلَانِيّ')));
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/lexicon\.json: lemmas\[2\]\.pattern \(id "al-sudani"\): a lemma without a root has no pattern$/)]),
    );
  });
});
