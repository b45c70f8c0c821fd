import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { Api } from '../../../shared/api/contract';
import { createAppStore } from '../store/appStore';
import { StoreProvider } from '../store/StoreProvider';

/**
 * Renders a page as the app does (its own store over `api`, a router at `path`), for page tests
 * with a fake API (testing/fakeApi.ts). Returns the store, to set or read its state.
 */
export function renderPage(ui: ReactNode, { api, path = '/' }: { api: Api; path?: string }) {
  const store = createAppStore(api);
  const location = memoryLocation({ path, record: true });
  // A wrapper, not a parent: `rerender` keeps the store and the router.
  const view = render(ui, {
    wrapper: ({ children }) => (
      <StoreProvider store={store}>
        <Router hook={location.hook}>{children}</Router>
      </StoreProvider>
    ),
  });
  return { ...view, store, location };
}
