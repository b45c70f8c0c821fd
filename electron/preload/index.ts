import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, buildShellBridge } from './exposedApi';

// Runs sandboxed with context isolation: only these two objects of named functions cross into
// the page. Bundled to CommonJS with no runtime libraries (see electron.vite.config.ts).
contextBridge.exposeInMainWorld('api', buildApi(ipcRenderer));
contextBridge.exposeInMainWorld('shell', buildShellBridge(ipcRenderer, process.platform));
