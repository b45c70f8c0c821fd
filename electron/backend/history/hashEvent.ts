import { createHash } from 'node:crypto';
import type { HistoryEventFields } from '../../../shared/domain/history';
import { canonicalJson } from './canonicalJson';

/** The hash of the (empty) chain's start: the first event links to it. */
export const GENESIS_HASH = '0'.repeat(64);

/** What the seal covers: every stored field but the seal itself (before/after as stored JSON). */
export interface HashedFields extends HistoryEventFields {
  beforeJson: string | null;
  afterJson: string | null;
  prevHash: string;
}

/**
 * sha256 over every stored field of the event, the previous event's hash included: changing,
 * removing or reordering any recorded event breaks every link after it.
 */
export function hashEvent(e: HashedFields): string {
  return createHash('sha256').update(canonicalJson(e)).digest('hex');
}
