import { getLibrary } from '@/lib/content/loader';
import { glossaryOf, glossaryPath } from '@/lib/glossary';
import { searchIndexOf, searchIndexPath } from '@/lib/search';
import type { Article } from '@/lib/content/model';

// Static JSON per article, written at build time and fetched by the reader when first needed: the
// word card's glossary ({slug}.json, and {slug}.{from}-{to}.json for each part of a long article)
// and the search index ({slug}.search.json).
export const dynamic = 'force-static';
export const dynamicParams = false;

const fileName = (path: string) => path.slice('/data/'.length);

function filesOf(article: Article): Record<string, () => unknown> {
  const parts = article.parts.length > 1 ? article.parts : [];
  return Object.fromEntries([
    [fileName(glossaryPath(article.slug)), () => glossaryOf(article)],
    [fileName(searchIndexPath(article.slug)), () => searchIndexOf(article)],
    ...parts.map((part) => [fileName(glossaryPath(article.slug, part)), () => glossaryOf(article, part)]),
  ]);
}

export function generateStaticParams() {
  return getLibrary().articles.flatMap((article) => Object.keys(filesOf(article)).map((file) => ({ file })));
}

export async function GET(_request: Request, { params }: RouteContext<'/data/[file]'>) {
  const { file } = await params;
  const article = getLibrary().article(file.split('.')[0]!);
  const build = article && filesOf(article)[file];
  return build ? Response.json(build()) : new Response('Not found', { status: 404 });
}
