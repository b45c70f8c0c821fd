import { formatDay } from '../../../../shared/domain/formatDay';
import type {
  PlanProgressSection,
  PlanTaskRow,
  PlanTasksSection,
  ReleasesSection,
} from '../../../../shared/reports';
import { PendingSection } from './ReportParts';

// The 30-day plan and the model releases in the preview: the same fields as the PDF and the
// Markdown.

function TaskTable({ tasks, caption }: { tasks: readonly PlanTaskRow[]; caption: string }) {
  return (
    <table className="report-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Plan task</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((t) => (
          <tr key={t.id}>
            <th scope="row">{t.title}</th>
            <td>{t.owner || 'No owner'}</td>
            <td className={t.overdue ? 'report-overdue' : undefined}>
              {t.dueText}
              {t.overdue ? ' (overdue)' : ''}
            </td>
            <td>
              {t.statusLabel}
              {t.statusReason ? `: ${t.statusReason}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One gap's plan tasks, in the cell of the gaps table. */
export function GapPlanTasksCell({ section }: { section: PlanTasksSection }) {
  if (section.status === 'pending') return <td className="report-pending">{section.message}</td>;
  return (
    <td>
      <span>{section.text}</span>
      {section.tasks.length > 0 ? (
        <ul className="report-plan-tasks">
          {section.tasks.map((t) => (
            <li key={t.id}>
              {t.title} · {t.owner || 'No owner'} · due {t.dueText}
              {t.overdue ? ' (overdue)' : ''} · {t.statusLabel}
            </li>
          ))}
        </ul>
      ) : null}
    </td>
  );
}

/** "Plan progress": by week, then the overdue tasks. */
export function PlanProgressView({ section }: { section: PlanProgressSection }) {
  const title = 'Plan progress';
  if (section.status === 'pending') return <PendingSection title={title} section={section} />;
  return (
    <section className="report-section" aria-labelledby="report-plan">
      <h2 id="report-plan">{title}</h2>
      <p data-testid="report-plan-progress">{section.text}</p>
      {section.hasPlan ? (
        <>
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">Week</th>
                <th scope="col">Dates</th>
                <th scope="col">Progress</th>
              </tr>
            </thead>
            <tbody>
              {section.weeks.map((w) => (
                <tr key={w.section}>
                  <th scope="row">{w.title}</th>
                  <td>
                    {formatDay(w.startOn)} to {formatDay(w.endOn)}
                  </td>
                  <td>{w.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {section.overdue.length === 0 ? (
            <p>No overdue task.</p>
          ) : (
            <>
              <h3>Overdue tasks ({section.overdue.length})</h3>
              <TaskTable tasks={section.overdue} caption="Open tasks past their due date" />
            </>
          )}
        </>
      ) : null}
    </section>
  );
}

/** "Releases and lead times": every release, newest first, and the median. */
export function ReleasesView({ section }: { section: ReleasesSection }) {
  const title = 'Releases and lead times';
  if (section.status === 'pending') return <PendingSection title={title} section={section} />;
  return (
    <section className="report-section" aria-labelledby="report-releases">
      <h2 id="report-releases">{title}</h2>
      <p>{section.text}</p>
      {section.releases.length > 0 ? (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Kind</th>
              <th scope="col">Trained</th>
              <th scope="col">Serving</th>
              <th scope="col">Lead time</th>
            </tr>
          </thead>
          <tbody>
            {section.releases.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.version}
                  {r.promptVersion ? ` · ${r.promptVersion}` : ''}
                </th>
                <td>{r.kindLabel}</td>
                <td>{formatDay(r.trainedOn)}</td>
                <td>{r.servingOn ? formatDay(r.servingOn) : 'Not yet'}</td>
                <td data-verdict={r.verdict}>{r.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
