import type { Key, ReactNode } from 'react';
import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
} from 'react-aria-components';

export interface Choice {
  id: string;
  label: string;
  /** Language of the label when it differs from the page, e.g. native language names. */
  lang?: string;
}

interface SelectInputProps {
  label: string;
  choices: Choice[];
  value: string | null;
  onChange: (value: string) => void;
  description?: string;
  error?: ReactNode;
  isDisabled?: boolean;
  placeholder?: string;
  /** Hides the label visually (it still names the control), for compact places such as table rows. */
  hideLabel?: boolean;
  className?: string;
}

/** A single-choice list (react-aria Select): keyboard, type-ahead and screen readers work out of the box. */
export function SelectInput(props: SelectInputProps) {
  const { label, choices, value, onChange, description, error, isDisabled, placeholder, hideLabel } = props;
  return (
    <Select
      className={props.className ? `field ${props.className}` : 'field'}
      value={value}
      onChange={(key: Key | null) => {
        if (key !== null) onChange(String(key));
      }}
      isDisabled={isDisabled}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      placeholder={placeholder}
    >
      <Label className={hideLabel ? 'visually-hidden' : 'react-aria-Label'}>{label}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </Button>
      {description && <Text slot="description">{description}</Text>}
      <FieldError>{error}</FieldError>
      <Popover className="popover">
        <ListBox items={choices} className="list-box">
          {(choice) => (
            <ListBoxItem id={choice.id} textValue={choice.label} lang={choice.lang} className="list-box-item">
              {choice.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
