import type { ReactNode } from 'react';
import { Dialog, Modal, ModalOverlay } from 'react-aria-components';

interface Props {
  isOpen: boolean;
  /** Called on Escape, a click outside, or anything else that dismisses the dialog. */
  onClose: () => void;
  /** `alertdialog` for confirmations of consequential actions. */
  role?: 'dialog' | 'alertdialog';
  /** Extra classes on the modal box, e.g. `modal-wide`. */
  className?: string;
  children: ReactNode;
}

/**
 * The app's one modal shell (React Aria: focus trapped and restored, Escape and outside click
 * dismiss, the page behind made inert), so every dialog looks and behaves the same.
 */
export function AppDialog({ isOpen, onClose, role = 'dialog', className, children }: Props) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={(open) => !open && onClose()}
      isDismissable
      className="modal-overlay"
    >
      <Modal className={className ? `modal ${className}` : 'modal'}>
        <Dialog role={role} className="dialog">
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
