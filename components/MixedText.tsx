import { localeDirection } from '@/lib/i18n/routing';
import { scriptRuns } from '@/lib/script-runs';

/** Text in `lang` that quotes the other language, each quoted run isolated in its own direction. */
export function MixedText({ text, lang }: { text: string; lang: 'en' | 'ar' }) {
  return scriptRuns(text, lang).map((run, i) =>
    run.lang ? (
      <span key={i} lang={run.lang} dir={localeDirection[run.lang]} className={run.lang === 'ar' ? 'font-arabic arabic-inline' : undefined}>
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}
