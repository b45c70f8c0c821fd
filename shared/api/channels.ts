// The channel names, as plain data with no imports: the sandboxed preload builds window.api from
// this list and must stay free of runtime libraries (zod included). contract.ts checks at compile
// time that this list and the contract's keys are the same set.
export const CHANNELS = [
  'app.info',
  'projects.list',
  'projects.get',
  'projects.create',
  'projects.update',
  'projects.archive',
  'projects.unarchive',
  'projects.delete',
  'history.list',
  'history.verify',
  'audits.list',
  'audits.latestFinal',
  'audits.get',
  'audits.create',
  'audits.update',
  'audits.setPractice',
  'audits.setGapMissing',
  'audits.finalize',
  'audits.copy',
  'audits.delete',
  'backups.list',
  'backups.create',
  'backups.restore',
  'workspace.reopen',
  'sample.create',
  'reports.preview',
  'reports.list',
  'reports.start',
  'reports.job',
  'reports.cancel',
  'reports.download',
  'portfolio.summary',
  'org.get',
  'org.saveProfile',
  'org.decide',
  'ownership.list',
  'ownership.get',
  'ownership.save',
  'plans.get',
  'plans.generate',
  'plans.addTask',
  'plans.updateTask',
  'plans.moveTask',
  'plans.deleteTask',
  'plans.replanPreview',
  'plans.replanApply',
  'plans.overview',
  'timeline.get',
  'timeline.save',
  'releases.list',
  'releases.all',
  'releases.create',
  'releases.update',
  'releases.delete',
  'checkpoints.get',
  'checkpoints.setThresholds',
  'checkpoints.openRun',
  'checkpoints.recordEvidence',
  'checkpoints.recordCriterion',
  'checkpoints.signOff',
  'checkpoints.waive',
] as const;

export type Channel = (typeof CHANNELS)[number];

/** Commands the native menu sends to the renderer (Electron only; the browser uses key bindings). */
export const SHELL_COMMANDS = [
  'project.new',
  'view.portfolio',
  'view.backups',
  'app.about',
  'view.org',
] as const;
export type ShellCommand = (typeof SHELL_COMMANDS)[number];

/** The IPC channel a contract channel travels on between preload and main. */
export const ipcChannel = (channel: string): string => `crossing:${channel}`;
/** The IPC event main sends native menu commands on. */
export const SHELL_COMMAND_EVENT = 'crossing:shell-command';
/** Electron only: export a report through the native save dialog (main picks the path). */
export const REPORT_SAVE_CHANNEL = 'crossing:report-save';
