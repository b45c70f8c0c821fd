import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const WINDOW_STATE_FILE = 'window-state.json';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is saved: the normal (un-maximised) bounds; no position means "centre it". */
export interface WindowState {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: Readonly<WindowState> = {
  width: 1280,
  height: 800,
  maximized: false,
};
export const MIN_WINDOW_SIZE = { width: 640, height: 480 } as const;

// Plausible bounds only: anything outside these came from a bug or a hand edit.
const MAX_SIZE = 32_000;
const MAX_COORDINATE = 100_000;

const isNumberIn = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

/** Validates what was read; any bad field means defaults (a half-trusted state helps no one). */
export function parseWindowState(raw: unknown): WindowState {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_WINDOW_STATE };
  const r = raw as Record<string, unknown>;
  const sizeOk = isNumberIn(r.width, 1, MAX_SIZE) && isNumberIn(r.height, 1, MAX_SIZE);
  const hasPosition = r.x !== undefined || r.y !== undefined;
  const positionOk =
    !hasPosition ||
    (isNumberIn(r.x, -MAX_COORDINATE, MAX_COORDINATE) &&
      isNumberIn(r.y, -MAX_COORDINATE, MAX_COORDINATE));
  const maximizedOk = r.maximized === undefined || typeof r.maximized === 'boolean';
  if (!sizeOk || !positionOk || !maximizedOk) return { ...DEFAULT_WINDOW_STATE };
  const state: WindowState = {
    width: Math.round(r.width as number),
    height: Math.round(r.height as number),
    maximized: r.maximized === true,
  };
  if (hasPosition) {
    state.x = Math.round(r.x as number);
    state.y = Math.round(r.y as number);
  }
  return state;
}

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const clamp = (v: number, min: number, max: number): number => Math.min(Math.max(v, min), max);

/**
 * Places the saved window on the displays connected now: on the work area it overlaps most,
 * or centred on the primary one when it overlaps none (its monitor was unplugged), shrunk to
 * fit and moved so it lies wholly inside. Work areas exclude taskbars and docks.
 */
export function placeWindow(
  state: WindowState,
  workAreas: readonly Rect[],
  primary: Rect,
): WindowState & Rect {
  const wanted = {
    width: Math.max(state.width, MIN_WINDOW_SIZE.width),
    height: Math.max(state.height, MIN_WINDOW_SIZE.height),
  };
  let area = primary;
  let best = 0;
  if (state.x !== undefined && state.y !== undefined) {
    const saved = { x: state.x, y: state.y, ...wanted };
    for (const candidate of workAreas) {
      const o = overlap(saved, candidate);
      if (o > best) [best, area] = [o, candidate];
    }
  }
  const width = Math.min(wanted.width, area.width);
  const height = Math.min(wanted.height, area.height);
  const centred = best === 0;
  const x = centred ? area.x + Math.round((area.width - width) / 2) : (state.x as number);
  const y = centred ? area.y + Math.round((area.height - height) / 2) : (state.y as number);
  return {
    width,
    height,
    x: clamp(x, area.x, area.x + area.width - width),
    y: clamp(y, area.y, area.y + area.height - height),
    maximized: state.maximized,
  };
}

/** Missing file or bad JSON: defaults (the first run has no file). */
export function loadWindowState(dataDir: string): WindowState {
  try {
    return parseWindowState(JSON.parse(readFileSync(join(dataDir, WINDOW_STATE_FILE), 'utf8')));
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

/**
 * Temp file + rename, so a crash mid-write leaves the old file rather than half a file. Never
 * throws: failing to remember a window size must not stop the window from closing.
 */
export function saveWindowState(
  dataDir: string,
  state: WindowState,
  log: (message: string) => void = console.error,
): boolean {
  const target = join(dataDir, WINDOW_STATE_FILE);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, JSON.stringify(parseWindowState(state)) + '\n', 'utf8');
    renameSync(temp, target);
    return true;
  } catch (e) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing more to do: the log line below says what failed.
    }
    log(`[crossing] could not save the window state: ${String(e)}`);
    return false;
  }
}
