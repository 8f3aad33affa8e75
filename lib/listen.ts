/** Adds several event listeners at once; the returned function removes them (an effect's cleanup). */
export function listen<T extends EventTarget>(target: T, handlers: { [type: string]: (event: any) => void }): () => void {
  const entries = Object.entries(handlers);
  for (const [type, handler] of entries) target.addEventListener(type, handler);
  return () => {
    for (const [type, handler] of entries) target.removeEventListener(type, handler);
  };
}
