/** Buckwalter letters: a one-to-one ASCII spelling of Arabic letters, for URL fragments. */
const buckwalter: Record<string, string> = {
  ء: "'", آ: '|', أ: '>', ؤ: '&', إ: '<', ئ: '}', ا: 'A', ب: 'b', ة: 'p', ت: 't', ث: 'v', ج: 'j', ح: 'H', خ: 'x',
  د: 'd', ذ: '*', ر: 'r', ز: 'z', س: 's', ش: '$', ص: 'S', ض: 'D', ط: 'T', ظ: 'Z', ع: 'E', غ: 'g', ف: 'f', ق: 'q',
  ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: 'w', ى: 'Y', ي: 'y',
};

/** `ر-ه-ب` → `root-rhb`: the id of a root family on the vocabulary page. Hamza becomes `2`, as in Arabic chat spelling. */
export function rootAnchor(root: string): string {
  const letters = root.split('-').map((letter) => buckwalter[letter] ?? '');
  return `root-${letters.join('').replace(/'/g, '2').replace(/[|>&<}*$]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
}
