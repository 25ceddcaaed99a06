import type { Key, ReactNode } from 'react';
import {
  Button,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import type { Choice } from './select-input.tsx';

interface ComboBoxInputProps {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  /** Static choices, filtered as the person types. */
  choices?: Choice[];
  /** Choices the caller finds itself (e.g. a server search on `inputValue`). */
  searchResults?: { choices: Choice[]; inputValue: string; onInputChange: (value: string) => void };
  description?: string;
  error?: ReactNode;
  isDisabled?: boolean;
  emptyText?: string;
  className?: string;
  autoFocus?: boolean;
}

function containsIgnoringCase(textValue: string, inputValue: string): boolean {
  return textValue.toLocaleLowerCase().includes(inputValue.toLocaleLowerCase());
}

/** A text box with a list of matching choices (react-aria ComboBox), for long lists such as countries. */
export function ComboBoxInput(props: ComboBoxInputProps) {
  const { label, value, onChange, choices, searchResults, description, error, isDisabled, emptyText } = props;
  const listItems = searchResults ? { items: searchResults.choices } : { defaultItems: choices ?? [] };
  return (
    <ComboBox
      className={props.className ? `field ${props.className}` : 'field'}
      {...listItems}
      value={value}
      onChange={(key: Key | null) => onChange(key === null ? null : String(key))}
      {...(searchResults
        ? { inputValue: searchResults.inputValue, onInputChange: searchResults.onInputChange }
        : { defaultFilter: containsIgnoringCase })}
      isDisabled={isDisabled}
      autoFocus={props.autoFocus}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      // A static list opens on focus to show what exists; a search waits for typing, so picking (which empties
      // the box) does not reopen it.
      menuTrigger={searchResults ? 'input' : 'focus'}
      allowsEmptyCollection={Boolean(emptyText)}
    >
      <Label>{label}</Label>
      <div className="combo-box-control">
        <Input />
        <Button className="combo-box-button">
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      {description && <Text slot="description">{description}</Text>}
      <FieldError>{error}</FieldError>
      <Popover className="popover">
        <ListBox className="list-box" renderEmptyState={() => <p className="list-box-empty">{emptyText}</p>}>
          {(choice: Choice) => (
            <ListBoxItem id={choice.id} textValue={choice.label} lang={choice.lang} className="list-box-item">
              {choice.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
