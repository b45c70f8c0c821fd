import type { ReactNode } from 'react';

/**
 * Shown instead of the app when the data file was refused (newer, damaged, locked) or
 * unreachable. `details` is the host's own wording, folded away when `message` already says
 * it in plain words; `children` replace the closing advice with what can be done about it.
 */
export function WorkspaceUnavailable({
  title,
  message,
  details,
  dataFile,
  children,
}: {
  title: string;
  message: ReactNode;
  details?: string;
  dataFile?: string;
  children?: ReactNode;
}) {
  return (
    <main className="unavailable" aria-labelledby="unavailable-title">
      <h1 id="unavailable-title">{title}</h1>
      <p role="alert">{message}</p>
      {dataFile && (
        <p>
          Data file: <code>{dataFile}</code>
        </p>
      )}
      {details && (
        <details className="unavailable-details">
          <summary>Details</summary>
          <p>{details}</p>
        </details>
      )}
      {children ?? (
        <p>Nothing was changed. Close Crossing, resolve the problem above, and open it again.</p>
      )}
    </main>
  );
}
