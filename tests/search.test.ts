import { describe, expect, it } from 'vitest';
import { getLibrary } from '@/lib/content/loader';
import { readFileSync } from 'node:fs';
import { quoteOf, search, searchIndexOf, type SearchHit, type SearchIndex } from '@/lib/search';

const index = searchIndexOf(getLibrary().article('damascus-baghdad-security-coordination')!);

/** The hits as the search box lists them: each with its words in context. */
const quoted = (searched: SearchIndex, query: string) => search(searched, query).map((hit) => ({ ...hit, ...quoteOf(searched, hit) }));
const arabicTokens = (query: string) => quoted(index, query).filter((h) => h.lang === 'ar').flatMap((h) => h.tokens);
const where = (hits: SearchHit[]) => hits.map((h) => `${h.anchor} ${h.lang}`);

/** A one-paragraph index for spellings the article does not contain. */
function indexOf(surfaces: string[], en = ''): SearchIndex {
  const tokens = surfaces.map((surface, i) => ({ id: `w1-${i + 1}`, surface, lemma: null, stem: surface, starts: [0] }));
  return { paragraphs: [{ n: 1, anchor: 'p1', tokens, en }], lemmas: {} };
}

describe('searchIndexOf', () => {
  it('holds the headline and the body, each token with its stem and lemma, and lemmas by citation form', () => {
    expect(index.paragraphs.map((p) => p.n)).toEqual([...Array(17).keys()]);
    expect(index.paragraphs[0]!.tokens[0]).toEqual({ id: 'w0-1', surface: 'لمواجهة', lemma: 'muwajaha', stem: 'مواجهة', starts: [0, 1] });
    expect(index.paragraphs[0]!.en).toBe('Countering terrorism: Damascus and Baghdad coordinate on security');
    expect(index.lemmas['muwajaha']).toEqual({ ar: 'مُوَاجَهَة' });
  });
});

