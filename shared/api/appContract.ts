import { z } from 'zod';
import type { AppInfo } from '../domain/appInfo';
import type { HistoryEvent, HistoryVerification } from '../domain/history';
import { recordId } from '../domain/textFields';
import { channel } from './defineChannel';

export const appContract = {
  'app.info': channel<AppInfo>()(z.object({}).strict()),
  'history.list': channel<HistoryEvent[]>()(
    z
      .object({
        entityId: recordId.optional(),
        projectId: recordId.optional(),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
  ),
  'history.verify': channel<HistoryVerification>()(z.object({}).strict()),
};
