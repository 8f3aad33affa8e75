import type { Article, ArticleLemma, Sentence, Token } from './content/model';
import { allParagraphs, sentenceTokens, spelledInSentence } from './content/paragraphs';

export type VocabularyEntry = {
  lemma: ArticleLemma;
  /** How many times the lemma occurs in the article. */
  count: number;
  /** Where it first occurs: the word, and its sentence as the text around it and the aligned English sentence. */
  first: Token;
  context: { before: string; word: string; after: string; english: Sentence };
};

/**
 * The sentence as the text before the word and after it: three strings rather than a node a word, which
 * made the page's payload grow with every lemma's sentence and its hydration slow.
 */
function around(words: Token[], word: Token): { before: string; word: string; after: string } {
  const spelled = words.map((t, i) => spelledInSentence(t, i === words.length - 1));
  const start = spelled.slice(0, words.indexOf(word)).join('').length + word.before.length;
  const text = spelled.join('');
  return { before: text.slice(0, start), word: word.surface, after: text.slice(start + word.surface.length) };
}

/** A lemma of a root family, with the forms it takes in the article (إرهابي as الإرهابيين…). */
export type FamilyMember = ArticleLemma & { forms: string[] };
export type RootFamily = { root: string; lemmas: FamilyMember[] };

/** Every lemma of the article, in order of first appearance, with its first context. */
export function vocabularyOf(article: Article): VocabularyEntry[] {
  const tokens = new Map(allParagraphs(article).flatMap((p) => p.tokens.map((t) => [t.id, t] as const)));
  const paragraphs = allParagraphs(article);
  return Object.values(article.lemmas)
    .map((lemma) => {
      const first = tokens.get(lemma.occurrences[0]!)!;
      const paragraph = paragraphs[first.paragraph]!;
      return {
        lemma,
        count: lemma.occurrences.length,
        first,
        context: { ...around(sentenceTokens(paragraph, first.sentence), first), english: paragraph.sentences[first.sentence]! },
      };
    })
    .sort((a, b) => a.first.paragraph - b.first.paragraph || a.first.position - b.first.position);
}

/** The article's words grouped by root, families in Arabic alphabetical order. */
export function rootFamiliesOf(article: Article): RootFamily[] {
  const surfaces = new Map(allParagraphs(article).flatMap((p) => p.tokens.map((t) => [t.id, t.surface] as const)));
  const families = new Map<string, FamilyMember[]>();
  for (const lemma of Object.values(article.lemmas)) {
    if (!lemma.root) continue;
    const member = { ...lemma, forms: [...new Set(lemma.occurrences.map((id) => surfaces.get(id)!))] };
    families.set(lemma.root, [...(families.get(lemma.root) ?? []), member]);
  }
  return [...families]
    .map(([root, lemmas]) => ({ root, lemmas }))
    .sort((a, b) => a.root.localeCompare(b.root, 'ar'));
}
