import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { TextAreaField } from './TextAreaField';
import { TextInputField } from './TextInputField';

interface Props<T extends FieldValues, C, O extends FieldValues> {
  control: Control<T, C, O>;
  name: FieldPath<T>;
  label: string;
  isRequired?: boolean;
  autoFocus?: boolean;
  type?: 'text' | 'date';
  description?: string;
  /** A multi-line text area with this many rows instead of a one-line input. */
  rows?: number;
}

/**
 * A text field bound to a react-hook-form form: value, change, blur, focus on error and the
 * validation message, wired once here instead of in every dialog.
 */
export function FormTextField<T extends FieldValues, C, O extends FieldValues>({
  control,
  name,
  rows,
  ...rest
}: Props<T, C, O>) {
  const { field, fieldState } = useController({ control, name });
  const common = {
    value: field.value as string,
    onChange: field.onChange,
    onBlur: field.onBlur,
    error: fieldState.error?.message,
  };
  if (rows !== undefined) {
    return <TextAreaField {...common} label={rest.label} rows={rows} inputRef={field.ref} />;
  }
  return <TextInputField {...common} {...rest} inputRef={field.ref} />;
}
