import { readFileSync } from 'node:fs';
import { getLibrary } from '@/lib/content/loader';
import { dataFilesOf } from '@/lib/data-files';
import { cardImagePath } from '@/lib/urls';
import type { Article } from '@/lib/content/model';

// Static files per article, written at build time, each named after a hash of its content: the word card's
// glossaries and the search index (lib/data-files.ts), which the reader fetches when first needed, and the
// link preview pictures ({slug}.card-{hash}.png for the headline, {slug}.card-p{n}-{hash}.png for paragraph n).
export const dynamic = 'force-static';
export const dynamicParams = false;

const fileName = (path: string) => path.slice('/data/'.length);

function filesOf(article: Article): Record<string, () => Response> {
  return Object.fromEntries([
    ...dataFilesOf(article).map((file) => [
      fileName(file.path),
      () => new Response(file.json, { headers: { 'Content-Type': 'application/json' } }),
    ]),
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
