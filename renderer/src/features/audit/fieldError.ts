import type { AppError } from '../../../../shared/api/result';

/** The message to show under a single field: the first issue's own words, else the error's. */
export const fieldError = (error: AppError): string => error.issues?.[0]?.message ?? error.message;
