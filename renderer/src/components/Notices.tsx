import { useEffect } from 'react';
import { Button } from 'react-aria-components';
import { useAppStore } from '../store/useAppStore';

/** Confirmations and errors after an action, announced politely to screen readers. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  useEffect(() => {
    const latest = notices.at(-1);
    if (!latest || latest.tone === 'error') return; // errors stay until dismissed
    const t = window.setTimeout(() => dismiss(latest.id), 5000);
    return () => window.clearTimeout(t);
  }, [notices, dismiss]);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`}>
          <span>{n.text}</span>
          <Button className="notice-dismiss" aria-label="Dismiss" onPress={() => dismiss(n.id)}>
            ×
          </Button>
        </div>
      ))}
    </div>
  );
}
