import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components';

export interface Option<K extends string> {
  id: K;
  label: string;
}

interface Props<K extends string> {
  label: string;
  options: readonly Option<K>[];
  value: K | null;
  onChange: (value: K) => void;
  error?: string | undefined;
  isRequired?: boolean;
  className?: string;
  isDisabled?: boolean;
}

/** An accessible select (listbox popover) for a closed set of values such as stages and kinds. */
export function SelectField<K extends string>({
  label,
  options,
  value,
  onChange,
  error,
  isRequired,
  className,
  isDisabled,
}: Props<K>) {
  return (
    <Select
      selectedKey={value}
      onSelectionChange={(k) => k !== null && onChange(k as K)}
      isInvalid={error !== undefined}
      isRequired={isRequired ?? false}
      isDisabled={isDisabled ?? false}
      validationBehavior="aria"
      className={`field ${className ?? ''}`}
    >
      <Label>
        {label}
        {/* Marked like a required text field (issue 6, item 8). */}
        {isRequired && <span aria-hidden="true"> *</span>}
      </Label>
      <Button className="select-button">
        <SelectValue>
          {({ isPlaceholder, defaultChildren }) => (isPlaceholder ? 'Choose…' : defaultChildren)}
        </SelectValue>
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </Button>
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox">
          {options.map((o) => (
            <ListBoxItem key={o.id} id={o.id} className="listbox-item">
              {o.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
