import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { Sidebar } from './Sidebar';

/**
 * Focuses the new page's title once it has drawn: a lazy page may take a moment, and the old
 * page's title may still be there for a frame, so an h1 other than `old` is waited for.
 */
function focusTitle(main: HTMLElement, old: Element | null): () => void {
  let tries = 0;
  const timer = window.setInterval(() => {
    const title = main.querySelector<HTMLElement>('h1');
    const found = title !== null && title !== old;
    if (found || ++tries > 80) window.clearInterval(timer);
    if (!found) return;
    title.tabIndex = -1;
    title.focus({ preventScroll: true });
  }, 25);
  return () => window.clearInterval(timer);
}

/**
 * The window's layout: a skip link, the sidebar, then the main area. After a navigation focus
 * moves to the new page's title, so a screen reader announces it and Tab starts from the page
 * (issue 6, item 8); the first screen keeps the browser's own start.
 */
export function AppFrame({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shown = useRef(location);
  const oldTitle = useRef<Element | null>(null);
  // Remember the title on screen before each render, to tell the next page's from it.
  useLayoutEffect(() => {
    if (shown.current === location) oldTitle.current = mainRef.current?.querySelector('h1') ?? null;
  });
  useEffect(() => {
    if (shown.current === location) return; // the first screen keeps the browser's own start
    shown.current = location;
    const main = mainRef.current;
    if (!main) return;
    main.scrollTop = 0;
    return focusTitle(main, oldTitle.current);
  }, [location]);

  return (
    <div className="app-frame">
      {/* A link, not an anchor to #main: the address's hash is the route. */}
      <a
        href="#main"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <Sidebar />
      <main className="app-main" id="main" tabIndex={-1} ref={mainRef}>
        {children}
      </main>
    </div>
  );
}
