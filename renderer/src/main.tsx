import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { api } from './api/client';
import { createAppStore } from './store/appStore';
import { StoreProvider } from './store/StoreProvider';
import './theme/theme.css';

// One store for the app, made with its API here and handed down (tests make their own).
const store = createAppStore(api);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
