import { getLibrary } from '@/lib/content/loader';
import { glossaryOf } from '@/lib/glossary';

// One static JSON file per article, written at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary().articles.map((article) => ({ file: `${article.slug}.json` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/data/[file]'>) {
  const { file } = await params;
  const article = getLibrary().article(file.replace(/\.json$/, ''));
  if (!article) return new Response('Not found', { status: 404 });
  return Response.json(glossaryOf(article));
}
