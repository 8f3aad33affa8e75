// A word clicked, tapped or given Enter or Space while the page is readable but its scripts are still on their
// way (seconds on a slow phone) opens its card once they arrive, as the same act after would have. The head script notes the word;
// the card's loader takes it when its own listeners are live, which ends the noting.
declare global {
  interface Window {
    /** The id of the last word clicked (or pinned by key) before the loader was live; null once it has taken it, or once a script has failed. */
    jisrEarlyWord?: string | null;
  }
}

/** Run in the head of every page, before the text is parsed: only the reader has words (`.w[id]`). */
export const earlyWordNote =
  'document.addEventListener("click",function(v){if(window.jisrEarlyWord===null)return;' +
  'var w=v.target,s=getSelection();w=w&&w.closest&&w.closest(".w[id]");' +
  // As once the scripts are live: a click that ends a selection opens nothing, and one off the words
  // (which would close a card) forgets the word clicked before it.
  'window.jisrEarlyWord=w&&(!s||s.isCollapsed)?w.id:undefined},true);' +
  // Enter or Space on a focused word, which pins it as a click does (and Space does not scroll the page).
  // Every key on the page passes here: the word is looked for only for these two, and only until the loader is live.
  'document.addEventListener("keydown",function(v){if(window.jisrEarlyWord===null||v.key!=="Enter"&&v.key!==" ")return;' +
  'var w=v.target;w=w&&w.closest&&w.closest(".w[id]");if(w){v.preventDefault();window.jisrEarlyWord=w.id}},true);' +
  // A script that failed to load (the connection dropped) means no loader will come: the noting ends, and
  // Space scrolls the page as it does where there are no scripts.
  'document.addEventListener("error",function(v){if(v.target&&v.target.tagName==="SCRIPT")window.jisrEarlyWord=null},true);';

/** The word clicked before now, if any; from now on the loader's listeners hear clicks, and none is noted. */
export function takeEarlyWord(): string | undefined {
  const id = window.jisrEarlyWord;
  window.jisrEarlyWord = null;
  return id ?? undefined;
}
