import { z } from 'zod';
import { entityTypes } from '../entity-types';

/**
 * The content contract. Every file under content/ is parsed with these schemas;
 * the JSON Schemas in content/schema/ are generated from them (npm run schema).
 */

const text = z.string().trim().min(1);

/**
 * ALA-LC romanization, with ʻayn as ʻ (U+02BB) and hamza as ʼ (U+02BC): the look-alikes (ʿ ʾ ' ’) would
 * read the same on screen and differ in search and in export.
 */
const translitText = text.refine((value) => !/[ʿʾ'’‘`]/.test(value), {
  message: 'writes ʻayn or hamza with a look-alike: ʻayn is ʻ (U+02BB), hamza ʼ (U+02BC)',
});

/**
 * Vocalized Arabic, in Unicode NFC (a vowel before its shaddah): the loader compares vocalized forms letter for
 * letter, and the same marks typed in another order look the same on screen but compare unequal.
 */
const vocalizedText = text.refine((value) => value === value.normalize('NFC'), {
  message: 'is not in Unicode NFC (its marks are in another order, such as a shaddah before its vowel): write it as .normalize("NFC") gives it',
});

/**
 * Arabic that we write (notes, descriptions), not the source's. A range of numbers joined by a dash shows
 * reversed in a right-to-left line ("2021–2022" as 2022–2021), which readers take either way. A hyphen with no
 * space beside it is left alone between Western digits: it holds them in one left-to-right run ("2021-2022").
 * Between Arabic-Indic digits it does not (the bidi algorithm joins only European numbers), so any dash is refused.
 */
const arabicProse = text.refine((value) => !/[0-9](?:\s*[–—]|\s+-|-\s+)\s*[0-9]|[٠-٩]\s*[–—-]\s*[٠-٩]/.test(value), {
  message: 'writes a range of numbers with a dash, which shows reversed in a right-to-left line ("2021–2022" as 2022–2021) and reads either way: write it in words (بين عامي 2021 و2022)',
});

/** Lower-case letters and digits in hyphen-joined runs: safe in a path, a fragment and a file name as it is. */
const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slugSchema = z.string().regex(kebabCase, 'must be lower-case words joined by hyphens');

const bilingualSchema = z
  .object({ ar: arabicProse.describe('Arabic'), en: text.describe('English') })
  .strict();

const sentenceSchema = z
  .object({
    ar: text.describe('The Arabic sentence, exactly as in source.ar.txt'),
    en: text.describe('Its English translation: this pair is the sentence alignment'),
  })
  .strict();

const paragraphSchema = z
  .object({
    sentences: z.array(sentenceSchema).min(1).describe('Joined with single spaces, the Arabic sentences rebuild the paragraph'),
  })
  .strict();

const noteSchema = z
  .object({
    paragraph: z.int().min(0).describe('0 for the headline, else the body paragraph number'),
    ar: arabicProse,
    en: text,
  })
  .strict()
  .describe('Where the source itself is defective or ambiguous, and what the translation did about it');

export const articleFileSchema = z
  .object({
    $schema: z.string().optional(),
    slug: slugSchema,
    headline: sentenceSchema.describe('The headline and its translation; it is the page title'),
    source: bilingualSchema.describe('Notes on where the text comes from'),
    notes: z.array(noteSchema),
    paragraphs: z.array(paragraphSchema).min(1).describe('Body paragraphs 1…n in order'),
  })
  .strict()
  .superRefine((article, ctx) => {
    article.notes.forEach((note, i) => {
      if (note.paragraph > article.paragraphs.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['notes', i, 'paragraph'],
          message: `there is no paragraph ${note.paragraph}`,
        });
      }
    });
  });

export type ArticleFile = z.infer<typeof articleFileSchema>;

/* ---------- Word annotation, lexicon and entities ---------- */

const arabicDiacritics = /[\u064B-\u0652\u0670\u0640]/g;

/** Compares Arabic spellings the way a reader of unvocalized text does: without diacritics or tatweel, any alef the same. */
export function bareArabic(text: string): string {
  return text.replace(arabicDiacritics, '').replace(/[أإآٱ]/g, 'ا');
}

const idSchema = z.string().regex(kebabCase, 'must be lower-case letters and digits joined by hyphens');

export const partsOfSpeech = [
  'noun',
  'proper-noun',
  'adjective',
  'verb',
  'adverb',
  'preposition',
  'conjunction',
  'particle',
  'pronoun',
  'demonstrative',
  'relative',
  'numeral',
] as const;
/** I–X, and Iq for a quadriliteral verb or one built like one (سَيْطَرَ, فَيْعَلَ). */
export const verbForms = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'Iq'] as const;

/**
 * A morphological pattern (wazn): vocalized Arabic in which the radicals are ف ع ل (ف ع ل ل for a four-letter
 * root) and every augment is written as itself, like مُفَاعَلَة or اِسْتِفْعَال. Augments never include ف or ع,
 * so those occur once; ل occurs once, or twice for a four-letter root.
 */
