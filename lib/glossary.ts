import type { Article, ArticleLemma, Bilingual, EntityType, Lemma, Token } from './content/model';
import { allParagraphs } from './content/paragraphs';
import { formatParagraphRange, onPage, type ParagraphRange } from './paragraph-range';

/**
 * What the word card needs beyond the server-rendered text, served as static JSON per article
 * (/data/{slug}.json), and per part of a long one, and fetched by the card on first use.
 */
export type GlossaryToken = Pick<Token, 'surface' | 'vocalized' | 'translit' | 'gloss' | 'segments' | 'lemma' | 'phrases' | 'entities'>;

export type GlossaryData = {
  tokens: Record<string, GlossaryToken>;
  /**
   * A part's lemma also says how often it occurs in the rest of the article and where first, so the card
   * need not call it "only here" while the data stays the size of one part.
   */
  lemmas: Record<string, Lemma & { occurrences: string[]; elsewhere?: { count: number; first: string } }>;
  phrases: Record<string, { ar: string; gloss: string }>;
  entities: Record<string, { type: EntityType; name: Bilingual; translit: string; description: Bilingual }>;
};

/**
 * The glossary of the whole article, or of one part of a long one (lib/content/parts.ts): that
 * part's words with their lemmas, phrases and entities, and each lemma's occurrences in the part,
 * so a part's card data stays the size of one part's however long the article grows.
 */
export function glossaryOf(article: Article, part?: ParagraphRange): GlossaryData {
  const paragraphs = allParagraphs(article).filter((p) => !part || onPage(p.n, part));
  const tokens: GlossaryData['tokens'] = {};
  for (const p of paragraphs) {
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
  // For a part: only what its words use.
  const usedBy = <T extends { id: string }>(items: T[], ids: (token: GlossaryToken) => string[]) => {
    if (!part) return items;
    const used = new Set(Object.values(tokens).flatMap(ids));
    return items.filter((item) => used.has(item.id));
  };
  return {
    tokens,
    lemmas: Object.fromEntries(
      usedBy(Object.values(article.lemmas), (t) => (t.lemma ? [t.lemma] : [])).map((l) => [l.id, part ? inPart(l, tokens) : l]),
    ),
    phrases: Object.fromEntries(usedBy(Object.values(article.phrases), (t) => t.phrases).map((p) => [p.id, { ar: p.ar, gloss: p.gloss }])),
    entities: Object.fromEntries(
      usedBy(Object.values(article.entities), (t) => t.entities).map((e) => [
        e.id,
        { type: e.type, name: e.name, translit: e.translit, description: e.description },
      ]),
    ),
  };
}

/** A lemma as a part's card sees it: its occurrences among the part's words, and a count of the rest. */
function inPart(lemma: ArticleLemma, tokens: GlossaryData['tokens']): GlossaryData['lemmas'][string] {
  const outside = lemma.occurrences.filter((id) => !(id in tokens));
  return {
    ...lemma,
    occurrences: lemma.occurrences.filter((id) => id in tokens),
    ...(outside.length ? { elsewhere: { count: outside.length, first: outside[0]! } } : {}),
  };
}

/** `/data/{slug}.json`, or `/data/{slug}.{from}-{to}.json` for one part of a long article. */
export const glossaryPath = (slug: string, part?: ParagraphRange | null) =>
  `/data/${slug}${part ? `.${formatParagraphRange(part)}` : ''}.json`;
