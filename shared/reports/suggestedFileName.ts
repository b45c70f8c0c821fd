import { localToday } from '../domain/calendar';
import type { ReportFormat, ReportModel } from './reportRequest';

// Characters no file system takes in a name (Windows is the strictest), and control characters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/** "Support triage assistant – readiness 2026-03-14.pdf", safe on every file system. */
export function suggestedFileName(model: ReportModel, format: ReportFormat): string {
  const day = localToday(new Date(model.meta.generatedAt));
  const base =
    model.kind === 'project'
      ? `${model.meta.title} – readiness ${day}`
      : `Portfolio readiness ${day}`;
  const safe = base
    .replace(UNSAFE_IN_FILE_NAMES, '-')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 150);
  return `${safe || 'Report'}.${format}`;
}
