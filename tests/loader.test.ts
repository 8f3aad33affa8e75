import { cpSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cardImageName, shownText, withShownText } from '@/lib/content/card-image';
import { crc32 } from 'node:zlib';
import { wholeWordAt } from '@/lib/content/annotation';
import { loadLibrary } from '@/lib/content/loader';
import { contentWith, problemsOf, removeCopies, type Json } from './content-problems';

const fixture = path.join(import.meta.dirname, 'fixtures/content');
const articleDir = 'articles/sample-article';
const ARTICLE = `${articleDir}/article.json`;
const SOURCE = `${articleDir}/source.ar.txt`;
const WORDS1 = `${articleDir}/words/p01.json`;
const ENTITIES = `${articleDir}/entities.json`;
const LEXICON = 'lexicon.json';

afterEach(removeCopies);

describe('loadLibrary with valid content', () => {
  const article = loadLibrary(fixture).article('sample-article')!;

  it('derives paragraphs, anchors and sentence alignment', () => {
    expect(article.headline).toMatchObject({ n: 0, ar: 'عنوان تجريبي', en: 'A sample headline' });
    expect(article.paragraphs.map((p) => p.anchor)).toEqual(['p1', 'p2']);
    expect(article.paragraphs[0]).toMatchObject({
      ar: 'زار السوداني دمشق. وعاد منها.',
      en: 'Al-Sudani visited Damascus. He returned from it.',
    });
    expect(article.paragraphs[0]?.sentences[1]).toMatchObject({ index: 1, ar: 'وعاد منها.', en: 'He returned from it.' });
  });

  it('gives every word an id, its sentence and its lemma', () => {
    const tokens = article.paragraphs[0]!.tokens;
    expect(tokens.map((t) => `${t.id}:${t.sentence}:${t.lemma}`)).toEqual([
      'w1-1:0:zara',
      'w1-2:0:al-sudani',
      'w1-3:0:dimashq',
      'w1-4:1:3ada',
      'w1-5:1:min',
    ]);
    expect(tokens[4]).toMatchObject({ surface: 'منها', after: '.', vocalized: 'مِنْهَا', gloss: 'from it' });
    expect(article.annotated).toBe(true);
  });

  it('derives lemma occurrences and phrases', () => {
    expect(article.lemmas['zara']?.occurrences).toEqual(['w1-1']);
    expect(article.phrases['ph0-1']).toEqual({ id: 'ph0-1', paragraph: 0, tokens: ['w0-1', 'w0-2'], ar: 'عنوان تجريبي', gloss: 'a test headline' });
    expect(article.headline.tokens[0]?.phrases).toEqual(['ph0-1']);
  });

  it('places entity mentions on Arabic words and in the English sentence', () => {
    expect(article.paragraphs[0]!.tokens[1]!.entities).toEqual(['al-sudani']);
    expect(article.entities['damascus']?.mentions.map((m) => `${m.lang}:${m.anchor}`)).toEqual(['ar:w1-3', 'en:en1-4']);
    expect(article.paragraphs[0]!.sentences[0]!.englishRuns).toEqual([
      { text: 'Al-Sudani', entities: ['al-sudani'], mentions: ['en1-2'] },
      { text: ' visited ', entities: [], mentions: [] },
      { text: 'Damascus', entities: ['damascus'], mentions: ['en1-4'] },
      { text: '.', entities: [], mentions: [] },
    ]);
  });

  it('counts an English mention’s occurrences as words of their own: “Iraq” in “Iraqi” is not one', () => {
    const english = 'The Iraqi prime minister said that Iraq and Turkey face threats, and that Iraq’s efforts…';
    expect(wholeWordAt(english, 'Iraq', 1)).toBe(english.indexOf('Iraq and'));
    expect(wholeWordAt(english, 'Iraq', 2)).toBe(english.indexOf('Iraq’s'));
    expect(wholeWordAt(english, 'Iraq', 3)).toBe(-1);
    expect(wholeWordAt('Turkey-Iraq talks', 'Iraq', 1)).toBe(7);
  });

  it('lists a word’s entities outermost first in both languages, whatever order the file lists them in', () => {
    const root = contentWith({
      [ENTITIES]: (json) => {
        json.entities.push({
          id: 'visit', type: 'event', name: { ar: 'زيارة', en: 'the visit' }, translit: 'ziyārah',
          description: { ar: 'حدث في نص الاختبار.', en: 'An event in the test text.' },
        });
        json.mentions.push(
          { entity: 'visit', lang: 'ar', paragraph: 1, word: 1, words: 3, text: 'زار السوداني دمشق' },
          { entity: 'visit', lang: 'en', paragraph: 1, text: 'Al-Sudani visited Damascus' },
        );
      },
    });
    const loaded = loadLibrary(root).article('sample-article')!;
    const paragraph = loaded.paragraphs[0]!;
    expect(paragraph.tokens[1]!.entities).toEqual(['visit', 'al-sudani']);
    // Stepping to the Arabic mention marks all its words.
    expect(loaded.entities['visit']?.mentions.map((m) => m.words)).toEqual([['w1-1', 'w1-2', 'w1-3'], []]);
    expect(paragraph.sentences[0]!.englishRuns[0]).toMatchObject({ text: 'Al-Sudani', entities: ['visit', 'al-sudani'] });
    // Each run of the outer English mention carries its id, so a step to it marks all of it.
    const visit = loaded.entities['visit']!.mentions.find((m) => m.lang === 'en')!.anchor;
    expect(paragraph.sentences[0]!.englishRuns.filter((run) => run.mentions.includes(visit)).map((run) => run.text)).toEqual(['Al-Sudani', ' visited ', 'Damascus']);
  });

  it('puts English mentions in reading order, whatever order the file lists them in', () => {
    const root = contentWith({ [ENTITIES]: (e) => e.mentions.splice(1, 0, { entity: 'al-sudani', lang: 'en', paragraph: 1, text: 'He' }) });
    const mentions = loadLibrary(root).article('sample-article')!.entities['al-sudani']!.mentions;
    expect(mentions.filter((m) => m.lang === 'en').map((m) => m.text)).toEqual(['Al-Sudani', 'He']);
  });

  it('accepts a numeral written in Arabic-Indic digits', () => {
    const root = contentWith({
      [SOURCE]: 'عنوان تجريبي\nزار السوداني دمشق. وعاد منها.\nقال “إنه سعيد ٣.',
      [ARTICLE]: (a) => (a.paragraphs[1].sentences[0].ar = 'قال “إنه سعيد ٣.'),
      [`${articleDir}/words/p02.json`]: (w) => {
        delete w.tokens[2].after;
        w.tokens.push({ surface: '٣', after: '.', gloss: '3', numeral: true });
      },
    });
    expect(loadLibrary(root).article('sample-article')!.paragraphs[1]!.tokens[3]).toMatchObject({ surface: '٣', numeral: true, lemma: null });
  });

  it('takes only folders as articles: a file beside them (a Mac’s .DS_Store) is not one', () => {
    const root = contentWith({ 'articles/.DS_Store': 'Bud1' });
    expect(loadLibrary(root).articles.map((a) => a.slug)).toEqual(['sample-article']);
  });

  it('answers undefined for an unknown slug', () => {
    expect(loadLibrary(fixture).article('nope')).toBeUndefined();
  });
});

