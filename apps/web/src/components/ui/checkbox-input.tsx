import type { ReactNode } from 'react';
import { Checkbox } from 'react-aria-components';

interface CheckboxInputProps {
  children: ReactNode;
  isSelected: boolean;
  onChange: (isSelected: boolean) => void;
  isDisabled?: boolean;
  value?: string;
}

export function CheckboxInput({ children, ...props }: CheckboxInputProps) {
  return (
    <Checkbox {...props} className="checkbox">
      <span className="checkbox-box" aria-hidden="true">
        <svg viewBox="0 0 18 18" aria-hidden="true">
          <polyline points="2 9 7 14 16 4" />
        </svg>
      </span>
      <span>{children}</span>
    </Checkbox>
  );
}
