import { getLibrary } from '@/lib/content/loader';
import { glossaryOf } from '@/lib/glossary';
import { searchIndexOf } from '@/lib/search';

// Static JSON per article, written at build time and fetched by the reader when first needed:
// the word card's glossary ({slug}.json) and the search index ({slug}.search.json).
export const dynamic = 'force-static';
export const dynamicParams = false;

const files = {
  json: glossaryOf,
  'search.json': searchIndexOf,
} as const;

export function generateStaticParams() {
  return getLibrary().articles.flatMap((article) => Object.keys(files).map((suffix) => ({ file: `${article.slug}.${suffix}` })));
}

export async function GET(_request: Request, { params }: RouteContext<'/data/[file]'>) {
  const { file } = await params;
  const [, slug, suffix] = /^([a-z0-9-]+)\.(json|search\.json)$/.exec(file) ?? [];
  const article = slug ? getLibrary().article(slug) : undefined;
  if (!article) return new Response('Not found', { status: 404 });
  return Response.json(files[suffix as keyof typeof files](article));
}
