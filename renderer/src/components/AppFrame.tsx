import type { ReactNode } from 'react';
import { Sidebar } from './Sidebar';

/** The window's layout: the sidebar, then the main area. */
export function AppFrame({ children }: { children: ReactNode }) {
  return (
    <div className="app-frame">
      <Sidebar />
      <main className="app-main" id="main">
        {children}
      </main>
    </div>
  );
}
