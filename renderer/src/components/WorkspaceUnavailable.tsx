/** Shown instead of the app when the data file was refused (newer, damaged, locked) or unreachable. */
export function WorkspaceUnavailable({
  title,
  message,
  dataFile,
}: {
  title: string;
  message: string;
  dataFile?: string;
}) {
  return (
    <main className="unavailable" role="alert">
      <h1>{title}</h1>
      <p>{message}</p>
      {dataFile && (
        <p>
          Data file: <code>{dataFile}</code>
        </p>
      )}
      <p>Nothing was changed. Close Crossing, resolve the problem above, and open it again.</p>
    </main>
  );
}
