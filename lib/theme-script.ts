import { createHash } from 'node:crypto';
import { SETTINGS_KEY, themes } from './reader-settings';

const explicitThemes = themes.filter((theme) => theme !== 'system');

/**
 * Puts the reader's saved theme on <html> while the head is parsed, on every page. Left to the
 * reader's scripts, a reader who chose dark on a light system saw each page flash light until they
 * ran, and the vocabulary and flashcard pages, which have no reader, never took the choice at all.
 * It accepts only the explicit themes, so a corrupt or hostile store changes nothing.
 */
export const themeScript = `try{var t=JSON.parse(localStorage.getItem(${JSON.stringify(SETTINGS_KEY)})).theme;if(${JSON.stringify(explicitThemes)}.indexOf(t)>=0)document.documentElement.dataset.theme=t}catch(e){}`;

/** Its script-src source. A page rendered per request carries it by hash beside its nonce. */
export const themeScriptSource = `'sha256-${createHash('sha256').update(themeScript, 'utf8').digest('base64')}'`;
