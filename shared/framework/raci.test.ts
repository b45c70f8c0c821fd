import { describe, expect, it } from 'vitest';
import { ORG_MODEL_KEYS, ORG_MODELS } from './orgModels';
import {
  ALERT_ROUTES,
  defaultAlertParty,
  defaultCheckpointParty,
  RACI_STAGES,
  raciTable,
} from './raci';

describe('raciTable', () => {
  it.each(ORG_MODEL_KEYS)(
    '%s: the five stages then the three alert routes, each fully staffed',
    (m) => {
      const rows = raciTable(m);
      expect(rows.map((r) => r.key)).toEqual([...RACI_STAGES, ...ALERT_ROUTES]);
      for (const r of rows) {
        // Nobody is both consulted and informed, and the responsible party is never just informed.
        expect(r.consulted.filter((p) => r.informed.includes(p))).toEqual([]);
        expect(r.informed).not.toContain(r.responsible);
      }
    },
  );

  it('keeps the framework’s specialist stage owners under every model', () => {
    for (const m of ORG_MODEL_KEYS) {
      const byKey = new Map(raciTable(m).map((r) => [r.key, r]));
      expect(byKey.get('data_validation')?.responsible).toBe('data_engineering');
      expect(byKey.get('security_review')?.responsible).toBe('appsec');
      expect(byKey.get('bias_audit')?.responsible).toBe('responsible_ai');
      expect(byKey.get('cost')?.responsible).toBe('engineering_manager');
    }
  });

  it('places the work differently per model: the central platform team runs drift in the centralised model', () => {
    expect(defaultAlertParty('drift', 'centralized')).toBe('platform_owner');
    expect(defaultAlertParty('drift', 'hybrid')).toBe('ml_owner');
    expect(defaultAlertParty('drift', 'embedded')).toBe('ml_owner');
    expect(defaultCheckpointParty('operational_readiness', 'embedded')).toBe('ml_owner');
    expect(defaultCheckpointParty('operational_readiness', 'hybrid')).toBe('platform_owner');
    const accountable = (m: (typeof ORG_MODEL_KEYS)[number]) =>
      new Set(raciTable(m).map((r) => r.accountable));
    expect(accountable('embedded')).toEqual(new Set(['engineering_manager']));
    expect(accountable('centralized')).toContain('platform_owner');
  });

  it('before any decision, follows the framework’s own split of alerts and stage owners', () => {
    expect(ALERT_ROUTES.map((r) => defaultAlertParty(r, null))).toEqual([
      'ml_owner',
      'platform_owner',
      'engineering_manager',
    ]);
    expect(RACI_STAGES.map((s) => defaultCheckpointParty(s, null))).toEqual([
      'data_engineering',
      'ml_owner',
      'appsec',
      'responsible_ai',
      'platform_owner',
    ]);
  });

  it('offers three models, and "the data science team owns it" is none of them', () => {
    expect(ORG_MODELS.map((m) => m.key)).toEqual(['centralized', 'embedded', 'hybrid']);
    expect(ORG_MODELS.map((m) => m.name).join(' ')).not.toMatch(/data science/i);
  });
});
