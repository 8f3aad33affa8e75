const requests = new Map<string, Promise<unknown>>();

/**
 * A static JSON file of the site (the glossary, the search index), fetched once per page however
 * many islands ask for it. A failed request is forgotten, so the next use tries again.
 */
export function loadJson<T>(url: string): Promise<T> {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json();
    });
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return request as Promise<T>;
}
