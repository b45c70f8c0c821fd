import type { ReactNode } from 'react';
import { Button, Heading } from 'react-aria-components';
import { AppDialog } from './AppDialog';

interface Props {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  tone?: 'danger' | 'normal';
}

/**
 * A confirmation for destructive or irreversible actions. Cancel holds the initial focus, so
 * Enter pressed out of habit does not destroy anything; Escape cancels.
 */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  tone = 'danger',
}: Props) {
  return (
    <AppDialog isOpen={isOpen} onClose={onCancel} role="alertdialog">
      <Heading slot="title">{title}</Heading>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        <Button autoFocus className="button" onPress={onCancel}>
          Cancel
        </Button>
        <Button
          className={`button ${tone === 'danger' ? 'button-danger' : 'button-primary'}`}
          onPress={onConfirm}
        >
          {confirmLabel}
        </Button>
      </div>
    </AppDialog>
  );
}
