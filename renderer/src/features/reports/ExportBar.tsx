import { Button, Label, ProgressBar } from 'react-aria-components';
import {
  FORMAT_LABELS,
  suggestedFileName,
  type ReportFormat,
  type ReportModel,
  type ReportRequest,
} from '../../../../shared/reports';
import { useAppStoreApi } from '../../store/StoreProvider';
import { useAppStore } from '../../store/useAppStore';

interface Props {
  report: ReportRequest;
  model: ReportModel;
  /** Called once an export has been saved (the preview reloads: it is now "the previous report"). */
  onExported: () => void;
}

/** Export buttons, the progress of the export under way with Cancel, and its outcome. */
export function ExportBar({ report, model, onExported }: Props) {
  const storeApi = useAppStoreApi();
  const job = useAppStore((s) => s.exportJob);
  const error = useAppStore((s) => s.exportError);
  const startExport = useAppStore((s) => s.startExport);
  const cancelExport = useAppStore((s) => s.cancelExport);
  const formats: ReportFormat[] =
    report.scope === 'portfolio' ? ['pdf', 'md', 'csv', 'json'] : ['pdf', 'md', 'json'];
  const running = job?.state === 'running';
  const run = async (format: ReportFormat) => {
    await startExport({ report, format }, suggestedFileName(model, format));
    if (storeApi.getState().exportJob?.state === 'done') onExported();
  };
  return (
    <div className="export-bar" role="group" aria-label="Export the report">
      <div className="export-buttons">
        {formats.map((f) => (
          <Button
            key={f}
            className={f === 'pdf' ? 'button button-primary' : 'button'}
            isDisabled={running}
            onPress={() => void run(f)}
          >
            Export {FORMAT_LABELS[f]}
          </Button>
        ))}
      </div>
      {running && job && (
        <div className="export-progress">
          <ProgressBar value={job.done} maxValue={job.total} valueLabel={`${job.stage}…`}>
            {({ percentage, valueText }) => (
              <>
                <Label>Exporting {FORMAT_LABELS[job.request.format]}</Label>
                <span className="export-stage">{valueText}</span>
                <div className="export-track">
                  <div className="export-fill" style={{ width: `${percentage ?? 0}%` }} />
                </div>
              </>
            )}
          </ProgressBar>
          <Button className="button" onPress={() => void cancelExport()}>
            Cancel export
          </Button>
        </div>
      )}
      {job?.state === 'cancelled' && (
        <p role="status" className="export-note">
          Export cancelled: nothing was saved.
        </p>
      )}
      {job?.state === 'done' && job.record && (
        <p role="status" className="export-note">
          {job.savedTo ? `Saved ${job.savedTo}` : `Downloaded ${job.fileName}`} · content hash{' '}
          <code>{job.record.contentHash.slice(0, 12)}</code>
        </p>
      )}
      {error && (
        <p role="alert" className="form-error">
          The report was not exported: {error}
        </p>
      )}
    </div>
  );
}
