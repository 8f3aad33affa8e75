/**
 * Calls `onChange` when the layout's width changes (a phone turned, a window resized), not its height alone,
 * which a phone's toolbar or keyboard changes, reflowing nothing. Returns what removes the listener.
 */
export function listenToWidth(onChange: () => void): () => void {
  let width = document.documentElement.clientWidth;
  return listen(window, {
    resize: () => {
      if (document.documentElement.clientWidth === width) return;
      width = document.documentElement.clientWidth;
      onChange();
    },
  });
}

/** Adds several event listeners at once; the returned function removes them (an effect's cleanup). */
export function listen<T extends EventTarget>(target: T, handlers: { [type: string]: (event: any) => void }): () => void {
  const entries = Object.entries(handlers);
  for (const [type, handler] of entries) target.addEventListener(type, handler);
  return () => {
    for (const [type, handler] of entries) target.removeEventListener(type, handler);
  };
}
