import { describe, expect, it } from 'vitest';
import { csvField, toAnkiTsv, toCsv as toCsvIn, tsvField, type ExportRow } from '@/lib/export';
import messages from '@/messages/en.json';
import arabicMessages from '@/messages/ar.json';

const toCsv = (rows: ExportRow[]) => toCsvIn(rows, messages.ExportColumns);

const row: ExportRow = {
  arabic: 'لمواجهة',
  vocalized: 'لِمُوَاجَهَةِ',
  lemma: 'مُوَاجَهَة',
  meanings: 'confrontation; facing',
  transliteration: 'li-muwājahat',
  gloss: 'to confront',
  root: 'و-ج-ه',
  partOfSpeech: 'noun',
  status: 'Learning',
  statusKey: 'learning',
  contextAr: 'لمواجهة الإرهاب… تنسيق أمني بين دمشق وبغداد',
  contextEn: 'Countering terrorism: Damascus and Baghdad coordinate on security',
  link: 'https://jisr.example/ar/articles/damascus-baghdad-security-coordination#w0-1',
};

const awkward: ExportRow = {
  ...row,
  gloss: 'to face, "confront"',
  contextAr: 'قال: "لن نتراجع"، وأضاف\nسطرا ثانيا\tبعد جدولة',
  contextEn: 'He said, "We will not back down"\r\nand <b>more</b> & more',
  link: 'https://jisr.example/a?x=1&y=2',
};

/**
 * RFC 4180, strictly: a quoted field may hold anything, a bare field neither the separator, a quote
 * nor a line break. Anki reads its TSV the same way, with a tab and LF.
 */
function parseDelimited(text: string, separator = ',', lineEnd = '\r\n'): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      for (i++; ; i++) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') (field += '"'), i++;
        else if (text[i] === '"') break;
        else field += text[i];
      }
      i++;
    } else {
      while (i < text.length && !['"', separator, '\r', '\n'].includes(text[i]!)) field += text[i++];
      if (text[i] === '"') throw new Error(`bare quote at ${i}`);
    }
    fields.push(field);
    if (text[i] === separator) i++;
    else if (text.startsWith(lineEnd, i)) {
      records.push(fields);
      fields = [];
      i += lineEnd.length;
    } else throw new Error(`expected a separator or line end at ${i}`);
  }
  if (fields.length) throw new Error('the last record has no line break');
  return records;
}

describe('csvField', () => {
  it('leaves plain fields bare, Arabic commas included', () => {
    expect(csvField('لمواجهة')).toBe('لمواجهة');
    expect(csvField('الإرهاب، والتحديات')).toBe('الإرهاب، والتحديات');
    expect(csvField('')).toBe('');
  });

  it('quotes fields with a comma, quote, CR or LF, doubling the quotes', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\rtwo')).toBe('"one\rtwo"');
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and a header, and ends every record with CRLF', () => {
    const csv = toCsv([row]);
    expect(csv.startsWith('\uFEFFArabic,Vocalized,Dictionary form,Meanings,Transliteration,Gloss in context,Root,Part of speech,Status,')).toBe(true);
    expect(csv.endsWith('#w0-1\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(toCsv([])).toBe(
      '\uFEFFArabic,Vocalized,Dictionary form,Meanings,Transliteration,Gloss in context,Root,Part of speech,Status,Context (Arabic),Context (English),Link\r\n',
    );
  });

  it('heads its columns in the interface’s language, as its values are', () => {
    expect(toCsvIn([], arabicMessages.ExportColumns)).toBe(
      '\uFEFFالكلمة,الكلمة مشكولة,الصيغة المعجمية,المعاني,النقحرة,المعنى في السياق,الجذر,نوع الكلمة,الحالة,السياق بالعربية,السياق بالإنجليزية,الرابط\r\n',
    );
  });

  it('round-trips through an RFC 4180 parser', () => {
    const [header, ...records] = parseDelimited(toCsv([row, awkward]).slice(1));
    expect(header).toHaveLength(12);
    const fields = (r: ExportRow) => [r.arabic, r.vocalized, r.lemma, r.meanings, r.transliteration, r.gloss, r.root, r.partOfSpeech, r.status, r.contextAr, r.contextEn, r.link];
    expect(records).toEqual([fields(row), fields(awkward)]);
  });
});

