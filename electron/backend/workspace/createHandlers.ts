import type { AppInfo } from '../../../shared/domain/appInfo';
import type { Handlers } from '../dispatch/handlers';
import { ProjectsService } from '../services/projectsService';
import type { ServiceContext } from '../services/ServiceContext';

/** Wires each channel to its service method. Handlers receive input already parsed. */
export function createHandlers(ctx: ServiceContext, info: AppInfo): Handlers {
  const projects = new ProjectsService(ctx);
  return {
    'app.info': () => info,
    'history.list': ({ entityId, limit }) => ctx.history.list({ entityId, limit }),
    'history.verify': () => ctx.history.verify(),
    'projects.list': () => projects.list(),
    'projects.get': ({ id }) => projects.get(id),
    'projects.create': (fields) => projects.create(fields),
    'projects.update': ({ id, patch }) => projects.update(id, patch),
    'projects.archive': ({ id }) => projects.archive(id),
    'projects.unarchive': ({ id }) => projects.unarchive(id),
    'projects.delete': ({ id }) => projects.delete(id),
  };
}