describe('search: Arabic', () => {
  it('ignores diacritics in the query and in the text', () => {
    expect(arabicTokens('مُوَاجَهَة')).toEqual(['w0-1', 'w1-22', 'w2-11']);
    expect(arabicTokens('قريبا')).toContain('w7-11'); // قريباً
    expect(arabicTokens('وشدد')).toEqual(['w8-1']); // وشدّد
  });

  it('treats every alef alike, and hamza on a carrier as the carrier', () => {
    expect(arabicTokens('الارهاب')).toEqual(arabicTokens('الإرهاب'));
    expect(arabicTokens('الارهاب')).toContain('w0-2');
    expect(arabicTokens('توثر')).toEqual(['w16-16']); // تؤثر
    expect(arabicTokens('رييس الوزراء')).toEqual(arabicTokens('رئيس الوزراء'));
  });

  it('treats ى as ي and ة as ه', () => {
    expect(arabicTokens('مستوي')).toEqual(['w1-43', 'w3-20', 'w5-17']);
    expect(arabicTokens('الشراكه')).toEqual(arabicTokens('الشراكة'));
    expect(arabicTokens('الشراكه')).toContain('w1-44');
  });

  it('ignores tatweel and zero-width joiners in the query', () => {
    expect(arabicTokens('مواجـــهة')).toEqual(['w0-1', 'w1-22', 'w2-11']);
    expect(arabicTokens('موا\u200Dجهة\u200C')).toEqual(['w0-1', 'w1-22', 'w2-11']);
  });

  it('finds a number written in either kind of digits, in both panes', () => {
    for (const query of ['2010', '٢٠١٠', '۲۰۱۰']) {
      const hits = quoted(index, query);
      expect(where(hits)).toEqual(['p5 ar', 'p5 en']);
      expect(hits[0]!.tokens).toEqual(['w5-11']);
      expect(hits[1]!.match).toBe('2010');
    }
    const eastern = indexOf(['قمة', 'G20', 'في', '٢٠٢٤']);
    expect(quoted(eastern, '2024')[0]!.tokens).toEqual(['w1-4']);
    expect(quoted(eastern, '۲۰۲۴')[0]!.tokens).toEqual(['w1-4']);
    expect(quoted(eastern, 'قمة g20 في 2024')[0]!.tokens).toEqual(['w1-1', 'w1-2', 'w1-3', 'w1-4']);
  });

  it('finds a word inside its clitics', () => {
    expect(arabicTokens('مواجهة')).toContain('w0-1'); // لمواجهة
    expect(arabicTokens('وزراء')).toEqual(expect.arrayContaining(['w1-3', 'w8-3'])); // الوزراء
  });

  it('matches from the start of a word or after its proclitics, not inside it', () => {
    expect(arabicTokens('زارية')).toEqual([]);
    expect(arabicTokens('وزارية')).not.toEqual([]);
    expect(arabicTokens('عراقي')).toContain('w1-4'); // العراقي
    expect(arabicTokens('راقي')).toEqual([]);
  });

  it('finds the inflected forms of a lemma from its citation form', () => {
    expect(arabicTokens('زار')).toContain('w5-7'); // يزور
    expect(arabicTokens('رأى')).toContain('w7-5'); // سنرى
    expect(arabicTokens('أَثَّرَ')).toEqual(['w16-16']); // تؤثر
  });

  it('finds a word asked for with the article where the spelling fuses it, لِ + الْ as لل', () => {
    expect(arabicTokens('التصدي')).toEqual(['w15-45']); // للتصدي
    expect(arabicTokens('الاجتماع')).toContain('w14-48'); // للاجتماع
    expect(quoted(index, 'المصالحة').find((hit) => hit.tokens[0] === 'w6-5')!.match).toBe('للمصالحة');
  });

  it('finds the forms of a lemma asked for with the article, written with it or without', () => {
    expect(arabicTokens('الوزراء')).toEqual(arabicTokens('وزير')); // وزراء in ¶5, without it
    // Not where the ال is the word's own: الآن is not in the article, and آن names no lemma.
    expect(arabicTokens('الآن')).toEqual([]);
  });

  it('finds the forms of every lemma spelt as the query, when two share a citation form', () => {
    expect(arabicTokens('آخر')).toEqual(['w2-17', 'w4-4']); // الأخرى of آخَر, آخر of آخِر
  });

  it('finds every form of a lemma from the stem of one of them', () => {
    expect(arabicTokens('حلول')).toEqual(['w16-13', 'w16-23']); // لحل, الحلول
    expect(arabicTokens('مناطق')).toEqual(expect.arrayContaining(['w4-8', 'w8-18'])); // المنطقة, المناطق
  });

  it('matches several words across consecutive tokens, not lemmas', () => {
    const hits = quoted(index, 'رئيس الوزراء');
    expect(hits.map((h) => h.tokens)).toEqual([
      ['w1-2', 'w1-3'],
      ['w8-2', 'w8-3'],
    ]);
    expect(hits[0]!.match).toBe('رئيس الوزراء');
    expect(arabicTokens('الوزراء العراق')).toEqual(['w1-3', 'w1-4', 'w8-3', 'w8-4']);
    expect(quoted(index, 'رئيس وزير')).toEqual([]);
  });

  it('gives one hit a match, as in the English, each with about six words around it', () => {
    const [hit, second, ...others] = quoted(index, 'السوداني').filter((h) => h.anchor === 'p1');
    expect(others).toEqual([]);
    expect(hit!.tokens).toEqual(['w1-7']);
    expect(hit).toMatchObject({ paragraph: 1, lang: 'ar', match: 'السوداني' });
    expect(hit!.before).toBe('أكد رئيس الوزراء العراقي محمد شياع ');
    expect(hit!.after).toBe(' خلال اتصال هاتفي مع الرئيس السوري …');
    expect(second).toMatchObject({ tokens: ['w1-29'], before: '… الإرهاب. وذكر بيان حكومي عراقي أن ', after: ' بحث في اتصال هاتفي مع الرئيس …' });
    // Matches that overlap are one hit, so no word is listed twice.
    expect(quoted(indexOf(['من', 'حين', 'إلى', 'حين', 'إلى', 'حين']), 'حين إلى حين').map((h) => h.tokens)).toEqual([['w1-2', 'w1-3', 'w1-4', 'w1-5', 'w1-6']]);

    const [middle] = quoted(index, 'مواجهة').filter((h) => h.anchor === 'p1');
    expect(middle!.before).toBe('… أهمية التنسيق الأمني بين البلدين في ');
    expect(middle!.after).toBe(' الإرهاب. وذكر بيان حكومي عراقي أن …');

    const [headline] = quoted(index, 'وبغداد');
    expect(headline).toMatchObject({ anchor: 'headline', before: 'لمواجهة الإرهاب… تنسيق أمني بين دمشق ', match: 'وبغداد', after: '' });
  });

  it('quotes the Arabic as written, punctuation and all, outside the match', () => {
    const [hit] = quoted(index, 'داعش');
    expect(hit).toMatchObject({ anchor: 'p11', match: 'داعش' });
    expect(hit!.before.endsWith('تنظيم “الدولة الإسلامية” (')).toBe(true);
    expect(hit!.after.startsWith(') الذي')).toBe(true);
    const source = readFileSync('content/articles/damascus-baghdad-security-coordination/source.ar.txt', 'utf8').split('\n');
    expect(source[11]).toContain(`${hit!.before}${hit!.match}${hit!.after}`.replace(/^… | …$/g, ''));
  });

  it('finds a phrase pasted from the text, its punctuation taken as the space between words', () => {
    expect(arabicTokens('أخطار فلول الإرهاب، والتحديات')).toEqual(['w2-12', 'w2-13', 'w2-14', 'w2-15']);
    expect(arabicTokens('لمواجهة الإرهاب…')).toEqual(['w0-1', 'w0-2']);
    expect(arabicTokens('الأسد.')).toEqual(arabicTokens('الأسد'));
    expect(arabicTokens('الأسد.')).not.toEqual([]);
    // The one hyphenated word is two tokens, found as it is printed.
    expect(arabicTokens('العربي-الصيني')).toEqual(['w14-52', 'w14-53']);
    // Between digits, a separator is part of the number.
    const number = indexOf(['نحو', '٣٫٥', 'مليار']);
    expect(quoted(number, '٣٫٥ مليار').map((h) => h.tokens)).toEqual([['w1-2', 'w1-3']]);
  });

  it('quotes a hyphenated word as printed, with no space after its hyphen', () => {
    const [second] = quoted(index, 'الصيني');
    expect(second!.before.endsWith(' التعاون العربي-')).toBe(true);
    const [both] = quoted(index, 'العربي-الصيني');
    expect(both).toMatchObject({ match: 'العربي-الصيني' });
    expect(both!.after.startsWith(' الذي')).toBe(true);
    const [first] = quoted(index, 'العربي').filter((h) => h.anchor === 'p14' && h.tokens[0] === 'w14-52');
    expect(first).toMatchObject({ match: 'العربي' });
    expect(first!.after.startsWith('-الصيني الذي')).toBe(true);
  });

  it('does not look in the English pane', () => {
    // An English pane that quotes the Arabic, so a search of both panes would find it twice.
    const quoting = indexOf(['زار', 'دمشق'], 'He visited Damascus (دمشق).');
    expect(where(quoted(quoting, 'دمشق'))).toEqual(['p1 ar']);
  });
});

