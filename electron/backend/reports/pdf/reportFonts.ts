import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Font } from '@react-pdf/renderer';
import { create as createFont } from 'fontkit';
import { DomainError } from '../../services/DomainError';
import { FONT_DIR_NAME, FONT_SUBSETS, type FontSubset } from './fontCatalog';
import { woffToSfnt } from './woffToSfnt';

// Which shipped fonts a report's text needs, registered with react-pdf, and the characters no
// shipped font can draw. Those are never dropped silently: the PDF prints them as their code
// (U+1F680) and lists them on the summary page.

const here = dirname(fileURLToPath(import.meta.url));

/** A font file: beside the bundled code in a build (out/main/fonts), else from node_modules. */
export function fontPath(pkg: string, file: string): string {
  for (const dir of [join(here, FONT_DIR_NAME), join(here, '..', FONT_DIR_NAME)]) {
    const p = join(dir, file);
    if (existsSync(p)) return p;
  }
  try {
    const p = join(
      dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`)),
      'files',
      file,
    );
    if (existsSync(p)) return p;
  } catch {
    // Not installed: reported below.
  }
  throw new DomainError(
    'INTERNAL',
    `The report fonts are missing from this installation (${file}). Reinstall Crossing.`,
  );
}

/**
 * A shipped font unpacked from WOFF to TrueType, read once per process (the report thread
 * keeps it between exports): subsetting a TrueType font is far cheaper (see woffToSfnt.ts).
 */
const fontBytes = new Map<string, Uint8Array>();

function sfntOf(subset: FontSubset, file: string): Uint8Array {
  let bytes = fontBytes.get(file);
  if (!bytes) {
    bytes = woffToSfnt(new Uint8Array(readFileSync(fontPath(subset.pkg, file))));
    fontBytes.set(file, bytes);
  }
  return bytes;
}

/** What react-pdf registers: the unpacked font as a data URL (it accepts paths or URLs). */
const fontSource = (subset: FontSubset, file: string): string =>
  `data:font/ttf;base64,${Buffer.from(sfntOf(subset, file)).toString('base64')}`;

type GlyphFont = { hasGlyphForCodePoint: (cp: number) => boolean };
const glyphFonts = new Map<string, GlyphFont>();

function glyphFont(subset: FontSubset): GlyphFont {
  let f = glyphFonts.get(subset.family);
  if (!f) {
    f = createFont(sfntOf(subset, subset.files[400])) as GlyphFont;
    glyphFonts.set(subset.family, f);
  }
  return f;
}

// Characters that draw nothing by themselves (joiners, variation selectors, soft hyphen,
// bidirectional marks): no glyph is expected, and none is missed.
const INVISIBLE =
  /^(?:\u00ad|[\u200b-\u200f]|[\u2060-\u2064]|[\ufe00-\ufe0f]|\ufeff|[\u202a-\u202e])$/u;

export interface FontPlan {
  /** Families to list in fontFamily, in fallback order. */
  families: string[];
  /** Code points no shipped font has a glyph for. */
  missing: number[];
}

/** The subsets that draw every character of `text`, and the characters none can draw. */
export function planFonts(text: string): FontPlan {
  const used = new Set<string>(['NotoSans-latin']);
  const missing: number[] = [];
  const seen = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (seen.has(cp) || cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    seen.add(cp);
    const subset = FONT_SUBSETS.find(
      (s) => s.ranges.some(([a, b]) => cp >= a && cp <= b) && glyphFont(s).hasGlyphForCodePoint(cp),
    );
    if (subset) used.add(subset.family);
    else if (!INVISIBLE.test(ch)) missing.push(cp);
  }
  const families = FONT_SUBSETS.filter((s) => used.has(s.family)).map((s) => s.family);
  for (const family of families) register(family);
  return { families, missing: missing.sort((a, b) => a - b) };
}

const registered = new Set<string>();

function register(family: string): void {
  if (registered.has(family)) return;
  const subset = FONT_SUBSETS.find((s) => s.family === family);
  if (!subset) return;
  Font.register({
    family,
    fonts: [
      { src: fontSource(subset, subset.files[400]), fontWeight: 400 },
      ...(subset.files[700]
        ? [{ src: fontSource(subset, subset.files[700]), fontWeight: 700 }]
        : []),
    ],
  });
  registered.add(family);
}

// Words are never hyphenated (names and numbers must print as typed); react-pdf breaks text
// without spaces (Chinese, Japanese) between characters by itself. One habit remains: a
// token too long for its cell that must break where no space is (after "=" or "/") gets a
// hyphen drawn at the line end, as typesetting does; the characters themselves are all kept.
Font.registerHyphenationCallback((word) => [word]);

export const codeLabel = (cp: number): string =>
  `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** The text with every character of `missing` replaced by its code, visibly. */
export function markMissing(text: string, missing: ReadonlySet<number>): string {
  if (missing.size === 0) return text;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    out += missing.has(cp) ? `[${codeLabel(cp)}]` : ch;
  }
  return out;
}
