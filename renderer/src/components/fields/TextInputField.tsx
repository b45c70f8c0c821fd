import type { Ref } from 'react';
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  description?: string | undefined;
  isRequired?: boolean;
  autoFocus?: boolean;
  type?: 'text' | 'date' | 'search';
  name?: string;
  className?: string;
  /** The input element, so a form can move focus to it (react-hook-form's field.ref). */
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled one-line input whose validation message is tied to it for assistive tech. */
export function TextInputField({ label, error, description, className, inputRef, ...rest }: Props) {
  return (
    <TextField
      {...rest}
      isInvalid={error !== undefined}
      validationBehavior="aria"
      className={`field ${className ?? ''}`}
    >
      <Label>
        {label}
        {rest.isRequired && <span aria-hidden="true"> *</span>}
      </Label>
      <Input ref={inputRef} />
      {description && !error && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{error}</FieldError>
    </TextField>
  );
}