const patternSchema = z
  .string()
  .regex(/^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670]+$/, 'must be Arabic letters and diacritics only, like مُفَاعَلَة')
  .regex(
    /^[^فعل]*ف[^فعل]*ع[^فعل]*ل(?:[^فعل]*ل)?[^فعل]*$/,
    'must have the radicals ف, ع and ل in that order (ف ع ل ل for a four-letter root), like مُفَاعَلَة',
  );

export const lemmaSchema = z
  .object({
    id: idSchema,
    ar: vocalizedText.describe('Vocalized dictionary form: perfect 3rd person masculine singular for verbs, singular for nouns'),
    root: z
      .string()
      .regex(/^[\u0621-\u064A](?:-[\u0621-\u064A]){2,3}$/, 'must be three or four Arabic letters joined by "-", like ر-ه-ب')
      .nullable()
      .describe('null for particles, pronouns and foreign names'),
    pos: z.enum(partsOfSpeech),
    form: z.enum(verbForms).optional().describe('Verb form I–X or Iq (quadriliteral); also given for masdars and participles of derived forms'),
    pattern: patternSchema
      .optional()
      .describe('Morphological pattern (wazn) of the underlying form, with ف ع ل as radicals: مُوَاجَهَة → مُفَاعَلَة, قَالَ → فَعَلَ; only with a root'),
    plural: vocalizedText.optional().describe('Vocalized broken plural, where there is one'),
    meanings: z.array(text).min(1).describe('General meanings in English'),
    note: text
      .optional()
      .describe('What a student would not see from the other fields, e.g. why a three-letter root takes a four-letter form'),
  })
  .strict()
  .superRefine((lemma, ctx) => {
    if (lemma.pos === 'verb' && !lemma.form) ctx.addIssue({ code: 'custom', path: ['form'], message: 'required for a verb' });
    if (lemma.pattern !== undefined) {
      if (!lemma.root) {
        ctx.addIssue({ code: 'custom', path: ['pattern'], message: 'a lemma without a root has no pattern' });
      } else if (lemma.root.split('-').length === 4 && lemma.pattern.split('ل').length !== 3) {
        ctx.addIssue({ code: 'custom', path: ['pattern'], message: `the root ${lemma.root} has four letters, so the pattern needs ف ع ل ل` });
      }
    }
  });

function uniqueIds(items: { id: string }[], path: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
}

export const lexiconFileSchema = z
  .object({ $schema: z.string().optional(), lemmas: z.array(lemmaSchema) })
  .strict()
  .superRefine((lexicon, ctx) => {
    uniqueIds(lexicon.lemmas, 'lemmas', ctx);
    // Sorted by id, so that a lemma is found, and added, in one place: two authors appending at the end clash.
    lexicon.lemmas.forEach(({ id }, i) => {
      const before = lexicon.lemmas[i - 1]?.id;
      if (before !== undefined && id < before) {
        ctx.addIssue({ code: 'custom', path: ['lemmas', i, 'id'], message: `"${id}" is out of order: the lemmas are sorted by id, and it comes before "${before}"` });
      }
    });
  });

const segmentSchema = z
  .object({
    text: text.describe('The letters of this part, exactly as in the surface'),
    vocalized: vocalizedText,
    role: z.enum(['proclitic', 'stem', 'enclitic']),
    gloss: text,
    note: text.optional().describe('Where the spelling fuses parts, e.g. the article after li-'),
  })
  .strict();

const tokenFields = {
  surface: text.describe('The word as in the source, without attached punctuation'),
  before: z.string().min(1).optional().describe('Punctuation attached before the word'),
  after: z.string().min(1).optional().describe('Punctuation attached after the word'),
  space: z.literal(false).optional().describe('false when no space follows (العربي-الصيني)'),
  gloss: text.describe('English meaning in this sentence'),
};

const numeralTokenSchema = z.object({ ...tokenFields, numeral: z.literal(true), surface: z.string().regex(/^[0-9\u0660-\u0669\u06F0-\u06F9]+$/, 'a numeral token is digits (0–9, ٠–٩ or ۰–۹)') }).strict();

const wordTokenSchema = z
  .object({
    ...tokenFields,
    numeral: z.literal(false).optional(),
    segments: z.array(segmentSchema).min(1),
    vocalized: vocalizedText.describe('Fully vocalized, as read in this sentence'),
    translit: translitText.describe('ALA-LC romanization'),
    lemma: idSchema.describe('id of the entry in content/lexicon.json'),
  })
  .strict()
  .superRefine((token, ctx) => {
    const joined = token.segments.map((s) => s.text).join('');
    if (joined !== token.surface) {
      ctx.addIssue({ code: 'custom', path: ['segments'], message: `segments spell "${joined}", not the surface "${token.surface}"` });
    }
    // The card shows the word split at its segments: they must join to the word as read, an assimilated
    // letter written where it is (مِ + مَّا, not مِنْ + مَا).
    const read = token.segments.map((s) => s.vocalized).join('');
    if (read !== token.vocalized) {
      ctx.addIssue({ code: 'custom', path: ['segments'], message: `vocalized segments read "${read}", not the word's "${token.vocalized}"` });
    }
    const stems = token.segments.filter((s) => s.role === 'stem').length;
    if (stems !== 1) ctx.addIssue({ code: 'custom', path: ['segments'], message: `needs exactly one stem, has ${stems}` });
    if (bareArabic(token.vocalized) !== bareArabic(token.surface)) {
      ctx.addIssue({
        code: 'custom',
        path: ['vocalized'],
        message: `"${token.vocalized}" without its diacritics is "${bareArabic(token.vocalized)}", not the surface "${token.surface}"`,
      });
    }
  });

