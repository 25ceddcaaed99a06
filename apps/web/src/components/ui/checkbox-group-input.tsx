import type { ReactNode } from 'react';
import { Checkbox, CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';
import type { Choice } from './select-input.tsx';

interface CheckboxGroupInputProps {
  label: string;
  choices: Choice[];
  values: string[];
  onChange: (values: string[]) => void;
  description?: string;
  error?: ReactNode;
  isDisabled?: boolean;
  className?: string;
}

/** Several choices at once (react-aria CheckboxGroup): a named group, each box reachable with Tab. */
export function CheckboxGroupInput(props: CheckboxGroupInputProps) {
  return (
    <CheckboxGroup
      className={props.className ? `field checkbox-group ${props.className}` : 'field checkbox-group'}
      value={props.values}
      onChange={props.onChange}
      isDisabled={props.isDisabled}
      isInvalid={Boolean(props.error)}
      validationBehavior="aria"
    >
      <Label>{props.label}</Label>
      {props.description && <Text slot="description">{props.description}</Text>}
      <div className="checkbox-group-choices">
        {props.choices.map((choice) => (
          <Checkbox key={choice.id} value={choice.id} className="checkbox">
            <span className="checkbox-box" aria-hidden="true">
              <svg viewBox="0 0 18 18" aria-hidden="true">
                <polyline points="2 9 7 14 16 4" />
              </svg>
            </span>
            <span lang={choice.lang}>{choice.label}</span>
          </Checkbox>
        ))}
      </div>
      <FieldError>{props.error}</FieldError>
    </CheckboxGroup>
  );
}