describe('loadLibrary with malformed content names the file, the path and the fault', () => {
  it.each([
    ['a missing translation', ARTICLE, (a: Json) => delete a.paragraphs[1].sentences[0].en, 'paragraphs[1].sentences[0].en: required'],
    ['an empty translation', ARTICLE, (a: Json) => (a.paragraphs[0].sentences[0].en = '  '), 'paragraphs[0].sentences[0].en: Too small'],
    ['a wrong type', ARTICLE, (a: Json) => (a.headline = 'text'), 'headline: Invalid input: expected object, received string'],
    ['an unknown field', ARTICLE, (a: Json) => (a.paragraphs[0].extra = 1), 'paragraphs[0]: unknown field "extra"'],
    ['a range of years written with a dash in Arabic we wrote', ARTICLE, (a: Json) => (a.source.ar = 'جرت في 2021–2022'), 'source.ar: writes a range of numbers with a dash'],
    ['a bad slug', ARTICLE, (a: Json) => (a.slug = 'Sample Article'), 'slug: must be lower-case words joined by hyphens'],
    ['a note on a missing paragraph', ARTICLE, (a: Json) => (a.notes[0].paragraph = 9), 'notes[0].paragraph: there is no paragraph 9'],
    ['no paragraphs', ARTICLE, (a: Json) => ((a.paragraphs = []), (a.notes = [])), 'paragraphs: Too small'],
    ['a headline unlike the source', ARTICLE, (a: Json) => (a.headline.ar = 'عنوان آخر'), 'headline.ar: differs from line 1 of'],
    [
      'an Arabic sentence changed by one character',
      ARTICLE,
      (a: Json) => (a.paragraphs[1].sentences[0].ar = 'قال "إنه سعيد.'),
      'paragraphs[1].sentences: the Arabic sentences do not rebuild line 3',
    ],
    ['a slug unlike its folder', ARTICLE, (a: Json) => (a.slug = 'other-article'), 'slug: "other-article" does not match its folder "sample-article"'],
    // Word annotation: each cross-check of the schema.
    ['tokens that do not rebuild the paragraph', WORDS1, (w: Json) => (w.tokens[2].after = '،'), 'tokens[2]: do not rebuild paragraph 1 from character 17: the paragraph has ". وعاد منها." (U+002E first) there, the tokens "، وعاد منها." (U+060C first)'],
    ['segments that do not spell the surface', WORDS1, (w: Json) => (w.tokens[3].segments[1].text = 'عود'), 'tokens[3].segments: segments spell "وعود", not the surface "وعاد"'],
    ['vocalized segments that do not read as the word', WORDS1, (w: Json) => (w.tokens[3].segments[0].vocalized = 'وَا'), 'tokens[3].segments: vocalized segments read "وَاعَادَ"'],
    ['two stems', WORDS1, (w: Json) => (w.tokens[4].segments[1].role = 'stem'), 'tokens[4].segments: needs exactly one stem, has 2'],
    ['a numeral flag that is not true', WORDS1, (w: Json) => (w.tokens[0].numeral = 'yes'), 'tokens[0].numeral: true for a numeral, or left out for a word'],
    ['a token without a lemma', WORDS1, (w: Json) => delete w.tokens[0].lemma, 'tokens[0].lemma: required'],
    ['a lemma not in the lexicon', WORDS1, (w: Json) => (w.tokens[0].lemma = 'nope'), 'tokens[0].lemma: no lemma "nope" in content/lexicon.json'],
    ['a lemma named like a property of every object', WORDS1, (w: Json) => (w.tokens[0].lemma = 'constructor'), 'tokens[0].lemma: no lemma "constructor" in content/lexicon.json'],
    [
      'a vocalization of another word',
      WORDS1,
      (w: Json) => (w.tokens[0].vocalized = 'زَارُوا'),
      'tokens[0].vocalized: "زَارُوا" without its diacritics is "زاروا", not the surface "زار"',
    ],
    ['a phrase past the last token', WORDS1, (w: Json) => w.phrases.push({ from: 4, to: 6, gloss: 'x' }), 'phrases[0].to: there are only 5 tokens'],
    [
      'overlapping phrases',
      WORDS1,
      (w: Json) => w.phrases.push({ from: 1, to: 3, gloss: 'x' }, { from: 3, to: 4, gloss: 'y' }),
      'phrases[1]: overlaps phrases[0] (tokens 1–3): a word is in one phrase at most',
    ],
    ['a file for another paragraph', WORDS1, (w: Json) => (w.paragraph = 2), 'paragraph: is 2, but this file is for paragraph 1'],
    // Lexicon.
    ['a duplicate lemma id', LEXICON, (l: Json) => (l.lemmas[2].id = '3unwan'), 'lemmas[2].id: duplicate id "3unwan"'],
    ['a lemma out of order', LEXICON, (l: Json) => l.lemmas.push(l.lemmas.shift()), 'lemmas[9].id: "3ada" is out of order: the lemmas are sorted by id, and it comes before "zara"'],
    ['a verb without its form', LEXICON, (l: Json) => delete l.lemmas[9].form, 'lemmas[9].form (id "zara"): required for a verb'],
    ['a malformed root', LEXICON, (l: Json) => (l.lemmas[1].root = 'عنو'), 'lemmas[1].root (id "3unwan"): must be three or four Arabic letters joined by "-"'],
    ['a transliteration with a look-alike of ʻayn', WORDS1, (w: Json) => (w.tokens[0].translit = 'ʿāda'), 'tokens[0].translit: writes ʻayn or hamza with a look-alike'],
    // Entities.
    ['an Arabic mention past the paragraph’s end', ENTITIES, (e: Json) => (e.mentions[0].word = 9), 'mentions[0]: "السوداني" is given at word 9, but paragraph 1 has 5 words'],
    ['an Arabic mention off its word', ENTITIES, (e: Json) => (e.mentions[0].word = 3), 'mentions[0]: "السوداني" is not at paragraph 1, word 3 (found "دمشق")'],
    ['an English mention not in the text', ENTITIES, (e: Json) => (e.mentions[1].text = 'Sudani visited Aleppo'), 'mentions[1]: "Sudani visited Aleppo" does not occur as a word of its own in the English of paragraph 1'],
    ['an English mention inside a word', ENTITIES, (e: Json) => (e.mentions[3].text = 'Damas'), 'mentions[3]: "Damas" does not occur as a word of its own in the English of paragraph 1'],
    ['an English mention across sentences', ENTITIES, (e: Json) => (e.mentions[3].text = 'Damascus. He'), 'mentions[3]: "Damascus. He" crosses a sentence boundary in paragraph 1'],
    ['an entity with no English mention', ENTITIES, (e: Json) => e.mentions.splice(3, 1), 'entities[1]: "damascus" has no English mention'],
    ['a duplicate entity id', ENTITIES, (e: Json) => (e.entities[1].id = 'al-sudani'), 'entities[1].id: duplicate id "al-sudani"'],
    ['a mention of an unknown entity', ENTITIES, (e: Json) => (e.mentions[0].entity = 'nobody'), 'mentions[0].entity: no entity "nobody"'],
    ['a nationality of an unknown country', ENTITIES, (e: Json) => (e.entities[0].country = 'atlantis'), 'entities[0].country (id "al-sudani"): no entity "atlantis"'],
    [
      'an Arabic mention that leaves out the punctuation between its words',
      ENTITIES,
      (e: Json) => Object.assign(e.mentions[2], { words: 2, text: 'دمشق وعاد' }),
      'mentions[2]: "دمشق وعاد" is not at paragraph 1, word 3 (found "دمشق. وعاد")',
    ],
    ['an Arabic mention across sentences', ENTITIES, (e: Json) => Object.assign(e.mentions[2], { words: 2, text: 'دمشق. وعاد' }), 'mentions[2]: "دمشق. وعاد" crosses a sentence boundary in paragraph 1'],
    ['a mention listed twice', ENTITIES, (e: Json) => e.mentions.push({ ...e.mentions[0] }), 'mentions[4]: "السوداني" is listed already, in the same place'],
  ])('%s', (_name, file, edit, expected) => {
    const problems = problemsOf(contentWith({ [file]: edit }));
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining(`${file}: ${expected}`)]));
  });

  it('a hyphen between numbers with no space beside it, which keeps them in one run, is not a range to write in words', () => {
    expect(() => loadLibrary(contentWith({ [ARTICLE]: (a: Json) => (a.source.ar = 'رقم القرار 2021-17') }))).not.toThrow();
    expect(problemsOf(contentWith({ [ARTICLE]: (a: Json) => (a.source.ar = 'جرت في 2021 -2022') }))).toEqual([
      expect.stringContaining(`${ARTICLE}: source.ar: writes a range of numbers with a dash`),
    ]);
  });

  it('between Arabic-Indic digits even an unspaced hyphen is a range to write in words, as it shows reversed', () => {
    expect(problemsOf(contentWith({ [ARTICLE]: (a: Json) => (a.source.ar = 'جرت في ٢٠٢١-٢٠٢٢') }))).toEqual([
      expect.stringContaining(`${ARTICLE}: source.ar: writes a range of numbers with a dash`),
    ]);
    expect(() => loadLibrary(contentWith({ [ARTICLE]: (a: Json) => (a.source.ar = 'جرت في عام ٢٠٢١') }))).not.toThrow();
  });

  it('an unreadable file is reported once, not again by every check that needs it', () => {
    // A lexicon with one wrong field would otherwise fail every word's lemma.
    expect(problemsOf(contentWith({ [LEXICON]: (l: Json) => (l.lemmas[1].root = ['ع', 'ن', 'و']) }))).toEqual([
      expect.stringContaining(`${LEXICON}: lemmas[1].root (id "3unwan"): `),
    ]);
    // A paragraph's unreadable words file would otherwise fail its Arabic mentions, which are right.
    expect(problemsOf(contentWith({ [WORDS1]: (w: Json) => (w.tokens[0].gloss = 42) }))).toEqual([
      expect.stringContaining(`${WORDS1}: tokens[0].gloss: `),
    ]);
  });

  it('a paragraph count that differs from the source', () => {
    const problems = problemsOf(contentWith({ [SOURCE]: 'عنوان تجريبي\nزار السوداني دمشق. وعاد منها.' }));
    expect(problems).toEqual([expect.stringContaining('paragraphs: has 2 paragraphs, but')]);
  });

  it('a source with Windows line endings, or a byte-order mark, says so', () => {
    const lines = ['عنوان تجريبي', 'زار السوداني دمشق. وعاد منها.', 'قال “إنه سعيد.'];
    expect(problemsOf(contentWith({ [SOURCE]: lines.join('\r\n') }))).toEqual(
      expect.arrayContaining([expect.stringContaining(`${SOURCE}: has Windows line endings (CRLF)`)]),
    );
    expect(problemsOf(contentWith({ [SOURCE]: `\uFEFF${lines.join('\n')}` }))).toEqual(
      expect.arrayContaining([expect.stringContaining(`${SOURCE}: starts with a byte-order mark`)]),
    );
  });

  it('a words file for no paragraph of the article', () => {
    const root = contentWith({});
    cpSync(path.join(root, WORDS1), path.join(root, articleDir, 'words/p03.json'));
    expect(problemsOf(root)).toEqual([expect.stringContaining(`${articleDir}/words/p03.json: names no paragraph of the article`)]);
  });

  it('invalid JSON, named by line and column where the parser gives its place, on one line', () => {
    expect(problemsOf(contentWith({ [ARTICLE]: '{\n  "slug": "sample-article",\n  headline: {}\n}' }))).toEqual([
      expect.stringMatching(new RegExp(`${ARTICLE}: not valid JSON \\(.* \\(line 3 column 3\\)\\)$`)),
    ]);
    const [problem] = problemsOf(contentWith({ [ARTICLE]: '{\n  "slug": [1,\n]\n}' }));
    expect(problem).toContain(`${ARTICLE}: not valid JSON (`);
    expect(problem).not.toContain('\n');
  });

  it('vocalized Arabic not in NFC, which compares unequal to the same text that is', () => {
    // A shaddah typed before its vowel: NFC puts the fatha first.
    const shaddahFirst = (text: string) => text.normalize('NFC').replace(/(\u064E)(\u0651)/g, '$2$1');
    expect(problemsOf(contentWith({ [LEXICON]: (l: Json) => (l.lemmas[1].ar = shaddahFirst('مُوَقَّت')) }))).toEqual([
      expect.stringContaining(`${LEXICON}: lemmas[1].ar (id "3unwan"): is not in Unicode NFC`),
    ]);
  });

  it('a missing paragraph annotation', () => {
    const root = contentWith({});
    rmSync(path.join(root, articleDir, 'words/p02.json'));
    expect(problemsOf(root)).toEqual([expect.stringContaining(`${articleDir}/words/p02.json: file is missing`)]);
  });
});

