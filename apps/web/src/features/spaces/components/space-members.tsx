import { SPACE_ROLES, type SpaceRole } from '@crossgov/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LocalisedText } from '../../../components/localised-text.tsx';
import { ConfirmButton } from '../../../components/ui/confirm-button.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { EmptyState, LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TableWrap } from '../../../components/ui/table-wrap.tsx';
import { useCurrentUser } from '../../../lib/session.ts';
import { useRoleLabel } from '../../../lib/use-role-label.ts';
import {
  MEMBERS_PAGE,
  useChangeSpaceRole,
  useRemoveSpaceMember,
  useSpaceMembers,
} from '../api/space-members.ts';
import type { Space } from '../api/spaces.ts';

function asRole(value: string): SpaceRole | null {
  return SPACE_ROLES.find((role) => role === value) ?? null;
}

export function SpaceMembers({ space }: { space: Space }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const roleLabel = useRoleLabel();
  const [offset, setOffset] = useState(0);
  const members = useSpaceMembers(space.slug, offset, Boolean(space.myRole));
  const changeRole = useChangeSpaceRole(space.slug);
  const remove = useRemoveSpaceMember(space.slug);
  const canManage = space.permissions.manage;

  if (!space.myRole) return <p>{t('spaces.membersOnly')}</p>;
  if (members.isPending) return <Loading />;
  if (members.isError) return <LoadError error={members.error} />;
  if (members.data.items.length === 0) return <EmptyState>{t('spaces.noMembers')}</EmptyState>;
  return (
    <>
      <ProblemSummary problem={changeRole.error ?? remove.error} />
      <TableWrap label={t('spaces.members')}>
        <table>
          <caption className="visually-hidden">{t('spaces.members')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('common.name')}</th>
              <th scope="col">{t('spaces.memberOrganisation')}</th>
              <th scope="col">{t('common.role')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {members.data.items.map((member) => {
              const isMe = member.userId === user?.id;
              return (
                <tr key={member.userId}>
                  <th scope="row">{member.displayName}</th>
                  <td>{member.organisation ? <LocalisedText value={member.organisation.names} /> : '—'}</td>
                  <td>
                    {/* Managers change others' roles; one's own role changes through another manager. */}
                    {canManage && !isMe ? (
                      <SelectInput
                        label={t('spaces.roleOf', { name: member.displayName })}
                        hideLabel
                        choices={SPACE_ROLES.map((role) => ({ id: role, label: roleLabel('space', role) }))}
                        value={member.role}
                        onChange={(value) => {
                          const role = asRole(value);
                          if (role && role !== member.role)
                            changeRole.mutate({ userId: member.userId, role, version: member.version });
                        }}
                        isDisabled={changeRole.isPending}
                      />
                    ) : (
                      roleLabel('space', member.role)
                    )}
                  </td>
                  <td>
                    {isMe ? (
                      <ConfirmButton
                        title={t('spaces.leaveTitle')}
                        message={t('spaces.leaveText')}
                        confirmLabel={t('spaces.leave')}
                        onConfirm={() =>
                          remove.mutate(member.userId, { onSuccess: () => void navigate('/spaces') })
                        }
                        isDisabled={remove.isPending}
                      >
                        {t('spaces.leave')}
                      </ConfirmButton>
                    ) : (
                      canManage && (
                        <ConfirmButton
                          danger
                          ariaLabel={t('spaces.removeNamed', { name: member.displayName })}
                          title={t('spaces.removeTitle', { name: member.displayName })}
                          message={t('spaces.removeText')}
                          confirmLabel={t('common.remove')}
                          onConfirm={() => remove.mutate(member.userId)}
                          isDisabled={remove.isPending}
                        >
                          {t('common.remove')}
                        </ConfirmButton>
                      )
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      <Pagination
        label={t('spaces.memberPages')}
        offset={offset}
        limit={MEMBERS_PAGE}
        total={members.data.total}
        onChange={setOffset}
      />
    </>
  );
}
