import type { Article, Bilingual, EntityType, Lemma, Token } from './content/model';
import { allParagraphs } from './content/paragraphs';

/**
 * What the word card needs beyond the server-rendered text, served once per article as
 * static JSON (/data/{slug}.json) and fetched by the card on first use.
 */
export type GlossaryToken = Pick<Token, 'surface' | 'vocalized' | 'translit' | 'gloss' | 'segments' | 'lemma' | 'phrases' | 'entities'>;

export type GlossaryData = {
  tokens: Record<string, GlossaryToken>;
  lemmas: Record<string, Lemma & { occurrences: string[] }>;
  phrases: Record<string, { ar: string; gloss: string }>;
  entities: Record<string, { type: EntityType; name: Bilingual; translit: string; description: Bilingual }>;
};

export function glossaryOf(article: Article): GlossaryData {
  const tokens: GlossaryData['tokens'] = {};
  for (const p of allParagraphs(article)) {
    for (const t of p.tokens) {
      tokens[t.id] = {
        surface: t.surface,
        vocalized: t.vocalized,
        translit: t.translit,
        gloss: t.gloss,
        segments: t.segments,
        lemma: t.lemma,
        phrases: t.phrases,
        entities: t.entities,
      };
    }
  }
  return {
    tokens,
    lemmas: article.lemmas,
    phrases: Object.fromEntries(Object.values(article.phrases).map((p) => [p.id, { ar: p.ar, gloss: p.gloss }])),
    entities: Object.fromEntries(
      Object.values(article.entities).map((e) => [e.id, { type: e.type, name: e.name, translit: e.translit, description: e.description }]),
    ),
  };
}

export const glossaryPath = (slug: string) => `/data/${slug}.json`;
