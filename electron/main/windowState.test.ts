import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  parseWindowState,
  placeWindow,
  saveWindowState,
  WINDOW_STATE_FILE,
  type Rect,
} from './windowState';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 876 }; // work area, menu bar excluded
const rightMonitor: Rect = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('keeps a valid state', () => {
    const state = { x: 10, y: 20, width: 1000, height: 700, maximized: true };
    expect(parseWindowState(state)).toEqual(state);
  });

  it('accepts a state without a position (centre it)', () => {
    expect(parseWindowState({ width: 900, height: 600 })).toEqual({
      width: 900,
      height: 600,
      maximized: false,
    });
  });

  it.each([
    null,
    'big',
    [],
    {},
    { width: '1000', height: 700 },
    { width: 1000, height: Number.NaN },
    { width: 0, height: 700 },
    { width: -5, height: 700 },
    { width: 1e9, height: 700 },
    { width: 1000, height: 700, x: 5 },
    { width: 1000, height: 700, x: 5, y: Infinity },
    { width: 1000, height: 700, x: 1e12, y: 0 },
    { width: 1000, height: 700, maximized: 'yes' },
  ])('falls back to 1280x800 for %j', (raw) => {
    expect(parseWindowState(raw)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('defaults to 1280x800', () => {
    expect(DEFAULT_WINDOW_STATE).toEqual({ width: 1280, height: 800, maximized: false });
  });
});

describe('placeWindow', () => {
  it('keeps a window that fits where it was', () => {
    const state = { x: 1600, y: 0, width: 1200, height: 900, maximized: false };
    expect(placeWindow(state, [laptop, rightMonitor], laptop)).toEqual(state);
  });

  it('brings a window from an unplugged monitor back, centred on the primary display', () => {
    const state = { x: 1600, y: 0, width: 1200, height: 800, maximized: true };
    expect(placeWindow(state, [laptop], laptop)).toEqual({
      x: 120,
      y: 38,
      width: 1200,
      height: 800,
      maximized: true,
    });
  });

  it('centres a window saved without a position', () => {
    expect(placeWindow(DEFAULT_WINDOW_STATE, [laptop], laptop)).toEqual({
      x: 80,
      y: 38,
      width: 1280,
      height: 800,
      maximized: false,
    });
  });

  it('shrinks a window larger than its display and keeps it inside the work area', () => {
    const placed = placeWindow(
      { x: -50, y: -50, width: 3000, height: 2000, maximized: false },
      [laptop],
      laptop,
    );
    expect(placed).toEqual({ x: 0, y: 0, width: 1440, height: 876, maximized: false });
  });

  it('pulls a window hanging off an edge fully onto the display it mostly covers', () => {
    const placed = placeWindow(
      { x: 3800, y: 1000, width: 1000, height: 800, maximized: false },
      [laptop, rightMonitor],
      laptop,
    );
    expect(placed).toEqual({ x: 3000, y: 400, width: 1000, height: 800, maximized: false });
  });

  it('raises sizes below the minimum', () => {
    const placed = placeWindow({ width: 100, height: 100, maximized: false }, [laptop], laptop);
    expect(placed.width).toBe(640);
    expect(placed.height).toBe(480);
  });

  it('always lands wholly inside one work area (any displays, any saved state)', () => {
    const area = (minX: number, maxX: number) =>
      fc.record({
        x: fc.integer({ min: minX, max: maxX }),
        y: fc.integer({ min: -2000, max: 2000 }),
        width: fc.integer({ min: 640, max: 4000 }),
        height: fc.integer({ min: 480, max: 2500 }),
      });
    const saved = fc.record({
      x: fc.integer({ min: -20_000, max: 20_000 }),
      y: fc.integer({ min: -20_000, max: 20_000 }),
      width: fc.integer({ min: 1, max: 8000 }),
      height: fc.integer({ min: 1, max: 8000 }),
      maximized: fc.boolean(),
    });
    fc.assert(
      fc.property(
        area(0, 0),
        fc.array(area(-8000, 8000), { maxLength: 3 }),
        saved,
        (primary, others, state) => {
          const areas = [primary, ...others];
          const p = placeWindow(state, areas, primary);
          return areas.some(
            (a) =>
              p.x >= a.x &&
              p.y >= a.y &&
              p.x + p.width <= a.x + a.width &&
              p.y + p.height <= a.y + a.height,
          );
        },
      ),
    );
  });
});

describe('loadWindowState / saveWindowState', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'crossing-window-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('returns defaults when there is no file yet', () => {
    expect(loadWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('returns defaults for a corrupt file', () => {
    writeFileSync(join(dir, WINDOW_STATE_FILE), '{"width": 1000, "hei');
    expect(loadWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('round-trips a state and leaves no temp file behind', () => {
    const state = { x: 5, y: 6, width: 1100, height: 750, maximized: true };
    expect(saveWindowState(dir, state)).toBe(true);
    expect(loadWindowState(dir)).toEqual(state);
    expect(readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
    expect(JSON.parse(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8'))).toEqual(state);
  });

  it('logs and returns false instead of throwing when the folder is gone', () => {
    const log = vi.fn();
    const missing = join(dir, 'no', 'such', 'folder');
    expect(saveWindowState(missing, DEFAULT_WINDOW_STATE, log)).toBe(false);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('could not save the window state'));
    expect(existsSync(missing)).toBe(false);
  });
});