describe('search: English', () => {
  it('ignores case and accents, one hit per occurrence', () => {
    expect(where(quoted(index, 'DAMASCUS'))).toEqual(['headline en']);
    expect(quoted(index, 'erdogan')[0]!.match).toBe('Erdoğan');
    expect(quoted(index, 'HABERTURK')[0]!.match).toBe('Habertürk');
    expect(quoted(index, "syria's")[0]!.match).toBe('Syria’s');
    // The translation's curly quotes, as a keyboard's straight ones.
    expect(quoted(index, '"God willing')[0]!.match).toBe('“God willing');
    expect(quoted(index, 'State" group')[0]!.match).toBe('State” group');
    const phone = quoted(index, 'phone call');
    expect(where(phone)).toEqual(['p1 en', 'p1 en']);
    expect(phone.every((h) => h.tokens.length === 0)).toBe(true);
  });

  it('cuts the snippet on word boundaries, about 60 characters each side, as a slice of the real text', () => {
    const hits = quoted(index, 'the');
    expect(hits.length).toBeGreaterThan(20);
    for (const hit of hits) {
      const text = index.paragraphs[hit.paragraph]!.en;
      // An ellipsis marks each end where the paragraph goes on.
      const before = hit.before.replace(/^… /, '');
      const after = hit.after.replace(/ …$/, '');
      const start = text.indexOf(before + hit.match + after);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(hit.match.toLowerCase()).toBe('the');
      expect(before.length).toBeLessThanOrEqual(60);
      expect(after.length).toBeLessThanOrEqual(60);
      const end = start + before.length + hit.match.length + after.length;
      expect(start === 0 || /\s/.test(text[start - 1]!)).toBe(true);
      expect(end === text.length || /\s/.test(text[end]!)).toBe(true);
      expect(hit.before.startsWith('… ')).toBe(start > 0);
      expect(hit.after.endsWith(' …')).toBe(end < text.length);
    }
    const [first] = hits;
    expect(first).toMatchObject({ anchor: 'p1', before: '… phone call with Syrian President Bashar al-Assad, stressed ', match: 'the' });
    expect(first!.after).toBe(' importance of security coordination between the two …');
  });

  it('maps the match back onto the original text when folding changes its length', () => {
    const text = 'Talks with  Erdog\u0306an’s  team, said Mr. Erdoğan.';
    const hits = quoted(indexOf([], text), 'erdogans team');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ before: 'Talks with  ', match: 'Erdog\u0306an’s  team', after: ', said Mr. Erdoğan.' });
    expect(quoted(indexOf([], text), 'erdog').map((h) => h.match)).toEqual(['Erdog\u0306', 'Erdoğ']);
  });

  it('does not look in the Arabic pane', () => {
    // Arabic text that writes a Latin name, so a search of both panes would find it twice.
    const latin = indexOf(['قمة', 'G20'], 'The G20 summit');
    expect(where(quoted(latin, 'G20'))).toEqual(['p1 en']);
  });
});

