import type { ReactNode } from 'react';
import {
  FieldError,
  Input,
  Label,
  Text,
  TextArea,
  TextField,
  type TextFieldProps,
} from 'react-aria-components';

interface TextInputProps extends Omit<TextFieldProps, 'children' | 'isInvalid' | 'validationBehavior'> {
  label: string;
  description?: string;
  error?: ReactNode;
  multiline?: boolean;
  /** Extra class for the field wrapper, e.g. to size it in a row. */
  className?: string;
  /** Language of what is typed, when it differs from the page (content in another language). */
  inputLang?: string;
}

/** A labelled text field with its description and its error message, all tied to the input for screen readers. */
export function TextInput({
  label,
  description,
  error,
  multiline,
  className,
  inputLang,
  ...props
}: TextInputProps) {
  return (
    <TextField
      {...props}
      className={className ? `field ${className}` : 'field'}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <Label>{label}</Label>
      {multiline ? <TextArea rows={4} lang={inputLang} /> : <Input lang={inputLang} />}
      {description && <Text slot="description">{description}</Text>}
      <FieldError>{error}</FieldError>
    </TextField>
  );
}
