import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WINDOW_BACKGROUND, windowBackground } from './theme';

// The window paints WINDOW_BACKGROUND until the page's first frame: if it differs from the
// page's --bg, every launch flashes. Read (not import) the renderer's stylesheet to compare.
const css = readFileSync(join(import.meta.dirname, '../../renderer/src/theme/theme.css'), 'utf8');

describe('window background', () => {
  it("matches the renderer's --bg, light then dark", () => {
    const values = [...css.matchAll(/--bg:\s*(#[0-9a-fA-F]{3,8})\s*;/g)].map((m) =>
      m[1]?.toLowerCase(),
    );
    expect(values.slice(0, 2), 'theme.css changed: update WINDOW_BACKGROUND').toEqual([
      WINDOW_BACKGROUND.light,
      WINDOW_BACKGROUND.dark,
    ]);
  });

  it('follows the OS theme', () => {
    expect(windowBackground({ shouldUseDarkColors: true })).toBe(WINDOW_BACKGROUND.dark);
    expect(windowBackground({ shouldUseDarkColors: false })).toBe(WINDOW_BACKGROUND.light);
  });
});