describe('tsvField', () => {
  it('leaves plain fields bare, commas included', () => {
    expect(tsvField('to face, confront')).toBe('to face, confront');
    expect(tsvField('الإرهاب، والتحديات')).toBe('الإرهاب، والتحديات');
  });

  it('quotes fields with a tab, line break or quote, doubling the quotes', () => {
    expect(tsvField('a\tb')).toBe('"a\tb"');
    expect(tsvField('a\nb')).toBe('"a\nb"');
    expect(tsvField('a\r\nb')).toBe('"a\r\nb"');
    expect(tsvField('<div dir="rtl">')).toBe('"<div dir=""rtl"">"');
  });

  it('quotes a field that Anki would take for a comment line', () => {
    expect(tsvField('#1')).toBe('"#1"');
  });
});

describe('toAnkiTsv', () => {
  const lines = (tsv: string) => tsv.split('\n');

  it('declares tab separation, HTML, a tags column and the column names', () => {
    expect(lines(toAnkiTsv([])).slice(0, 4)).toEqual([
      '#separator:tab',
      '#html:true',
      '#tags column:5',
      '#columns:Front\tBack\tContext\tLink\tTags',
    ]);
  });

  it('writes one note a line: the dictionary word; its meanings and the form met; the two sentences; link; tags', () => {
    const note = lines(toAnkiTsv([row]))[4]!;
    expect(note.split('\t')).toEqual([
      'مُوَاجَهَة',
      '"confrontation; facing<br><span dir=""rtl"">لِمُوَاجَهَةِ</span> li-muwājahat “to confront”"',
      '"<div dir=""rtl""><b>لمواجهة</b> الإرهاب… تنسيق أمني بين دمشق وبغداد</div><div>Countering terrorism: Damascus and Baghdad coordinate on security</div>"',
      'https://jisr.example/ar/articles/damascus-baghdad-security-coordination#w0-1',
      'jisr jisr::learning',
    ]);
    expect(toAnkiTsv([row, row]).endsWith(`${note}\n${note}\n`)).toBe(true);
    // The Arabic interface's export tags the word alike.
    expect(lines(toAnkiTsv([{ ...row, status: 'قيد التعلّم' }]))[4]!.split('\t').at(-1)).toBe('jisr jisr::learning');
  });

  it('escapes HTML, keeps each note on one line, and quotes fields with tabs or quotes', () => {
    const tsv = toAnkiTsv([row, awkward]);
    const notes = parseDelimited(tsv.split('\n').slice(4).join('\n'), '\t', '\n');
    expect(notes).toHaveLength(2);
    expect(tsv.split('\n')).toHaveLength(4 + 2 + 1);
    expect(notes[1]).toEqual([
      'مُوَاجَهَة',
      'confrontation; facing<br><span dir="rtl">لِمُوَاجَهَةِ</span> li-muwājahat “to face, "confront"”',
      '<div dir="rtl">قال: "لن نتراجع"، وأضاف<br>سطرا ثانيا\tبعد جدولة</div>' +
        '<div>He said, "We will not back down"<br>and &lt;b&gt;more&lt;/b&gt; &amp; more</div>',
      'https://jisr.example/a?x=1&amp;y=2',
      'jisr jisr::learning',
    ]);
  });

  it('bolds the word only where it stands as a whole word', () => {
    const context = (contextAr: string, arabic: string) => toAnkiTsv([{ ...row, contextAr, arabic, contextEn: '' }]).split('\t')[6];
    expect(context('في البيت وفي المدرسة', 'في')).toBe('"<div dir=""rtl""><b>في</b> البيت وفي المدرسة</div>"');
    expect(context('وفي المدرسة، في البيت', 'في')).toBe('"<div dir=""rtl"">وفي المدرسة، <b>في</b> البيت</div>"');
    expect(context('وفيها', 'في')).toBe('"<div dir=""rtl"">وفيها</div>"');
  });

  it('leaves out empty parts', () => {
    const note = toAnkiTsv([{ ...row, lemma: '', meanings: '', vocalized: '', transliteration: '', contextEn: '' }]).split('\n')[4]!;
    const [front, back, , , tags] = note.split('\t');
    expect([front, back, tags]).toEqual(['لمواجهة', '"<span dir=""rtl"">لمواجهة</span> “to confront”"', 'jisr jisr::learning']);
  });
});
