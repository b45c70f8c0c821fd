import { formatDay, formatInstant } from '../../../../shared/domain/formatDay';
import type { Pending, ReportChange, ReportMeta } from '../../../../shared/reports';

/** A section whose feature is not built yet: its title and one line saying so. */
export function PendingSection({ title, section }: { title: string; section: Pending }) {
  const id = `pending-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className="report-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="report-pending">{section.message}</p>
    </section>
  );
}

export function ChangesSection({
  changes,
}: {
  changes: { since: string; events: ReportChange[]; total: number };
}) {
  return (
    <section className="report-section" aria-labelledby="report-changes">
      <h2 id="report-changes">What changed</h2>
      <p>{changes.since}</p>
      {changes.events.length > 0 && (
        <ul className="report-changes">
          {changes.events.map((e) => (
            <li key={e.seq}>
              <span className="muted">
                {formatInstant(e.at)} · {e.actor}
              </span>{' '}
              {e.summary}
            </li>
          ))}
        </ul>
      )}
      {changes.total > changes.events.length && (
        <p className="muted">…and {changes.total - changes.events.length} earlier changes.</p>
      )}
    </section>
  );
}

/** Who generated it, the history anchor and the content hash: what the PDF's last page says. */
export function AboutReport({ meta }: { meta: ReportMeta }) {
  return (
    <section className="report-section report-about" aria-labelledby="report-about">
      <h2 id="report-about">About this report</h2>
      <dl className="details">
        <dt>Generated</dt>
        <dd>
          {formatDay(meta.generatedOn)} by {meta.generatedBy} (Crossing {meta.appVersion}, framework{' '}
          {meta.frameworkVersion})
        </dd>
        <dt>Previous report</dt>
        <dd>
          {meta.previousReport
            ? `${formatInstant(meta.previousReport.exportedAt)} (${meta.previousReport.format.toUpperCase()}): ${meta.previousReport.headline}`
            : 'None yet: this will be the first.'}
        </dd>
        <dt>History anchor</dt>
        <dd>
          Change #{meta.historyAnchor.seq} <code className="hash">{meta.historyAnchor.hash}</code>
        </dd>
        <dt>Content hash</dt>
        <dd>
          <code className="hash" data-testid="content-hash">
            {meta.contentHash}
          </code>
        </dd>
      </dl>
    </section>
  );
}
