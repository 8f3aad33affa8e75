import localFont from 'next/font/local';

// Bundled from npm: no font is fetched at build or run time. Only the Arabic subset
// in the two weights the reader uses, so preloading stays small.
export const arabicFont = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2', weight: '400' },
    { path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2', weight: '700' },
  ],
  variable: '--font-arabic',
  display: 'swap',
  fallback: ['Amiri', 'Noto Naskh Arabic', 'serif'],
});
