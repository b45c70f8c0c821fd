import type { z } from 'zod';
import type { Issue } from '../../../../shared/api/result';

/** Field path -> its first message, from a schema's issues or a refusal's. */
export type FieldErrors = Record<string, string>;

export function errorsFromIssues(issues: readonly Issue[], prefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const i of issues) {
    const path = prefix && i.path.startsWith(prefix) ? i.path.slice(prefix.length) : i.path;
    errors[path] ??= i.message;
  }
  return errors;
}

export const issuesOf = (error: z.ZodError): Issue[] =>
  error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
