import { describe, expect, it } from 'vitest';
import { scriptRuns } from '@/lib/script-runs';

describe('scriptRuns', () => {
  it('marks the Arabic phrases of an English note, with the ellipsis that ends one', () => {
    expect(scriptRuns('“وأكد حسين القيادة…”: the complementizer أنّ is missing (read: وأكد حسين أنّ القيادة…); we', 'en')).toEqual([
      { text: '“' },
      { text: 'وأكد حسين القيادة…', lang: 'ar' },
      { text: '”: the complementizer ' },
      { text: 'أنّ', lang: 'ar' },
      { text: ' is missing (read: ' },
      { text: 'وأكد حسين أنّ القيادة…', lang: 'ar' },
      { text: '); we' },
    ]);
  });

  it('keeps Arabic commas inside a list of Arabic words, and the note’s own stop outside', () => {
    expect(scriptRuns('(standard: الأطراف، الأوضاع، وإيجاد).', 'en')).toEqual([
      { text: '(standard: ' },
      { text: 'الأطراف، الأوضاع، وإيجاد', lang: 'ar' },
      { text: ').' },
    ]);
  });

  it('marks the English renderings of an Arabic note, inner and final ellipses included', () => {
    expect(scriptRuns('أبقينا recently مع (had recently been held … before China mediated …) لتُفهم', 'ar')).toEqual([
      { text: 'أبقينا ' },
      { text: 'recently', lang: 'en' },
      { text: ' مع (' },
      { text: 'had recently been held … before China mediated …', lang: 'en' },
      { text: ') لتُفهم' },
    ]);
    expect(scriptRuns('فترجمناه فعلًا: and stressed the importance. وكُتبت', 'ar')).toEqual([
      { text: 'فترجمناه فعلًا: ' },
      { text: 'and stressed the importance', lang: 'en' },
      { text: '. وكُتبت' },
    ]);
  });

  it('keeps apostrophes and hyphens inside English words, and leaves text in one script whole', () => {
    expect(scriptRuns('نظير Assad’s al-Sudani.', 'ar')).toEqual([{ text: 'نظير ' }, { text: 'Assad’s al-Sudani', lang: 'en' }, { text: '.' }]);
    expect(scriptRuns('An Arabic news report, undated.', 'en')).toEqual([{ text: 'An Arabic news report, undated.' }]);
    expect(scriptRuns('', 'ar')).toEqual([]);
  });
});
