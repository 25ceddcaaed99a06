import type { Schemas } from '@crossgov/sdk';
import { pickText, SPACE_ROLES, type SpaceRole } from '@crossgov/shared';
import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ui/confirm-button.tsx';
import { fieldErrorsOf, hasErrors, type LocalErrors } from '../../../components/ui/field-errors.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { EmptyState, LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useRoleLabel } from '../../../lib/use-role-label.ts';
import { isEmail } from '../../../lib/validation.ts';
import { useInviteToSpace, useRevokeSpaceInvitation, useSpaceInvitations } from '../api/space-invitations.ts';
import type { Space } from '../api/spaces.ts';
import { OrganisationPicker } from './organisation-picker.tsx';

const NO_ORGANISATION = 'none';
type OrganisationOption = { id: string; names: Schemas['OrganisationSummary']['names'] };

/** A colleague from any organisation, with the role they get and the organisation they take part for. */
export function SpaceInvitations({ space }: { space: Space }) {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  const invitations = useSpaceInvitations(space.slug);
  const invite = useInviteToSpace(space.slug);
  const revoke = useRevokeSpaceInvitation(space.slug);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<SpaceRole>('contribute');
  const [organisationId, setOrganisationId] = useState<string>(
    space.owners[0]?.organisationId ?? NO_ORGANISATION,
  );
  const [found, setFound] = useState<OrganisationOption[]>([]);
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const errorFor = fieldErrorsOf(invite.error, localErrors);
  const labels = { email: t('auth.email'), role: t('common.role'), organisationId: t('spaces.comesFrom') };

  const organisations: OrganisationOption[] = [
    ...space.owners.map((owner) => ({ id: owner.organisationId, names: owner.names })),
    ...found,
  ];
  const organisationChoices = [
    { id: NO_ORGANISATION, label: t('spaces.noOrganisation') },
    ...organisations.map((organisation) => ({
      id: organisation.id,
      label: pickText(organisation.names, i18n.language),
    })),
  ];
  const nameOf = (id: string | null) => {
    const organisation = organisations.find((candidate) => candidate.id === id);
    return organisation ? pickText(organisation.names, i18n.language) : '';
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: LocalErrors = isEmail(email) ? {} : { email: t('validation.email') };
    setLocalErrors(errors);
    if (hasErrors(errors)) return;
    invite.mutate(
      { email: email.trim(), role, ...(organisationId === NO_ORGANISATION ? {} : { organisationId }) },
      { onSuccess: () => setEmail('') },
    );
  };

  const pending = invitations.data?.items.filter((item) => !item.acceptedAt && !item.revokedAt) ?? [];
  return (
    <>
      <form onSubmit={submit} noValidate className="form">
        <ProblemSummary problem={invite.error} localErrors={localErrors} labels={labels} />
        {invite.isSuccess && (
          <p role="status" className="success-message">
            {t('invitations.sent', { email: invite.data.email })}
          </p>
        )}
        <TextInput
          label={t('invitations.emailToInvite')}
          name="email"
          type="email"
          value={email}
          onChange={setEmail}
          error={errorFor('email')}
          isDisabled={invite.isPending}
          isRequired
        />
        <SelectInput
          label={labels.role}
          description={t('spaces.rolesHelp')}
          choices={SPACE_ROLES.map((option) => ({ id: option, label: roleLabel('space', option) }))}
          value={role}
          onChange={(value) => setRole(SPACE_ROLES.find((option) => option === value) ?? 'contribute')}
          error={errorFor('role')}
          isDisabled={invite.isPending}
        />
        <SelectInput
          label={labels.organisationId}
          choices={organisationChoices}
          value={organisationId}
          onChange={setOrganisationId}
          error={errorFor('organisationId')}
          isDisabled={invite.isPending}
        />
        <OrganisationPicker
          label={t('spaces.findOrganisation')}
          excludeIds={organisations.map((organisation) => organisation.id)}
          onPick={(organisation) => {
            setFound((previous) => [...previous, { id: organisation.id, names: organisation.names }]);
            setOrganisationId(organisation.id);
          }}
          isDisabled={invite.isPending}
        />
        <Button type="submit" className="button button-primary" isDisabled={invite.isPending}>
          {t('invitations.send')}
        </Button>
      </form>
      <h3>{t('invitations.pendingTitle')}</h3>
      <ProblemSummary problem={revoke.error} />
      {invitations.isPending && <Loading />}
      {invitations.isError && <LoadError error={invitations.error} />}
      {invitations.data && pending.length === 0 && <EmptyState>{t('invitations.nonePending')}</EmptyState>}
      {pending.length > 0 && (
        <ul className="item-list">
          {pending.map((invitation) => (
            <li key={invitation.id} className="item">
              <p>
                <strong>{invitation.email}</strong> — {roleLabel('space', invitation.role)}
                {invitation.organisationId &&
                  nameOf(invitation.organisationId) &&
                  ` — ${nameOf(invitation.organisationId)}`}{' '}
                — {t('invitations.expires', { date: formatDate(invitation.expiresAt, i18n.language) })}
              </p>
              <ConfirmButton
                danger
                ariaLabel={t('invitations.revokeNamed', { email: invitation.email })}
                title={t('invitations.revokeTitle')}
                message={t('invitations.revokeText', { email: invitation.email })}
                confirmLabel={t('invitations.revoke')}
                onConfirm={() => revoke.mutate(invitation.id)}
                isDisabled={revoke.isPending}
              >
                {t('invitations.revoke')}
              </ConfirmButton>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
