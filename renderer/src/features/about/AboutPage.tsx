import { useAppStore } from '../../store/useAppStore';

export function AboutPage() {
  const info = useAppStore((s) => s.info);
  if (!info) return null;
  return (
    <section className="page">
      <h1>About Crossing</h1>
      <p>An offline planner for taking AI projects from proof-of-concept to a production 1.0.</p>
      <dl className="details">
        <dt>Version</dt>
        <dd>{info.appVersion}</dd>
        <dt>Framework version</dt>
        <dd>{info.frameworkVersion}</dd>
        <dt>Data file</dt>
        <dd>
          <code>{info.dataFile}</code>
        </dd>
        <dt>Recorded as</dt>
        <dd>{info.user}</dd>
      </dl>
      <p>Your data stays on this computer, in the file above.</p>
    </section>
  );
}
