import type { FieldErrors, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { auditFieldsSchema, TIMER_MINUTES, type Audit } from '../../../../shared/domain/audit';
import { parseParticipants, participantsToText } from './participants';

/** What the audit details form edits: participants as one text, parsed into a list on submit. */
export interface AuditFormValues {
  title: string;
  takenOn: string;
  facilitator: string;
  participantsText: string;
  timerMinutes: number;
}

export type AuditFields = z.output<typeof auditFieldsSchema>;

export function toAuditFormValues(
  audit: Pick<Audit, 'title' | 'takenOn' | 'facilitator' | 'participants' | 'timerMinutes'> | null,
  defaults: { title: string; takenOn: string },
): AuditFormValues {
  return {
    title: audit?.title ?? defaults.title,
    takenOn: audit?.takenOn ?? defaults.takenOn,
    facilitator: audit?.facilitator ?? '',
    participantsText: audit ? participantsToText(audit.participants) : '',
    timerMinutes: audit?.timerMinutes ?? TIMER_MINUTES.default,
  };
}

// Schema field -> the form field its messages belong to (participants is edited as text).
const FORM_FIELD: Record<keyof AuditFields, keyof AuditFormValues> = {
  title: 'title',
  takenOn: 'takenOn',
  facilitator: 'facilitator',
  participants: 'participantsText',
  timerMinutes: 'timerMinutes',
};

/** The form field a dotted issue path ("participants.2", "patch.title") belongs to, if any. */
export function formFieldOf(path: string): keyof AuditFormValues | undefined {
  const parts = path.split('.');
  for (const part of parts) {
    if (Object.hasOwn(FORM_FIELD, part)) return FORM_FIELD[part as keyof AuditFields];
  }
  return undefined;
}

/**
 * Validates the form with the backend's own schema (auditFieldsSchema), so the form refuses
 * exactly what the backend would, with the same messages, each under the field it concerns.
 */
export const auditFormResolver: Resolver<AuditFormValues, unknown, AuditFields> = (values) => {
  const parsed = auditFieldsSchema.safeParse({
    title: values.title,
    takenOn: values.takenOn,
    facilitator: values.facilitator,
    participants: parseParticipants(values.participantsText),
    timerMinutes: values.timerMinutes,
  });
  if (parsed.success) return { values: parsed.data, errors: {} };
  const errors: FieldErrors<AuditFormValues> = {};
  for (const issue of parsed.error.issues) {
    const field = formFieldOf(issue.path.map(String).join('.')) ?? 'title';
    // The first message per field is the one to fix first.
    errors[field] ??= { type: issue.code, message: issue.message };
  }
  return { values: {}, errors };
};