describe('the link preview pictures', () => {
  const headline = { ar: 'عنوان تجريبي', en: 'A sample headline' };
  const firstParagraph = { ar: 'زار السوداني دمشق. وعاد منها.', en: 'Al-Sudani visited Damascus. He returned from it.' };
  /** A PNG's signature and header, and the text the picture shows as `npm run cards` writes it: all the loader reads of it. */
  function png(width: number, height: number, shown: { ar: string; en: string } | null = headline): Buffer {
    const header = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header);
    header.writeUInt32BE(13, 8);
    header.write('IHDR', 12, 'latin1');
    header.writeUInt32BE(width, 16);
    header.writeUInt32BE(height, 20);
    return shown ? withShownText(header, shown) : header;
  }
  const withCards = (cards: Record<string, Buffer>) => {
    const root = contentWith({});
    for (const [name, bytes] of Object.entries(cards)) writeFileSync(path.join(root, articleDir, name), bytes);
    return root;
  };
  const withCard = (name: string, bytes: Buffer) => withCards({ [name]: bytes });

  it('are optional', () => {
    expect(loadLibrary(fixture).article('sample-article')!.cardImages.size).toBe(0);
  });

  it('are found, by the paragraph they show, when drawn for the current headline and paragraph text', () => {
    const headlineCard = cardImageName(headline);
    const paragraphCard = cardImageName(firstParagraph, 1);
    expect(paragraphCard).toMatch(/^card-p1-[0-9a-f]{12}\.png$/);
    // The paragraph's picture had room for its first sentence only.
    const firstSentence = { ar: 'زار السوداني دمشق. …', en: 'Al-Sudani visited Damascus. …' };
    const root = withCards({ [headlineCard]: png(1200, 630), [paragraphCard]: png(1200, 630, firstSentence) });
    const cards = loadLibrary(root).article('sample-article')!.cardImages;
    expect([...cards.keys()].sort()).toEqual([0, 1]);
    expect(cards.get(0)).toMatchObject({ name: headlineCard, shown: headline });
    expect(cards.get(1)).toMatchObject({ name: paragraphCard, shown: firstSentence });
  });

  it('that do not say the text they show, or say another, fail the build, naming the file', () => {
    const name = cardImageName(headline);
    const problem = `${articleDir}/${name}: does not say, in both languages, the text of its own that it shows (its Description); run \`npm run cards\``;
    expect(problemsOf(withCard(name, png(1200, 630, null)))).toEqual([expect.stringContaining(problem)]);
    expect(problemsOf(withCard(name, png(1200, 630, { ...headline, en: 'Another headline' })))).toEqual([expect.stringContaining(problem)]);
  });

  it('say their text as PNG readers expect it: an iTXt Description per language, each chunk checked', () => {
    const bytes = withShownText(png(1200, 630, null), { ar: 'زار دمشق.', en: 'He visited Damascus.' });
    const chunks: { type: string; data: Buffer; crcOk: boolean }[] = [];
    for (let at = 8; at < bytes.length; at += 12 + bytes.readUInt32BE(at)) {
      const length = bytes.readUInt32BE(at);
      const data = bytes.subarray(at + 8, at + 8 + length);
      chunks.push({ type: bytes.toString('latin1', at + 4, at + 8), data, crcOk: crc32(bytes.subarray(at + 4, at + 8 + length)) === bytes.readUInt32BE(at + 8 + length) });
    }
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'iTXt', 'iTXt']);
    // (The header made here has no checksum of its own.)
    expect(chunks.slice(1).every((chunk) => chunk.crcOk)).toBe(true);
    // Keyword, NUL, no compression (0, 0), the language tag, NUL, no translated keyword, NUL, then UTF-8 text.
    expect(chunks[1]!.data.toString('latin1', 0, 18)).toBe('Description\0\0\0ar\0\0');
    expect(chunks[1]!.data.subarray(18).toString('utf8')).toBe('زار دمشق.');
    expect(chunks[2]!.data.subarray(18).toString('utf8')).toBe('He visited Damascus.');

    expect(shownText(bytes)).toEqual({ ar: 'زار دمشق.', en: 'He visited Damascus.' });
    const damaged = Buffer.from(bytes);
    damaged.writeUInt8(damaged.readUInt8(8 + 25 + 8 + 20) ^ 1, 8 + 25 + 8 + 20);
    expect(shownText(damaged)).toBeNull();
    expect(shownText(bytes.subarray(0, bytes.length - 10))).toBeNull();
    expect(shownText(png(1200, 630, null))).toBeNull();
  });

  it('drawn for an older text of a paragraph fails the build, naming the file and the paragraph', () => {
    const stale = cardImageName({ ...firstParagraph, en: 'Al-Sudani went to Damascus. He came back.' }, 1);
    expect(problemsOf(withCard(stale, png(1200, 630)))).toEqual([
      expect.stringContaining(`${articleDir}/${stale}: shows another text for paragraph 1 than article.json's; run \`npm run cards\``),
    ]);
  });

  it('drawn for another headline fails the build, naming the file', () => {
    const stale = cardImageName({ ...headline, en: 'An older headline' });
    expect(problemsOf(withCard(stale, png(1200, 630)))).toEqual([
      expect.stringContaining(`${articleDir}/${stale}: shows another headline than article.json's; run \`npm run cards\``),
    ]);
  });

  it('of another size, or not a PNG, fails the build', () => {
    const name = cardImageName(headline);
    expect(problemsOf(withCard(name, png(600, 600)))).toEqual([expect.stringContaining(`${name}: must be a 1200×630 PNG`)]);
    expect(problemsOf(withCard(name, Buffer.from('<svg/>')))).toEqual([expect.stringContaining(`${name}: must be a 1200×630 PNG`)]);
  });
});
