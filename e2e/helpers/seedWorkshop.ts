import { expect } from '@playwright/test';
import type { Audit } from '../../shared/domain/audit';
import type { Project } from '../../shared/domain/project';
import type { HostHandle } from '../fixtures/test';
import { callApi } from './api';

export interface SeedOptions {
  projectName?: string;
  title?: string;
  facilitator?: string;
  participants?: string[];
  timerMinutes?: number;
}

/** A project and a draft audit of it, created through the API. */
export async function seedWorkshop(
  host: HostHandle,
  opts: SeedOptions = {},
): Promise<{ project: Project; audit: Audit }> {
  const project = await callApi(host, 'projects.create', {
    name: opts.projectName ?? 'Support copilot',
    kind: 'rag',
    stage: 'poc',
    owner: 'Ana Ruiz',
    team: 'Customer care',
  });
  const audit = await callApi(host, 'audits.create', {
    projectId: project.id,
    title: opts.title ?? 'Week 1 gap audit',
    takenOn: '2025-03-03',
    facilitator: opts.facilitator ?? 'Ana Ruiz',
    participants: opts.participants ?? ['Bo Chen', 'Chidi Okafor', 'Dana Levi'],
    timerMinutes: opts.timerMinutes ?? 10,
  });
  expect(audit.status).toBe('draft');
  return { project, audit };
}
