/** Some messages of a namespace as plain strings: what a client island receives as props. */
export function messagesOf<K extends string>(t: (key: K) => string, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<K, string>;
}
