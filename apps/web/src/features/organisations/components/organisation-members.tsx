import { ORGANISATION_ROLES, type OrganisationRole } from '@crossgov/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ui/confirm-button.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { EmptyState, LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TableWrap } from '../../../components/ui/table-wrap.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useRoleLabel } from '../../../lib/use-role-label.ts';
import {
  MEMBERS_PAGE,
  useChangeMemberRole,
  useOrganisationMembers,
  useRemoveMember,
} from '../api/members.ts';
import type { Organisation } from '../api/organisations.ts';

function asRole(value: string): OrganisationRole | null {
  return ORGANISATION_ROLES.find((role) => role === value) ?? null;
}

/** Owners manage everyone; admins manage admins and members but never owners (the API enforces this too). */
export function OrganisationMembers({ organisation }: { organisation: Organisation }) {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const roleLabel = useRoleLabel();
  const [offset, setOffset] = useState(0);
  const members = useOrganisationMembers(organisation.slug, offset, Boolean(user));
  const changeRole = useChangeMemberRole(organisation.slug);
  const remove = useRemoveMember(organisation.slug);
  const myRole = organisation.myRole;
  const canManage = myRole === 'owner' || myRole === 'admin';
  const assignable = ORGANISATION_ROLES.filter((role) => myRole === 'owner' || role !== 'owner');

  if (!user) return <p>{t('organisations.membersSignIn')}</p>;
  if (members.isPending) return <Loading />;
  if (members.isError) return <LoadError error={members.error} />;
  if (members.data.items.length === 0) return <EmptyState>{t('organisations.noMembers')}</EmptyState>;
  const showEmail = members.data.items.some((member) => member.email);
  return (
    <>
      <ProblemSummary problem={changeRole.error ?? remove.error} />
      <TableWrap label={t('organisations.members')}>
        <table>
          <caption className="visually-hidden">{t('organisations.members')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('common.name')}</th>
              {showEmail && <th scope="col">{t('auth.email')}</th>}
              <th scope="col">{t('common.role')}</th>
              <th scope="col">{t('common.since')}</th>
              {canManage && <th scope="col">{t('common.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {members.data.items.map((member) => {
              const editable =
                canManage && member.userId !== user.id && (myRole === 'owner' || member.role !== 'owner');
              return (
                <tr key={member.userId}>
                  <th scope="row">{member.displayName}</th>
                  {showEmail && <td>{member.email}</td>}
                  <td>
                    {editable ? (
                      <SelectInput
                        label={t('organisations.roleOf', { name: member.displayName })}
                        hideLabel
                        choices={assignable.map((role) => ({
                          id: role,
                          label: roleLabel('organisation', role),
                        }))}
                        value={member.role}
                        onChange={(value) => {
                          const role = asRole(value);
                          if (role && role !== member.role)
                            changeRole.mutate({ userId: member.userId, role, version: member.version });
                        }}
                        isDisabled={changeRole.isPending}
                      />
                    ) : (
                      roleLabel('organisation', member.role)
                    )}
                  </td>
                  <td>{formatDate(member.createdAt, i18n.language)}</td>
                  {canManage && (
                    <td>
                      {editable && (
                        <ConfirmButton
                          danger
                          ariaLabel={t('organisations.removeNamed', { name: member.displayName })}
                          title={t('organisations.removeTitle', { name: member.displayName })}
                          message={t('organisations.removeText')}
                          confirmLabel={t('common.remove')}
                          onConfirm={() => remove.mutate(member.userId)}
                          isDisabled={remove.isPending}
                        >
                          {t('common.remove')}
                        </ConfirmButton>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      <Pagination
        label={t('organisations.memberPages')}
        offset={offset}
        limit={MEMBERS_PAGE}
        total={members.data.total}
        onChange={setOffset}
      />
    </>
  );
}
