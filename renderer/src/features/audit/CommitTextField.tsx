import { useState, type ReactNode, type Ref } from 'react';
import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components';

interface Props {
  /** Visible label; may hold a visually hidden part that makes the accessible name unique. */
  label: ReactNode;
  /** The value the backend last confirmed. */
  value: string;
  /** Saves the text; resolves to an error message, or null once the backend confirmed it. */
  onCommit: (text: string) => Promise<string | null>;
  multiline?: boolean;
  rows?: number;
  isRequired?: boolean;
  /** Shown (as the field's error) while a required field is empty. */
  requiredMessage?: string;
  description?: ReactNode;
  /** Commit on blur/Enter even when the text did not change (a pending "not applicable"). */
  commitUnchanged?: boolean;
  placeholder?: string;
  className?: string;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
}

/**
 * A text saved when the user leaves it (blur), or presses Enter in a one-line field or
 * Ctrl/Cmd+Enter in a multi-line one. Until the backend confirmed, the typed text stays in the
 * field; a refusal shows its message right under it, where the user is looking.
 */
export function CommitTextField({
  label,
  value,
  onCommit,
  multiline = false,
  rows = 2,
  isRequired = false,
  requiredMessage,
  description,
  commitUnchanged = false,
  placeholder,
  className,
  inputRef,
}: Props) {
  // null = not being edited: the field shows the saved value, so a change saved elsewhere
  // (workshop mode, another field's answer) appears without any syncing effect.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const shown = draft ?? value;

  const commit = async () => {
    if (!commitUnchanged && (draft === null || draft === value)) {
      setDraft(null);
      return;
    }
    const text = shown;
    setStatus('saving');
    const problem = await onCommit(text);
    if (problem !== null) {
      setError(problem);
      setStatus('idle');
      return;
    }
    setError(null);
    setStatus('saved');
    // Keep anything typed while the save was on its way.
    setDraft((d) => (d === text ? null : d));
  };

  const empty = shown.trim() === '';
  const message = error ?? (isRequired && empty ? requiredMessage : undefined);
  const field = multiline ? (
    <TextArea rows={rows} ref={inputRef} placeholder={placeholder} />
  ) : (
    <Input ref={inputRef} placeholder={placeholder} />
  );

  return (
    <TextField
      value={shown}
      onChange={(v) => {
        setDraft(v);
        setStatus('idle');
      }}
      onBlur={() => void commit()}
      onKeyDown={(e) => {
        const submit = multiline
          ? e.key === 'Enter' && (e.ctrlKey || e.metaKey)
          : e.key === 'Enter';
        if (submit) {
          e.preventDefault();
          void commit();
        } else {
          e.continuePropagation();
        }
      }}
      isRequired={isRequired}
      isInvalid={message !== undefined}
      validationBehavior="aria"
      className={`field commit-field ${className ?? ''}`}
    >
      <span className="commit-field-label">
        <Label>
          {label}
          {isRequired && <span aria-hidden="true"> *</span>}
        </Label>
        <span className="save-status" aria-live="polite">
          {status === 'saving' ? 'Saving…' : status === 'saved' ? 'Saved' : ''}
        </span>
      </span>
      {field}
      {description && message === undefined && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{message}</FieldError>
    </TextField>
  );
}
