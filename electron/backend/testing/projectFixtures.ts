import type { ProjectFieldsInput } from '../../../shared/domain/project';

/** A valid projects.create input; override any field. */
export const projectInput = (overrides: Partial<ProjectFieldsInput> = {}): ProjectFieldsInput => ({
  name: 'Support triage assistant',
  kind: 'llm',
  stage: 'poc',
  ...overrides,
});
