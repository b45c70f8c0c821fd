import { describe, expect, it } from 'vitest';
import { parseProfileForm, toProfileForm } from './orgProfileForm';

const form = {
  mlEngineers: '12',
  activeProductsOverride: '',
  modelsInProduction: ' 6 ',
  platformTeam: 'yes' as const,
  platformTeamSize: '4',
};

describe('the questionnaire form', () => {
  it('turns typed counts into numbers and empty ones into "not answered"', () => {
    expect(parseProfileForm(form)).toEqual({
      ok: true,
      fields: {
        mlEngineers: 12,
        activeProductsOverride: null,
        modelsInProduction: 6,
        platformTeam: true,
        platformTeamSize: 4,
      },
    });
  });

  it('says what is wrong under each field, in the backend’s words', () => {
    const r = parseProfileForm({ ...form, mlEngineers: 'twelve', modelsInProduction: '2.5' });
    expect(r).toEqual({
      ok: false,
      errors: {
        mlEngineers: 'The number of ML engineers must be a number',
        modelsInProduction: 'The number of models in production must be a whole number',
      },
    });
    expect(parseProfileForm({ ...form, activeProductsOverride: '-1' })).toMatchObject({
      errors: { activeProductsOverride: 'The number of active AI products cannot be negative' },
    });
  });

  it('drops a size typed before answering that there is no platform team', () => {
    const r = parseProfileForm({ ...form, platformTeam: 'no' });
    expect(r).toMatchObject({ ok: true, fields: { platformTeam: false, platformTeamSize: null } });
  });

  it('round-trips a saved profile', () => {
    const r = parseProfileForm(form);
    if (!r.ok) throw new Error('expected ok');
    expect(toProfileForm(r.fields)).toEqual({ ...form, modelsInProduction: '6' });
  });
});
