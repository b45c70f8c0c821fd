import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { callOk } from '../testing/calls';
import { bundleChild } from '../testing/bundleChild';
import { killDuringUpgrade, timeToUpgrade, writePreviousVersionFile } from '../testing/upgradeKill';
import { makeTempDir, openTempWorkspace } from '../testing/tempWorkspace';

// Issue 7, item 1: a host killed at a random moment while it backs up and upgrades a file of the
// previous schema version. The next start must open the file (upgraded or not) with every row;
// a healthy file is never quarantined. `npm run test:crash` runs many more kills.

const PROJECTS = 1500;
const KILLS = 8;

let child: { path: string; remove: () => void };
let templateDir: ReturnType<typeof makeTempDir>;
let template: string;

beforeAll(async () => {
  child = await bundleChild('hostChild.ts');
  templateDir = makeTempDir();
  template = join(templateDir.dir, 'previous.sqlite');
  writePreviousVersionFile(template, PROJECTS);
});
afterAll(() => {
  child.remove();
  templateDir.remove();
});

it(`opens a healthy file after ${KILLS} kills during its upgrade, never quarantining it`, async () => {
  const tmp = makeTempDir();
  try {
    const whole = await timeToUpgrade(child.path, template, tmp.dir);
    for (let k = 0; k < KILLS; k++) {
      const delay = Math.random() * whole * 1.1;
      const outcome = await killDuringUpgrade(child.path, template, tmp.dir, delay, async (dir) => {
        const ws = openTempWorkspace({ dataDir: dir });
        try {
          const state = ws.info.workspace;
          if (state.state !== 'ready') return { state: JSON.stringify(state), projects: 0 };
          const list = await callOk(ws.dispatch, 'projects.list', {});
          return { state: 'ready', projects: list.length };
        } finally {
          ws.close();
        }
      });
      expect(outcome, `kill ${k} after ${Math.round(delay)} ms`).toMatchObject({
        state: 'ready',
        quarantined: false,
      });
      expect(outcome.projects).toBeGreaterThanOrEqual(PROJECTS);
    }
  } finally {
    tmp.remove();
  }
}, 120_000);
