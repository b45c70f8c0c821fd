import { Button } from 'react-aria-components';
import { useAppStore } from '../store/useAppStore';

/**
 * Confirmations and errors after an action, announced politely to screen readers. Each leaves
 * on its own (store/noticesSlice.ts); while a dialog is open they move out of its way
 * (theme.css, `.notices`).
 */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`}>
          <span>{n.text}</span>
          {n.action && (
            <Button
              className="button notice-action"
              onPress={() => {
                dismiss(n.id);
                n.action?.perform();
              }}
            >
              {n.action.label}
            </Button>
          )}
          <Button className="notice-dismiss" aria-label="Dismiss" onPress={() => dismiss(n.id)}>
            ×
          </Button>
        </div>
      ))}
    </div>
  );
}
