// Audits record the framework version they were scored with, so an old audit keeps meaning what
// it meant when it was taken. Any change to the list of practices (added, removed, re-keyed,
// re-weighted) is a new version, and so is changing what a level means for a practice (its
// scores were given against those words); fixing a typo is not.
// 2026.2: practices done by people have level descriptions of their own, and the dashboard
// practice is reworded. Earlier versions' texts stay in frameworkVersions.ts for their audits.
export const FRAMEWORK_VERSION = '2026.2';
