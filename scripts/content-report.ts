// `npm run content:report`: annotation coverage per paragraph, then lemma, root, phrase and entity counts.
// Fails when any article is below 100% token coverage.
import { ContentError } from '../lib/content/errors';
import { getLibrary } from '../lib/content/loader';
import { coverageOf } from '../lib/content/coverage';

let library;
try {
  library = getLibrary();
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}

let complete = true;
for (const article of library.articles) {
  const report = coverageOf(article);
  console.log(`\n${article.slug}\n`);
  console.log('| paragraph | glossed | tokens |');
  console.log('|---|---|---|');
  for (const p of report.paragraphs) console.log(`| ${p.n === 0 ? 'headline' : p.n} | ${p.glossed} | ${p.total} |`);
  const percent = report.total ? (100 * report.glossed) / report.total : 0;
  console.log(`| **all** | **${report.glossed}** | **${report.total}** (${percent.toFixed(1)}%) |`);
  console.log(`\nlemmas ${report.lemmas} · roots ${report.roots} · phrases ${report.phrases}`);
  const types = Object.entries(report.entities).map(([type, count]) => `${type} ${count}`);
  console.log(`entities ${Object.values(report.entities).reduce((a, b) => a + b, 0)}: ${types.join(' · ')}`);
  if (report.glossed < report.total) complete = false;
}
if (!complete) {
  console.error('\nToken coverage is below 100%.');
  process.exit(1);
}
