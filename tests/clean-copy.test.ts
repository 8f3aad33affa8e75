import { describe, expect, it } from 'vitest';
import { cleanSelectionText } from '@/lib/clean-copy';

function fragmentOf(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

const row = `
  <div class="gutter"><a>7</a><button aria-label="Copy link">🔗</button></div>
  <p lang="ar" class="pane-ar"><span class="w"><span class="w-plain">وبحث</span><span class="w-voc">وَبَحَثَ</span><span class="w-tr">wa-baḥatha</span><span class="w-gl">and discussed</span></span> <span class="w"><span class="w-plain">السوداني</span><span class="w-voc">السُّودَانِيُّ</span><span class="w-gl">al-Sudani</span></span>\u200d.</p>
  <p lang="en" class="pane-en">Al-Sudani\u200f discussed.</p>`;

describe('cleanSelectionText', () => {
  it('gives the source text, then the English, without numbers, buttons, glosses or control characters', () => {
    expect(cleanSelectionText(fragmentOf(row), { diacritics: false, view: 'side' })).toBe('وبحث السوداني.\nAl-Sudani discussed.');
  });

  it('puts the headline’s English on a line of its own, after its Arabic', () => {
    const headline = '<h1><span lang="ar" class="pane-ar">تنسيق أمني</span><span lang="en" class="pane-en">Security coordination</span></h1>';
    expect(cleanSelectionText(fragmentOf(headline), { diacritics: false, view: 'side' })).toBe('تنسيق أمني\nSecurity coordination');
  });

  it('gives the vocalized text when diacritics are shown', () => {
    expect(cleanSelectionText(fragmentOf(row), { diacritics: true, view: 'side' })).toBe('وَبَحَثَ السُّودَانِيُّ.\nAl-Sudani discussed.');
  });

  it('copies the text alone from a selection across the controls between the headline and the paragraphs, and the source notes line by line', () => {
    const headline = '<h1 id="headline"><span lang="ar" class="pane-ar">تنسيق أمني</span><span lang="en" class="pane-en">Security coordination</span></h1>';
    const controls = '<noscript>&lt;p class="notice"&gt;Word cards need JavaScript.&lt;/p&gt;</noscript><details><summary>Reading settings</summary><select><option>Side by side</option><option>Stacked</option></select></details>';
    const footer = '<footer class="article-source"><h2>About the text</h2><p>Reuters, 2024.</p><h2>Notes on the source</h2><ol><li>Paragraph 3 — A note.</li><li>Paragraph 4 — Another.</li></ol></footer>';
    const fragment = fragmentOf(`${headline}${controls}<div data-paragraph="7">${row}</div><nav>Next: paragraphs 8–16</nav>${footer}`);
    expect(cleanSelectionText(fragment, { diacritics: false, view: 'side' }).split('\n')).toEqual([
      'تنسيق أمني',
      'Security coordination',
      'وبحث السوداني.',
      'Al-Sudani discussed.',
      'About the text',
      'Reuters, 2024.',
      'Notes on the source',
      'Paragraph 3 — A note.',
      'Paragraph 4 — Another.',
    ]);
  });

  it('leaves out the language that a one-language view hides', () => {
    expect(cleanSelectionText(fragmentOf(row), { diacritics: false, view: 'ar' })).toBe('وبحث السوداني.');
    expect(cleanSelectionText(fragmentOf(row), { diacritics: false, view: 'en' })).toBe('Al-Sudani discussed.');
    expect(cleanSelectionText(fragmentOf(row), { diacritics: false, view: 'stacked' })).toBe('وبحث السوداني.\nAl-Sudani discussed.');
  });
});
