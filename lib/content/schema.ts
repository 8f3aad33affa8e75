import { z } from 'zod';

/**
 * The content contract. Every file under content/ is parsed with these schemas;
 * the JSON Schemas in content/schema/ are generated from them (npm run schema).
 */

const text = z.string().trim().min(1);

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

export const bilingualSchema = z
  .object({ ar: text.describe('Arabic'), en: text.describe('English') })
  .strict();

export const sentenceSchema = z
  .object({
    ar: text.describe('The Arabic sentence, exactly as in source.ar.txt'),
    en: text.describe('Its English translation: this pair is the sentence alignment'),
  })
  .strict();

export const paragraphSchema = z
  .object({
    sentences: z.array(sentenceSchema).min(1).describe('Joined with single spaces, the Arabic sentences rebuild the paragraph'),
  })
  .strict();

export const noteSchema = z
  .object({
    paragraph: z.int().min(0).describe('0 for the headline, else the body paragraph number'),
    ar: text,
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
