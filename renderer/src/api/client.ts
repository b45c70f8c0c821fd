import type { Api } from '../../../shared/api/contract';
import { createHttpApi } from './createHttpApi';

/** The one API the renderer talks through: window.api inside Electron, HTTP in a browser. */
export const api: Api = window.api ?? createHttpApi();

export const isElectron = (): boolean => window.api !== undefined;
