import { z } from 'zod';
import { projectFieldsSchema, projectPatchSchema, type Project } from '../domain/project';
import { recordId } from '../domain/textFields';
import { channel } from './defineChannel';

const byId = z.object({ id: recordId }).strict();

export const projectsContract = {
  /** Every project, archived ones included (the list filters on screen). */
  'projects.list': channel<Project[]>()(z.object({}).strict()),
  'projects.get': channel<Project>()(byId),
  'projects.create': channel<Project>()(projectFieldsSchema),
  'projects.update': channel<Project>()(
    z.object({ id: recordId, patch: projectPatchSchema }).strict(),
  ),
  'projects.archive': channel<Project>()(byId),
  'projects.unarchive': channel<Project>()(byId),
  'projects.delete': channel<{ id: string }>()(byId),
};
