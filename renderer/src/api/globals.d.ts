import type { Api } from '../../../shared/api/contract';
import type { ShellBridge } from '../../../shared/api/shellBridge';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser, where the HTTP client is used. */
    api?: Api;
    shell?: ShellBridge;
  }
}
