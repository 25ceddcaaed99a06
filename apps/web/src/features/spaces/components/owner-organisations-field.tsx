import type { Schemas } from '@crossgov/sdk';
import { pickText } from '@crossgov/shared';
import type { ReactNode } from 'react';
import { Button, Checkbox, CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { Loading } from '../../../components/ui/query-status.tsx';
import { VerifiedBadge } from '../../../components/verified-badge.tsx';
import { useRoleLabel } from '../../../lib/use-role-label.ts';
import { useMyOrganisations } from '../api/organisation-choices.ts';
import { OrganisationPicker } from './organisation-picker.tsx';

type OrganisationSummary = Schemas['OrganisationSummary'];

interface OwnerOrganisationsFieldProps {
  mine: string[];
  onMineChange: (ids: string[]) => void;
  others: OrganisationSummary[];
  onOthersChange: (organisations: OrganisationSummary[]) => void;
  error?: ReactNode;
  isDisabled?: boolean;
}

/** Owners come from my organisations, plus any other organisation found by name (those receive a request). */
export function OwnerOrganisationsField(props: OwnerOrganisationsFieldProps) {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  const mine = useMyOrganisations();
  const myIds = mine.data?.items.map((item) => item.organisation.id) ?? [];
  return (
    <fieldset className="owner-field" disabled={props.isDisabled}>
      <legend>{t('spaces.owners')}</legend>
      <p className="field-description">{t('spaces.ownersHelp')}</p>
      {mine.isPending && <Loading />}
      {mine.data && mine.data.items.length > 0 && (
        <CheckboxGroup
          className="field checkbox-group"
          value={props.mine}
          onChange={props.onMineChange}
          isInvalid={Boolean(props.error)}
          validationBehavior="aria"
          isDisabled={props.isDisabled}
        >
          <Label>{t('spaces.myOrganisations')}</Label>
          {mine.data.items.map(({ organisation, role }) => (
            <Checkbox key={organisation.id} value={organisation.id} className="checkbox">
              <span className="checkbox-box" aria-hidden="true">
                <svg viewBox="0 0 18 18" aria-hidden="true">
                  <polyline points="2 9 7 14 16 4" />
                </svg>
              </span>
              <span>
                <LocalisedText value={organisation.names} />{' '}
                <span className="muted">({roleLabel('organisation', role)})</span>
              </span>
            </Checkbox>
          ))}
          <Text slot="description">{t('spaces.myOrganisationsHelp')}</Text>
          <FieldError>{props.error}</FieldError>
        </CheckboxGroup>
      )}
      {props.others.length > 0 && (
        <>
          <p className="field-label">{t('spaces.otherOwners')}</p>
          <ul className="chosen-list">
            {props.others.map((organisation) => (
              <li key={organisation.id}>
                <LocalisedText value={organisation.names} />{' '}
                <VerifiedBadge verified={organisation.verified} />
                <Button
                  className="button button-secondary button-small"
                  aria-label={t('spaces.removeOwnerChoice', {
                    name: pickText(organisation.names, i18n.language),
                  })}
                  onPress={() =>
                    props.onOthersChange(props.others.filter((other) => other.id !== organisation.id))
                  }
                >
                  {t('common.remove')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <OrganisationPicker
        label={t('spaces.addOtherOwner')}
        description={t('spaces.addOtherOwnerHelp')}
        excludeIds={[...myIds, ...props.others.map((organisation) => organisation.id)]}
        onPick={(organisation) => props.onOthersChange([...props.others, organisation])}
        isDisabled={props.isDisabled}
      />
    </fieldset>
  );
}
