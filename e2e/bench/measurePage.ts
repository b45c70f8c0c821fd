import type { CDPSession, Page } from '@playwright/test';

// In-page measurements: timings are taken inside the page (performance.now()), so Playwright's
// polling does not add to them.

declare global {
  interface Window {
    __rowsAt?: number | null;
    __keyLatencies?: number[];
  }
}

/** The table's first data row, as a CSS selector (the rows a user waits for). */
export const FIRST_ROW =
  '[role="grid"][aria-label="Projects"] [role="rowheader"], table[aria-label="Projects"] tbody th';

/**
 * Installs, before the app's scripts run, a watcher that notes the frame on which the first
 * project row appears (performance.now(), so from the navigation's start on a cold load).
 */
export async function watchRowsFromStart(page: Page): Promise<void> {
  await page.addInitScript((selector) => {
    window.__rowsAt = null;
    const check = () => {
      if (window.__rowsAt === null && document.querySelector(selector)) {
        requestAnimationFrame(() => (window.__rowsAt = performance.now()));
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
  }, FIRST_ROW);
}

/** Milliseconds from clicking the sidebar's Portfolio link to the frame showing the first row. */
export async function navigationToRows(page: Page, capMs: number): Promise<number | null> {
  await page.evaluate((selector) => {
    window.__rowsAt = null;
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector)) {
        observer.disconnect();
        requestAnimationFrame(() => (window.__rowsAt = performance.now() - start));
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const link = Array.from(document.querySelectorAll('nav a')).find(
      (a) => a.textContent === 'Portfolio',
    );
    (link as HTMLElement | undefined)?.click();
  }, FIRST_ROW);
  return waitForNumber(page, () => window.__rowsAt ?? null, capMs);
}

export async function waitForNumber(
  page: Page,
  read: () => number | null,
  capMs: number,
): Promise<number | null> {
  try {
    const handle = await page.waitForFunction(read, undefined, { timeout: capMs, polling: 50 });
    return await handle.jsonValue();
  } catch {
    return null;
  }
}

/**
 * Types `text` into the focused field one key at a time and gives, per key, the time from the
 * key event to the frame after it (the next paint): what a user feels as "typing lags".
 */
export async function keystrokeLatencies(page: Page, text: string): Promise<number[]> {
  await page.evaluate(() => {
    window.__keyLatencies = [];
    window.addEventListener(
      'keydown',
      (e) => {
        const t0 = e.timeStamp;
        requestAnimationFrame(() =>
          setTimeout(() => window.__keyLatencies?.push(performance.now() - t0), 0),
        );
      },
      { capture: true },
    );
  });
  for (const [i, ch] of [...text].entries()) {
    await page.keyboard.type(ch);
    // Let the frame after this key be noted before the next key (a user types ~5 keys/s).
    await page.waitForFunction((n) => (window.__keyLatencies?.length ?? 0) >= n, i + 1, {
      timeout: 120_000,
    });
    await page.waitForTimeout(150);
  }
  return page.evaluate(() => window.__keyLatencies ?? []);
}

/** The page's live JS heap after a garbage collection, in MiB. */
export async function heapMiB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/**
 * Scrolls the element holding the table (or the page) by `pxPerFrame` on every frame for
 * `frames` frames; gives the frame intervals (ms) seen while scrolling.
 */
export async function scrollFrames(
  page: Page,
  frames: number,
  pxPerFrame: number,
): Promise<number[]> {
  return page.evaluate(
    ({ frames, pxPerFrame, selector }) =>
      new Promise<number[]>((resolve) => {
        const grid = document.querySelector(selector)?.closest('[role="grid"], table');
        let el: Element | null = grid ?? null;
        while (el && el.scrollHeight <= el.clientHeight + 1) el = el.parentElement;
        const scroller = el ?? document.scrollingElement ?? document.documentElement;
        const intervals: number[] = [];
        let last = performance.now();
        const step = (now: number) => {
          intervals.push(now - last);
          last = now;
          scroller.scrollTop += pxPerFrame;
          if (intervals.length < frames) requestAnimationFrame(step);
          else resolve(intervals.slice(1));
        };
        requestAnimationFrame(step);
      }),
    { frames, pxPerFrame, selector: FIRST_ROW },
  );
}
