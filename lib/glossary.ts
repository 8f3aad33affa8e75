import type { Article, ArticleLemma, Bilingual, EntityType, Token } from './content/model';
import { allParagraphs } from './content/paragraphs';
import { onPage, type ParagraphRange } from './paragraph-range';
import { paragraphOfWord } from './urls';

/**
 * What the word card needs beyond the server-rendered text, served as static JSON per article, and per
 * part of a long one (lib/data-files.ts), and fetched by the card on first use.
 */
export type GlossaryToken = Pick<Token, 'surface' | 'vocalized' | 'translit' | 'gloss' | 'segments' | 'lemma' | 'phrases' | 'entities'>;

/**
 * A part's lemma also says how often it occurs in the rest of the article, and where a reader going on
 * meets it next: the first occurrence after the part or, past the last one, the article's first. So the
 * card need not call it "only here" while the data stays the size of one part.
 */
export type PartLemma = ArticleLemma & { elsewhere?: { count: number; next: string } };

export type GlossaryData = {
  tokens: Record<string, GlossaryToken>;
  lemmas: Record<string, PartLemma>;
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
      usedBy(Object.values(article.lemmas), (t) => (t.lemma ? [t.lemma] : [])).map((l) => [l.id, part ? inPart(l, part, tokens) : l]),
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
function inPart(lemma: ArticleLemma, part: ParagraphRange, tokens: GlossaryData['tokens']): PartLemma {
  const here: string[] = [];
  const outside: string[] = [];
  for (const id of lemma.occurrences) (id in tokens ? here : outside).push(id);
  const next = outside.find((id) => paragraphOfWord(id) > part.to) ?? outside[0];
  return { ...lemma, occurrences: here, ...(next ? { elsewhere: { count: outside.length, next } } : {}) };
}

/**
 * Where each of a word's occurrences (ids in reading order) is: its paragraph, and, where a paragraph has the
 * same spelling more than once, which of them it is there (1, 2, …), as links to them would read alike.
 */
export function occurrencePlaces(occurrences: readonly string[], spelling: (id: string) => string | undefined): Map<string, { paragraph: number; nth?: number }> {
  const keyed = occurrences.map((id) => {
    const paragraph = paragraphOfWord(id);
    return { id, paragraph, key: `${paragraph} ${spelling(id)}` };
  });
  const count = new Map<string, number>();
  for (const { key } of keyed) count.set(key, (count.get(key) ?? 0) + 1);
  const seen = new Map<string, number>();
  return new Map(
    keyed.map(({ id, paragraph, key }) => {
      const nth = (seen.get(key) ?? 0) + 1;
      seen.set(key, nth);
      return [id, count.get(key)! > 1 ? { paragraph, nth } : { paragraph }];
    }),
  );
}
