import notoSansRanges from '@fontsource/noto-sans/unicode.json' with { type: 'json' };
import notoSansScRanges from '@fontsource/noto-sans-sc/unicode.json' with { type: 'json' };

// The fonts the PDF ships and embeds (no system fonts: a report must look the same on every
// machine, offline). Noto Sans covers Latin, Greek and Cyrillic in two weights; Noto Sans SC
// covers Chinese, Japanese kana and Korean hangul in one weight (bold CJK falls back to it).
// Fontsource splits each font into unicode-range subsets; a report registers only the subsets
// its text needs. WOFF, not WOFF2: fontkit 2.0.4 fails to subset some WOFF2 glyphs.
// Plain data (no Node): electron.vite.config.ts reads it to copy the files into the build.

export interface FontSubset {
  /** The family name the PDF registers it under. */
  family: string;
  /** npm package and file name (in its files/ folder) per weight. */
  pkg: string;
  files: { 400: string; 700?: string };
  /** Inclusive code point ranges the subset claims (checked against real glyphs). */
  ranges: readonly (readonly [number, number])[];
}

function parseRanges(spec: string): [number, number][] {
  return spec.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    const from = parseInt(a ?? '', 16);
    return [from, b === undefined ? from : parseInt(b, 16)];
  });
}

const NOTO_SANS_SUBSETS = [
  'latin',
  'latin-ext',
  'greek',
  'greek-ext',
  'cyrillic',
  'cyrillic-ext',
  'vietnamese',
] as const;

const notoSans: FontSubset[] = NOTO_SANS_SUBSETS.map((s) => ({
  family: `NotoSans-${s}`,
  pkg: '@fontsource/noto-sans',
  files: { 400: `noto-sans-${s}-400-normal.woff`, 700: `noto-sans-${s}-700-normal.woff` },
  ranges: parseRanges((notoSansRanges as Record<string, string>)[s] ?? ''),
}));

const notoSansSc: FontSubset[] = Object.entries(notoSansScRanges as Record<string, string>)
  .map(([key, spec]) => ({ n: /^\[(\d+)\]$/.exec(key)?.[1], spec }))
  .filter((x): x is { n: string; spec: string } => x.n !== undefined)
  .sort((a, b) => Number(a.n) - Number(b.n))
  .map(({ n, spec }) => ({
    family: `NotoSansSC-${n}`,
    pkg: '@fontsource/noto-sans-sc',
    files: { 400: `noto-sans-sc-${n}-400-normal.woff` },
    ranges: parseRanges(spec),
  }));

/** In fallback order: the first subset with a glyph for a character draws it. */
export const FONT_SUBSETS: readonly FontSubset[] = [...notoSans, ...notoSansSc];

/** Every font file the build copies (package, file name). */
export const FONT_FILES: readonly { pkg: string; file: string }[] = FONT_SUBSETS.flatMap((s) =>
  Object.values(s.files).map((file) => ({ pkg: s.pkg, file })),
);

/** The build output's folder for the font files, beside the bundled main code. */
export const FONT_DIR_NAME = 'fonts';
