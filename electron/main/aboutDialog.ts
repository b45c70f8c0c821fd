import type { BrowserWindow, Dialog, MessageBoxOptions } from 'electron';
import type { AppInfo } from '../../shared/domain/appInfo';

export interface RuntimeVersions {
  electron: string;
  chrome: string;
  node: string;
}

/** The About box text: what a support request needs (versions and where the data lives). */
export function aboutMessage(
  appName: string,
  info: AppInfo,
  versions: RuntimeVersions,
): MessageBoxOptions {
  const lines = [
    `Version ${info.appVersion}`,
    `Framework version ${info.frameworkVersion}`,
    `Data file: ${info.dataFile}`,
  ];
  if (info.workspace.state === 'refused')
    lines.push(`Workspace not open: ${info.workspace.message}`);
  lines.push(
    '',
    `Electron ${versions.electron} · Chromium ${versions.chrome} · Node ${versions.node}`,
  );
  return {
    type: 'info',
    title: `About ${appName}`,
    message: `${appName} ${info.appVersion}`,
    detail: lines.join('\n'),
    buttons: ['OK'],
    noLink: true,
  };
}

/** A plain message box on every platform, so the data file location shows everywhere. */
export async function showAbout(
  dialog: Pick<Dialog, 'showMessageBox'>,
  parent: BrowserWindow | null,
  options: MessageBoxOptions,
): Promise<void> {
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}
