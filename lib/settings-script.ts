import { createHash } from 'node:crypto';
import { arabicScale, defaultSettings, englishScale, SETTINGS_KEY, themes, viewModes } from './reader-settings';

// Defaults stay off <html>, as the reader leaves them: CSS falls back to them.
const otherThemes = themes.filter((theme) => theme !== defaultSettings.theme);
const otherViews = viewModes.filter((view) => view !== defaultSettings.view);
const json = JSON.stringify;

/**
 * Puts the saved settings that shape the whole page (theme, view, font sizes) on <html> while the
 * head is parsed, on every page. Left to the reader's scripts, a reader who chose dark saw each page
 * flash light, and one who chose Arabic only saw the English pane vanish, once the scripts ran; the
 * vocabulary and flashcard pages, which have no reader, never took the theme at all. It takes only
 * the values the settings schema allows (lib/reader-settings.ts), so a corrupt or hostile store
 * changes nothing; the reader validates the whole store again when it starts.
 */
export const settingsScript =
  `try{var s=JSON.parse(localStorage.getItem(${json(SETTINGS_KEY)})),h=document.documentElement,` +
  // A size is a whole step that exists: never a property name such as "constructor".
  'z=function(p,v,l){if(typeof v==="number"&&l.hasOwnProperty(v)&&l[v]!==1)h.style.setProperty(p,l[v])};' +
  `if(${json(otherThemes)}.indexOf(s.theme)>=0)h.dataset.theme=s.theme;` +
  `if(${json(otherViews)}.indexOf(s.view)>=0)h.dataset.view=s.view;` +
  `z("--ar-scale",s.arSize,${json(arabicScale)});z("--en-scale",s.enSize,${json(englishScale)})` +
  '}catch(e){}';

/** Its script-src source. A page rendered per request carries it by hash beside its nonce. */
export const settingsScriptSource = `'sha256-${createHash('sha256').update(settingsScript, 'utf8').digest('base64')}'`;
