import { createHash } from 'node:crypto';
import { earlyWordNote } from './early-word';
import { settingsScript } from './settings-script';

/** Every page's one inline script in its head: the saved settings put on <html>, and a word clicked early noted. */
export const headScript = settingsScript + earlyWordNote;

/** Its script-src source. A page rendered per request carries it by hash beside its nonce. */
export const headScriptSource = `'sha256-${createHash('sha256').update(headScript, 'utf8').digest('base64')}'`;