describe('search', () => {
  it('returns hits in reading order, a paragraph’s Arabic hits before its English ones', () => {
    expect(where(quoted(index, '20'))).toEqual(['p5 ar', 'p5 ar', 'p5 en', 'p5 en', 'p11 ar', 'p11 ar', 'p11 en', 'p11 en']);
  });

  it('returns every match, however many: the box lists some, but counts and marks them all', () => {
    const inEnglish = index.paragraphs.reduce((count, p) => count + (p.en.toLowerCase().match(/the/g)?.length ?? 0), 0);
    expect(inEnglish).toBeGreaterThan(50);
    expect(quoted(index, 'the')).toHaveLength(inEnglish);
    expect(quoted(index, 'ال').length).toBeGreaterThan(50);
  });

  it('returns nothing for an empty or overlong query', () => {
    expect(quoted(index, '')).toEqual([]);
    expect(quoted(index, '   ')).toEqual([]);
    expect(quoted(index, 'ـ')).toEqual([]);
    const long = index.paragraphs[1]!.en.slice(0, 100);
    expect(quoted(index, long)).toHaveLength(1);
    expect(quoted(index, index.paragraphs[1]!.en.slice(0, 101))).toEqual([]);
  });

  it('returns nothing when nothing matches', () => {
    expect(quoted(index, 'xylophone')).toEqual([]);
    expect(quoted(index, 'قطار')).toEqual([]);
  });
});