/** A numeral token says `numeral: true`; every other token is a word with its full analysis. */
const tokenSchema = z.discriminatedUnion('numeral', [numeralTokenSchema, wordTokenSchema], {
  // zod's own message lists the literals, 'undefined' among them, which tells an author less.
  error: (issue) => (issue.code === 'invalid_union' ? 'true for a numeral, or left out for a word' : undefined),
});

const phraseSchema = z
  .object({
    from: z.int().min(1).describe('First token, 1-based'),
    to: z.int().min(2).describe('Last token, inclusive'),
    gloss: text,
  })
  .strict()
  .refine((phrase) => phrase.to > phrase.from, { message: 'to must come after from', path: ['to'] });

export const wordsFileSchema = z
  .object({
    $schema: z.string().optional(),
    paragraph: z.int().min(0).describe('0 for the headline'),
    tokens: z.array(tokenSchema).min(1),
    phrases: z.array(phraseSchema),
  })
  .strict()
  .superRefine((file, ctx) => {
    file.phrases.forEach((phrase, i) => {
      if (phrase.to > file.tokens.length) {
        ctx.addIssue({ code: 'custom', path: ['phrases', i, 'to'], message: `there are only ${file.tokens.length} tokens` });
      }
      // The annotation guide's rule ("None overlap"): a phrase is a unit of the translation, and a word is
      // rendered in one.
      const other = file.phrases.findIndex((earlier, j) => j < i && earlier.from <= phrase.to && phrase.from <= earlier.to);
      if (other >= 0) {
        ctx.addIssue({ code: 'custom', path: ['phrases', i], message: `overlaps phrases[${other}] (tokens ${file.phrases[other]!.from}–${file.phrases[other]!.to}): a word is in one phrase at most` });
      }
    });
  });

export { entityTypes };

const entitySchema = z
  .object({
    id: idSchema,
    type: z.enum(entityTypes),
    name: bilingualSchema.describe('Canonical name'),
    translit: translitText.describe('ALA-LC romanization of the Arabic name'),
    description: bilingualSchema.describe('One line, true as of the article'),
    country: idSchema.nullable().optional().describe('For a nationality: the id of its country'),
  })
  .strict();

const mentionSchema = z.discriminatedUnion('lang', [
  z
    .object({
      entity: idSchema,
      lang: z.literal('ar'),
      paragraph: z.int().min(0),
      word: z.int().min(1).describe('First token of the mention, 1-based'),
      words: z.int().min(1).default(1).describe('How many tokens it spans'),
      text: text.describe('The mention as written, without an attached و/ب/ل/ف'),
    })
    .strict(),
  z
    .object({
      entity: idSchema,
      lang: z.literal('en'),
      paragraph: z.int().min(0),
      text: text.describe('Exact text in the English paragraph'),
      occurrence: z.int().min(1).default(1).describe('Which occurrence of text in the paragraph'),
    })
    .strict(),
]);

export const entitiesFileSchema = z
  .object({ $schema: z.string().optional(), entities: z.array(entitySchema), mentions: z.array(mentionSchema) })
  .strict()
  .superRefine((file, ctx) => {
    uniqueIds(file.entities, 'entities', ctx);
    const ids = new Set(file.entities.map((e) => e.id));
    file.entities.forEach((entity, i) => {
      if (entity.country && !ids.has(entity.country)) {
        ctx.addIssue({ code: 'custom', path: ['entities', i, 'country'], message: `no entity "${entity.country}"` });
      }
      for (const lang of ['ar', 'en'] as const) {
        if (!file.mentions.some((m) => m.entity === entity.id && m.lang === lang)) {
          ctx.addIssue({ code: 'custom', path: ['entities', i], message: `"${entity.id}" has no ${lang === 'ar' ? 'Arabic' : 'English'} mention` });
        }
      }
    });
    file.mentions.forEach((mention, i) => {
      if (!ids.has(mention.entity)) ctx.addIssue({ code: 'custom', path: ['mentions', i, 'entity'], message: `no entity "${mention.entity}"` });
    });
  });

export type Lemma = z.infer<typeof lemmaSchema>;
export type WordsFile = z.infer<typeof wordsFileSchema>;
export type EntitiesFile = z.infer<typeof entitiesFileSchema>;
