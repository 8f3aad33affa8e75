/** Some messages of a namespace as plain strings: what a client island receives as props. */
export function messagesOf<K extends string>(t: (key: K) => string, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<K, string>;
}

/** Messages with placeholders, as their raw templates: the client island fills them (lib/template.ts). */
export function templatesOf<K extends string>(t: { raw: (key: K) => unknown }, keys: readonly K[]): Record<K, string> {
  return messagesOf((key) => String(t.raw(key)), keys);
}

/** The names of an option's values, given the message key of each: `{ dark: t('themeDark'), … }`. */
export function namesOf<V extends string, K extends string>(t: (key: K) => string, keys: Record<V, K>): Record<V, string> {
  return Object.fromEntries(Object.entries<K>(keys).map(([value, key]) => [value, t(key)])) as Record<V, string>;
}
