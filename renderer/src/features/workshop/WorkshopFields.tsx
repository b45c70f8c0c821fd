import type { FocusEvent } from 'react';

// The workshop's two kinds of field. Keys typed here belong to the field (the workshop's key
// handler ignores text fields), and an error keeps the text where it is until it is saved.

const caretToEnd = (e: FocusEvent<HTMLTextAreaElement | HTMLInputElement>) => {
  const el = e.currentTarget;
  el.setSelectionRange(el.value.length, el.value.length);
};

interface TextProps {
  id: string;
  label: string;
  value: string;
  error: string | null;
  rows?: number;
  onChange: (text: string) => void;
  /** Ctrl+Enter (Cmd+Enter) or Escape: save and return to the list. */
  onCommit: () => void;
  /** Leaving the field saves too. */
  onBlur: () => void;
}

export function NoteEditor({
  id,
  label,
  value,
  error,
  rows = 3,
  onChange,
  onCommit,
  onBlur,
}: TextProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="ws-field">
      <label htmlFor={id} className="ws-field-label">
        {label}
      </label>
      <textarea
        id={id}
        className="ws-textarea"
        value={value}
        rows={rows}
        autoFocus
        aria-invalid={error !== null ? true : undefined}
        aria-describedby={error !== null ? `${errorId} ${hintId}` : hintId}
        onFocus={caretToEnd}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        onKeyDown={(e) => {
          if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
            e.preventDefault();
            e.stopPropagation();
            onCommit();
          }
        }}
      />
      {error !== null && (
        <p id={errorId} className="ws-field-error" role="alert">
          {error}
        </p>
      )}
      <p id={hintId} className="ws-field-hint">
        <kbd>Ctrl</kbd>+<kbd>Enter</kbd> or <kbd>Esc</kbd> saves and goes back to the list
      </p>
    </div>
  );
}

interface ReasonProps {
  id: string;
  label: string;
  value: string;
  error: string | null;
  onChange: (text: string) => void;
  /** Enter: save (a reason is required). */
  onCommit: () => void;
  /** Escape: leave the answer as it was. */
  onCancel: () => void;
}

export function ReasonField({
  id,
  label,
  value,
  error,
  onChange,
  onCommit,
  onCancel,
}: ReasonProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="ws-field ws-reason">
      <label htmlFor={id} className="ws-field-label">
        {label}
      </label>
      <input
        id={id}
        className="ws-input"
        type="text"
        value={value}
        autoFocus
        required
        aria-required="true"
        aria-invalid={error !== null ? true : undefined}
        aria-describedby={error !== null ? `${errorId} ${hintId}` : hintId}
        onFocus={caretToEnd}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onCommit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      {error !== null && (
        <p id={errorId} className="ws-field-error" role="alert">
          {error}
        </p>
      )}
      <p id={hintId} className="ws-field-hint">
        <kbd>Enter</kbd> saves, <kbd>Esc</kbd> cancels
      </p>
    </div>
  );
}
