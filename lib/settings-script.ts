import { entityTypes } from './entity-types';
import { arabicScale, defaultSettings, englishScale, MAX_SETTINGS_LENGTH, SETTINGS_KEY, themes, viewModes } from './reader-settings';
import { WORD_FRAGMENT } from './urls';

// Defaults stay off <html>, as the reader leaves them: CSS falls back to them.
const otherThemes = themes.filter((theme) => theme !== defaultSettings.theme);
const otherViews = viewModes.filter((view) => view !== defaultSettings.view);
const json = JSON.stringify;

/**
 * Puts the saved settings that shape the whole page (theme, view, font sizes, which entities are
 * marked) on <html> while the head is parsed, on every page. Left to the reader's scripts, a reader
 * who chose dark saw each page flash light, and one who chose Arabic only saw the English pane vanish,
 * once the scripts ran; the vocabulary and flashcard pages, which have no reader, never took the theme
 * at all. It takes only the values the settings schema allows (lib/settings-schema.ts), so a corrupt
 * or hostile store changes nothing; the reader validates the whole store again when it starts.
 */
export const settingsScript =
  `try{var r=localStorage.getItem(${json(SETTINGS_KEY)});if(r&&r.length<=${MAX_SETTINGS_LENGTH}){` +
  `var s=JSON.parse(r),h=document.documentElement,e=${json(entityTypes)},` +
  // A size is a whole step that exists: never a property name such as "constructor".
  'z=function(p,v,l){if(typeof v==="number"&&l.hasOwnProperty(v)&&l[v]!==1)h.style.setProperty(p,l[v])};' +
  `if(${json(otherThemes)}.indexOf(s.theme)>=0)h.dataset.theme=s.theme;` +
  // A word link shows its Arabic, whatever the saved view (viewForVisit).
  `if(${json(otherViews)}.indexOf(s.view)>=0&&!(s.view==="en"&&${WORD_FRAGMENT}.test(location.hash)))h.dataset.view=s.view;` +
  `z("--ar-scale",s.arSize,${json(arabicScale)});z("--en-scale",s.enSize,${json(englishScale)});` +
  // Entities switched off read as every type hidden, which the same CSS rules draw. A list with any
  // wrong item is dropped whole, as the schema drops it: types hidden here and shown again once the
  // reader has read the store would flash.
  'var h2=s.hiddenTypes,t=s.entities===false?e:Array.isArray(h2)&&h2.length<=e.length&&' +
  'h2.every(function(x){return e.indexOf(x)>=0})?h2:[];' +
  'if(t.length)h.dataset.hiddenTypes=t.join(" ")' +
  '}}catch(x){}';
