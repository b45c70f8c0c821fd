import { useState } from 'react';
import { Button } from 'react-aria-components';
import { addDays, localToday } from '../../../../shared/domain/calendar';
import type { CheckpointRun } from '../../../../shared/domain/checkpoints';
import { stageDef } from '../../../../shared/framework';
import { TextAreaField } from '../../components/fields/TextAreaField';
import { TextInputField } from '../../components/fields/TextInputField';
import { useAppStore } from '../../store/useAppStore';

/**
 * Closing a run: a sign-off (pass or fail) while it is open, or a waiver (also for a failed
 * run). A refused pass shows the backend's exact list of what is missing.
 */
export function CloseRunForms({
  projectId,
  run,
  missing,
  canSignOff,
  disabled,
}: {
  projectId: string;
  run: CheckpointRun;
  missing: string[];
  canSignOff: boolean;
  disabled: boolean;
}) {
  const write = useAppStore((s) => s.writeCheckpoint);
  const name = stageDef(run.stage).name;
  const today = localToday();
  const [reviewer, setReviewer] = useState('');
  const [on, setOn] = useState(today);
  const [comment, setComment] = useState('');
  const [signError, setSignError] = useState<{ message: string; items: string[] } | null>(null);
  const [reason, setReason] = useState('');
  const [approver, setApprover] = useState('');
  const [expiresOn, setExpiresOn] = useState(addDays(today, 30));
  const [waiveErrors, setWaiveErrors] = useState<Record<string, string>>({});

  const signOff = async (outcome: 'passed' | 'failed') => {
    const r = await write(
      'checkpoints.signOff',
      projectId,
      { runId: run.id, outcome, reviewer, on, comment },
      `${outcome === 'passed' ? 'Passed' : 'Failed'} ${name}`,
    );
    if (r.ok) setSignError(null);
    else
      setSignError({
        message: r.error.code === 'RULE_VIOLATION' ? `${name} cannot pass yet.` : r.error.message,
        items: (r.error.issues ?? []).map((i) => i.message),
      });
  };
  const waive = async () => {
    const r = await write(
      'checkpoints.waive',
      projectId,
      { runId: run.id, reason, approver, on, expiresOn },
      `Waived ${name} until ${expiresOn}`,
    );
    setWaiveErrors(
      r.ok
        ? {}
        : Object.fromEntries(
            (r.error.issues ?? [{ path: 'reason', message: r.error.message }]).map((i) => [
              i.path,
              i.message,
            ]),
          ),
    );
  };

  return (
    <div className="close-run">
      {canSignOff && (
        <fieldset className="sign-off">
          <legend>Sign-off</legend>
          {missing.length > 0 && (
            <div className="missing">
              <p>A pass still needs:</p>
              <ul>
                {missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          )}
          <TextInputField label="Reviewer" value={reviewer} onChange={setReviewer} isRequired />
          <TextInputField label="Sign-off date" type="date" value={on} onChange={setOn} />
          <TextAreaField label="Sign-off comment" value={comment} onChange={setComment} />
          <div className="button-row">
            <Button
              className="button button-primary"
              isDisabled={disabled}
              onPress={() => void signOff('passed')}
            >
              Pass {name}
            </Button>
            <Button className="button" isDisabled={disabled} onPress={() => void signOff('failed')}>
              Fail {name}
            </Button>
          </div>
          {signError && (
            <div role="alert" className="form-error">
              <p>{signError.message}</p>
              {signError.items.length > 0 && (
                <ul>
                  {signError.items.map((i) => (
                    <li key={i}>{i}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </fieldset>
      )}
      <details className="waive">
        <summary>Waive {name}…</summary>
        <p className="muted">
          A waiver counts as passed only until its expiry date; after that the stage counts as not
          passed again.
        </p>
        <TextAreaField
          label="Reason for the waiver"
          value={reason}
          onChange={setReason}
          error={waiveErrors.reason}
        />
        <TextInputField
          label="Approved by"
          value={approver}
          onChange={setApprover}
          error={waiveErrors.approver}
        />
        <TextInputField
          label="Waiver expires on"
          type="date"
          value={expiresOn}
          onChange={setExpiresOn}
          error={waiveErrors.expiresOn}
        />
        <Button className="button" isDisabled={disabled} onPress={() => void waive()}>
          Waive {name}
        </Button>
      </details>
    </div>
  );
}
