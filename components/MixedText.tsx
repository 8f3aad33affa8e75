import { scriptRuns } from '@/lib/script-runs';

/** Text in `lang` that quotes the other language, each quoted run isolated in its own direction. */
export function MixedText({ text, lang }: { text: string; lang: 'en' | 'ar' }) {
  return scriptRuns(text, lang).map((run, i) =>
    run.lang === 'ar' ? (
      <span key={i} lang="ar" dir="rtl" className="font-arabic">
        {run.text}
      </span>
    ) : run.lang === 'en' ? (
      <span key={i} lang="en" dir="ltr">
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}
