// Audits record the framework version they were scored with, so an old audit keeps meaning what
// it meant when it was taken. Any change to the list of practices (added, removed, re-keyed,
// re-weighted) is a new version; rewording a description is not.
export const FRAMEWORK_VERSION = '2026.1';
