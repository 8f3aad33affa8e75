import type { GlossaryData } from './glossary';

let request: Promise<GlossaryData> | undefined;

/**
 * The article's glossary (/data/{slug}.json), fetched once per page and shared by the word card and
 * the word forms. A failed request is forgotten, so the next use tries again.
 */
export function loadGlossary(url: string): Promise<GlossaryData> {
  request ??= fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json() as Promise<GlossaryData>;
  });
  request.catch(() => (request = undefined));
  return request;
}
