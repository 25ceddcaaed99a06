import { ORGANISATION_ROLES, type OrganisationRole } from '@crossgov/shared';
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
import {
  useInviteToOrganisation,
  useOrganisationInvitations,
  useRevokeOrganisationInvitation,
} from '../api/invitations.ts';
import type { Organisation } from '../api/organisations.ts';

export function OrganisationInvitations({ organisation }: { organisation: Organisation }) {
  const { t, i18n } = useTranslation();
  const roleLabel = useRoleLabel();
  const invitations = useOrganisationInvitations(organisation.slug);
  const invite = useInviteToOrganisation(organisation.slug);
  const revoke = useRevokeOrganisationInvitation(organisation.slug);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<OrganisationRole>('member');
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const errorFor = fieldErrorsOf(invite.error, localErrors);
  const assignable = ORGANISATION_ROLES.filter(
    (option) => organisation.myRole === 'owner' || option !== 'owner',
  );
  const labels = { email: t('auth.email'), role: t('common.role') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: LocalErrors = isEmail(email) ? {} : { email: t('validation.email') };
    setLocalErrors(errors);
    if (hasErrors(errors)) return;
    invite.mutate({ email: email.trim(), role }, { onSuccess: () => setEmail('') });
  };

  const pending = invitations.data?.items.filter((item) => !item.acceptedAt && !item.revokedAt) ?? [];
  return (
    <>
      <form onSubmit={submit} noValidate className="form form-inline">
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
          choices={assignable.map((option) => ({ id: option, label: roleLabel('organisation', option) }))}
          value={role}
          onChange={(value) => setRole(ORGANISATION_ROLES.find((option) => option === value) ?? 'member')}
          error={errorFor('role')}
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
                <strong>{invitation.email}</strong> — {roleLabel('organisation', invitation.role)} —{' '}
                {t('invitations.expires', { date: formatDate(invitation.expiresAt, i18n.language) })}
              </p>
              <ConfirmButton
                ariaLabel={t('invitations.revokeNamed', { email: invitation.email })}
                title={t('invitations.revokeTitle')}
                message={t('invitations.revokeText', { email: invitation.email })}
                confirmLabel={t('invitations.revoke')}
                onConfirm={() => revoke.mutate(invitation.id)}
                isDisabled={revoke.isPending}
                danger
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
