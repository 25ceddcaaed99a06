import { SPACE_VISIBILITIES, type SpaceVisibility } from '@crossgov/shared';
import type { ReactNode } from 'react';
import { FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

interface VisibilityFieldProps {
  value: SpaceVisibility;
  onChange: (value: SpaceVisibility) => void;
  error?: ReactNode;
  isDisabled?: boolean;
}

/** Four levels, each explained in words, because "network" alone means little to a newcomer. */
export function VisibilityField({ value, onChange, error, isDisabled }: VisibilityFieldProps) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      className="field radio-group"
      value={value}
      onChange={(next) => onChange(SPACE_VISIBILITIES.find((option) => option === next) ?? value)}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      isDisabled={isDisabled}
    >
      <Label>{t('spaces.visibility')}</Label>
      {SPACE_VISIBILITIES.map((option) => (
        <Radio key={option} value={option} className="radio">
          <span className="radio-dot" aria-hidden="true" />
          <span>
            <span className="radio-label">{t(`visibilities.${option}`)}</span>
            <span className="radio-description">{t(`visibilityHelp.${option}`)}</span>
          </span>
        </Radio>
      ))}
      <Text slot="description" className="visually-hidden">
        {t('spaces.visibilityHelp')}
      </Text>
      <FieldError>{error}</FieldError>
    </RadioGroup>
  );
}
