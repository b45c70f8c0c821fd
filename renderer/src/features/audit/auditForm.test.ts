import type { ResolverOptions } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import {
  auditFormResolver,
  formFieldOf,
  toAuditFormValues,
  type AuditFields,
  type AuditFormValues,
} from './auditForm';

const valid: AuditFormValues = {
  title: '  Week 1 audit ',
  takenOn: '2026-02-03',
  facilitator: 'Ana',
  participantsText: 'Ana, Bo\nChen',
  timerMinutes: 12,
};
const options = {
  fields: {},
  shouldUseNativeValidation: false,
} as ResolverOptions<AuditFormValues>;

async function resolve(values: AuditFormValues) {
  return auditFormResolver(values, undefined, options);
}

describe('auditFormResolver', () => {
  it('gives the backend input: trimmed title, participants as a list', async () => {
    const r = await resolve(valid);
    expect(r.errors).toEqual({});
    expect(r.values as AuditFields).toEqual({
      title: 'Week 1 audit',
      takenOn: '2026-02-03',
      facilitator: 'Ana',
      participants: ['Ana', 'Bo', 'Chen'],
      timerMinutes: 12,
    });
  });

  it('puts each message under the field it concerns', async () => {
    const r = await resolve({
      title: ' ',
      takenOn: '2026-02-30',
      facilitator: '',
      participantsText: 'x'.repeat(121),
      timerMinutes: 0,
    });
    expect(r.errors.title?.message).toBe('Title is required');
    expect(r.errors.takenOn?.message).toBe('Audit date is not a real calendar date');
    expect(r.errors.participantsText?.message).toBe('A participant can be at most 120 characters');
    expect(r.errors.timerMinutes?.message).toBe('At least 1 minute');
  });

  it('refuses more than 30 participants and an empty timer', async () => {
    const many = Array.from({ length: 31 }, (_, i) => `P${i}`).join(',');
    const r = await resolve({ ...valid, participantsText: many, timerMinutes: Number.NaN });
    expect(r.errors.participantsText?.message).toBe('At most 30 participants');
    expect(r.errors.timerMinutes?.message).toBe('Minutes must be a number');
  });
});

describe('toAuditFormValues', () => {
  it('starts a new audit from the defaults and a 10-minute timer', () => {
    expect(
      toAuditFormValues(null, { title: 'Gap audit 2026-02-03', takenOn: '2026-02-03' }),
    ).toEqual({
      title: 'Gap audit 2026-02-03',
      takenOn: '2026-02-03',
      facilitator: '',
      participantsText: '',
      timerMinutes: 10,
    });
  });
  it('edits an audit with its participants as text', () => {
    const v = toAuditFormValues(
      {
        title: 'A',
        takenOn: '2026-01-01',
        facilitator: 'F',
        participants: ['X', 'Y'],
        timerMinutes: 5,
      },
      { title: 'ignored', takenOn: 'ignored' },
    );
    expect(v.participantsText).toBe('X, Y');
    expect(v.timerMinutes).toBe(5);
  });
});

describe('formFieldOf', () => {
  it('places backend issue paths on form fields', () => {
    expect(formFieldOf('participants.2')).toBe('participantsText');
    expect(formFieldOf('patch.title')).toBe('title');
    expect(formFieldOf('projectId')).toBeUndefined();
  });
});
