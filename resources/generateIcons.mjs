// Draws the app icon (a bridge: the crossing from proof-of-concept to production) from one
// list of shapes into icon.svg and the PNGs electron-builder and the Linux window need, with
// nothing but Node (no ImageMagick or browser on the build machines). Run after changing a
// shape: `node resources/generateIcons.mjs`. The output is committed; packaging does not run it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const TEAL = [15, 118, 110];
const WHITE = [255, 255, 255];
const AMBER = [251, 191, 36];
const DECK = { x: 128, y: 600, width: 768, height: 48 };
// A shallow arch (a circle segment) springing from the deck at SPAN_X, rising RISE above it.
const SPAN_X = [192, 832];
const RISE = 232;
const HALF_SPAN = (SPAN_X[1] - SPAN_X[0]) / 2;
const ARCH_R = (HALF_SPAN ** 2 + RISE ** 2) / (2 * RISE);
const ARCH = { cx: 512, cy: DECK.y + ARCH_R - RISE, r: ARCH_R, width: 48 };
const HANGERS = [320, 416, 512, 608, 704];
const PIERS = SPAN_X.map((x) => ({ x: x - 24, y: DECK.y, width: 48, height: 208 }));

const archTop = (x) => ARCH.cy - Math.sqrt(Math.max(0, ARCH.r ** 2 - (x - ARCH.cx) ** 2));
const f = (n) => Math.round(n * 10) / 10;

// Each shape: an SVG element and an inside(x, y) test on the same geometry. Later shapes paint
// over earlier ones.
const shapes = [
  {
    colour: TEAL,
    svg: '<rect x="48" y="48" width="928" height="928" rx="208" fill="#0f766e"/>',
    inside: (x, y) => inRoundedRect(x, y, 48, 48, 928, 928, 208),
  },
  ...PIERS.map((p) => ({
    colour: WHITE,
    svg: `<rect x="${p.x}" y="${p.y}" width="${p.width}" height="${p.height}" fill="#fff"/>`,
    inside: (x, y) => x >= p.x && x <= p.x + p.width && y >= p.y && y <= p.y + p.height,
  })),
  {
    colour: WHITE,
    // The arch is clipped at the deck line, as the raster test below is.
    svg: `<path d="M ${SPAN_X[0]} ${DECK.y} A ${f(ARCH.r)} ${f(ARCH.r)} 0 0 1 ${SPAN_X[1]} ${DECK.y}" fill="none" stroke="#fff" stroke-width="${ARCH.width}" clip-path="url(#above-deck)"/>`,
    inside: (x, y) =>
      y <= DECK.y && Math.abs(Math.hypot(x - ARCH.cx, y - ARCH.cy) - ARCH.r) <= ARCH.width / 2,
  },
  ...HANGERS.map((hx) => {
    const top = Math.round(archTop(hx));
    return {
      colour: WHITE,
      svg: `<rect x="${hx - 10}" y="${top}" width="20" height="${DECK.y - top}" fill="#fff"/>`,
      inside: (x, y) => x >= hx - 10 && x <= hx + 10 && y >= top && y <= DECK.y,
    };
  }),
  {
    colour: WHITE,
    svg: `<rect x="${DECK.x}" y="${DECK.y}" width="${DECK.width}" height="${DECK.height}" rx="24" fill="#fff"/>`,
    inside: (x, y) => inRoundedRect(x, y, DECK.x, DECK.y, DECK.width, DECK.height, 24),
  },
  {
    colour: AMBER,
    svg: `<circle cx="512" cy="${DECK.y - RISE}" r="44" fill="#fbbf24"/>`,
    inside: (x, y) => Math.hypot(x - 512, y - (DECK.y - RISE)) <= 44,
  },
];

function inRoundedRect(x, y, rx, ry, w, h, r) {
  if (x < rx || y < ry || x > rx + w || y > ry + h) return false;
  const dx = Math.max(rx + r - x, 0, x - (rx + w - r));
  const dy = Math.max(ry + r - y, 0, y - (ry + h - r));
  return dx * dx + dy * dy <= r * r;
}

/** RGBA pixels, 4x4 supersampled so small sizes stay smooth. */
function rasterise(size) {
  const n = 4;
  const scale = 1024 / size;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) * scale;
          const y = (py + (sy + 0.5) / n) * scale;
          let colour = null;
          for (const s of shapes) if (s.inside(x, y)) colour = s.colour;
          if (colour) [r, g, b, a] = [r + colour[0], g + colour[1], b + colour[2], a + 1];
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        pixels[i] = Math.round(r / a);
        pixels[i + 1] = Math.round(g / a);
        pixels[i + 2] = Math.round(b / a);
        pixels[i + 3] = Math.round((255 * a) / (n * n));
      }
    }
  }
  return pixels;
}

function png(size, pixels) {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const svg = [
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024" width="1024" height="1024">',
  '  <title>Crossing</title>',
  `  <defs><clipPath id="above-deck"><rect width="1024" height="${DECK.y}"/></clipPath></defs>`,
  ...shapes.map((s) => `  ${s.svg}`),
  '</svg>',
  '',
].join('\n');
writeFileSync(join(here, 'icon.svg'), svg);

// icon.png (1024): macOS and Windows icons are converted from it by electron-builder, and the
// Linux window uses it. icons/NxN.png: the Linux icon set (AppImage, deb, desktop entry).
mkdirSync(join(here, 'icons'), { recursive: true });
writeFileSync(join(here, 'icon.png'), png(1024, rasterise(1024)));
for (const size of [16, 32, 48, 64, 128, 256, 512]) {
  writeFileSync(join(here, 'icons', `${size}x${size}.png`), png(size, rasterise(size)));
}
console.log('wrote icon.svg, icon.png and icons/*.png');
