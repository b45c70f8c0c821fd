import { z } from 'zod';
import { createReleaseSchema, releasePatchSchema, type Release } from '../domain/release';
import { recordId } from '../domain/textFields';
import { channel } from './defineChannel';

export const releasesContract = {
  /** A project's releases, by training date. */
  'releases.list': channel<Release[]>()(z.object({ projectId: recordId }).strict()),
  /** Every release of every active project: the portfolio's median lead time. */
  'releases.all': channel<Release[]>()(z.object({}).strict()),
  'releases.create': channel<Release>()(createReleaseSchema),
  'releases.update': channel<Release>()(
    z.object({ id: recordId, patch: releasePatchSchema }).strict(),
  ),
  'releases.delete': channel<{ id: string }>()(z.object({ id: recordId }).strict()),
};
