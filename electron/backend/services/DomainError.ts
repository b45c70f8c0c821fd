import type { ErrorCode, Issue } from '../../../shared/api/result';

/** A refusal the user should read: services throw it, dispatch turns it into a Result. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
