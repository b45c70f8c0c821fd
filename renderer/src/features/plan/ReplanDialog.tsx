import { useEffect, useState } from 'react';
import { Button, Checkbox, Heading } from 'react-aria-components';
import type { ReplanPreview } from '../../../../shared/domain/plan';
import { formatDay } from '../../../../shared/domain/formatDay';
import { api } from '../../api/client';
import { AppDialog } from '../../components/AppDialog';
import type { PlanActions } from './usePlan';

const SECTION_WORDS: Record<string, string> = {
  week_1: 'week 1',
  week_2: 'week 2',
  week_3: 'week 3',
  week_4: 'week 4',
  after: 'after day 30',
};

/**
 * Re-planning from the newest final audit: first a preview (tasks to add, tasks whose practice
 * is now met, offered for closing), then apply. Nothing else of the plan changes.
 */
export function ReplanDialog({
  projectId,
  isOpen,
  actions,
  onClose,
}: {
  projectId: string;
  isOpen: boolean;
  actions: PlanActions;
  onClose: () => void;
}) {
  return (
    <AppDialog isOpen={isOpen} onClose={onClose} className="modal-wide">
      <ReplanBody projectId={projectId} actions={actions} onClose={onClose} />
    </AppDialog>
  );
}

/** Mounted each time the dialog opens, so every opening asks for a fresh preview. */
function ReplanBody({
  projectId,
  actions,
  onClose,
}: {
  projectId: string;
  actions: PlanActions;
  onClose: () => void;
}) {
  const [preview, setPreview] = useState<ReplanPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [close, setClose] = useState<Set<string>>(new Set());
  useEffect(() => {
    let live = true;
    void api['plans.replanPreview']({ projectId }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setPreview(r.data);
        setClose(new Set(r.data.toClose.map((c) => c.taskId)));
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [projectId]);

  const apply = async () => {
    if (!preview) return;
    const r = await actions.replanApply({ auditId: preview.auditId, closeTaskIds: [...close] });
    if (r.ok) onClose();
    else setError(r.error.message);
  };
  const nothing = preview !== null && preview.toAdd.length === 0 && preview.toClose.length === 0;

  return (
    <>
      <Heading slot="title">Re-plan from the newest audit</Heading>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {!preview && !error && <p role="status">Comparing the plan with the newest audit…</p>}
      {preview && (
        <div className="replan-preview">
          <p className="dialog-intro">
            From “{preview.auditTitle}”. Your edits, statuses, owners, notes, order and your own
            tasks stay as they are.
          </p>
          {nothing && <p>The plan already matches this audit: nothing to add or close.</p>}
          {preview.toAdd.length > 0 && (
            <section aria-labelledby="replan-add">
              <h3 id="replan-add">Tasks to add ({preview.toAdd.length})</h3>
              <ul>
                {preview.toAdd.map((a) => (
                  <li key={a.practiceKey}>
                    {a.title}{' '}
                    <span className="muted">
                      · {SECTION_WORDS[a.section]} · due {formatDay(a.dueOn)}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {preview.toClose.length > 0 && (
            <section aria-labelledby="replan-close">
              <h3 id="replan-close">Now in place: close these tasks?</h3>
              {preview.toClose.map((c) => (
                <Checkbox
                  key={c.taskId}
                  className="plan-check"
                  isSelected={close.has(c.taskId)}
                  onChange={(on) =>
                    setClose((old) => {
                      const next = new Set(old);
                      if (on) next.add(c.taskId);
                      else next.delete(c.taskId);
                      return next;
                    })
                  }
                >
                  <span className="plan-check-box" aria-hidden="true">
                    {close.has(c.taskId) ? '✓' : ''}
                  </span>
                  Close “{c.title}”
                </Checkbox>
              ))}
            </section>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <Button className="button" slot="close">
          Cancel
        </Button>
        <Button
          className="button button-primary"
          isDisabled={!preview || nothing}
          onPress={() => void apply()}
        >
          Apply re-plan
        </Button>
      </div>
    </>
  );
}
