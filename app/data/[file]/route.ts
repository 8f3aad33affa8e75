import { readFileSync } from 'node:fs';
import { getLibrary } from '@/lib/content/loader';
import { glossaryOf, glossaryPath } from '@/lib/glossary';
import { searchIndexOf, searchIndexPath } from '@/lib/search';
import { cardImagePath } from '@/lib/urls';
import type { Article } from '@/lib/content/model';

// Static files per article, written at build time: the word card's glossary ({slug}.json, and
// {slug}.{from}-{to}.json for each part of a long article) and the search index ({slug}.search.json),
// which the reader fetches when first needed, and the link preview pictures ({slug}.card-{hash}.png for the
// headline, {slug}.card-p{n}-{hash}.png for paragraph n).
export const dynamic = 'force-static';
export const dynamicParams = false;

const fileName = (path: string) => path.slice('/data/'.length);

function filesOf(article: Article): Record<string, () => Response> {
  const parts = article.parts.length > 1 ? article.parts : [];
  return Object.fromEntries([
    [fileName(glossaryPath(article.slug)), () => Response.json(glossaryOf(article))],
    [fileName(searchIndexPath(article.slug)), () => Response.json(searchIndexOf(article))],
    ...parts.map((part) => [fileName(glossaryPath(article.slug, part)), () => Response.json(glossaryOf(article, part))]),
    ...[...article.cardImages.values()].map((card) => [
      fileName(cardImagePath(article.slug, card.name)),
      () => new Response(readFileSync(card.file), { headers: { 'Content-Type': 'image/png' } }),
    ]),
  ]);
}

export function generateStaticParams() {
  return getLibrary().articles.flatMap((article) => Object.keys(filesOf(article)).map((file) => ({ file })));
}

export async function GET(_request: Request, { params }: RouteContext<'/data/[file]'>) {
  const { file } = await params;
  const article = getLibrary().article(file.split('.')[0]!);
  const build = article && filesOf(article)[file];
  return build ? build() : new Response('Not found', { status: 404 });
}
