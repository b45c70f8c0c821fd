import type { Ref } from 'react';
import { FieldError, Label, TextArea, TextField } from 'react-aria-components';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  rows?: number;
  name?: string;
  inputRef?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({ label, error, rows = 3, inputRef, ...rest }: Props) {
  return (
    <TextField
      {...rest}
      isInvalid={error !== undefined}
      validationBehavior="aria"
      className="field"
    >
      <Label>{label}</Label>
      <TextArea rows={rows} ref={inputRef} />
      <FieldError className="field-error">{error}</FieldError>
    </TextField>
  );
}
