import { PLATFORM_ROLES } from '@crossgov/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { EmptyState, LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { SearchInput } from '../../../components/ui/search-input.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TableWrap } from '../../../components/ui/table-wrap.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { ADMIN_PAGE, useAdminUsers, useSetPlatformRole } from '../api/admin.ts';

export function UsersPanel() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const q = useDebouncedValue(search);
  const users = useAdminUsers(q, offset);
  const setRole = useSetPlatformRole();
  const roleChoices = PLATFORM_ROLES.map((role) => ({ id: role, label: t(`platformRoles.${role}`) }));
  return (
    <>
      <search className="filters" aria-label={t('admin.userSearch')}>
        <SearchInput
          label={t('admin.userSearch')}
          value={search}
          onChange={(value) => {
            setSearch(value);
            setOffset(0);
          }}
        />
      </search>
      <ProblemSummary problem={setRole.error} />
      {users.isPending && <Loading />}
      {users.isError && <LoadError error={users.error} />}
      {users.data && users.data.items.length === 0 && <EmptyState>{t('admin.noUsers')}</EmptyState>}
      {users.data && users.data.items.length > 0 && (
        <TableWrap label={t('admin.usersTab')}>
          <table>
            <caption className="visually-hidden">{t('admin.usersTab')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('common.name')}</th>
                <th scope="col">{t('auth.email')}</th>
                <th scope="col">{t('admin.emailStatus')}</th>
                <th scope="col">{t('common.since')}</th>
                <th scope="col">{t('admin.platformRole')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.displayName}</th>
                  <td>{user.email}</td>
                  <td>{user.emailVerified ? t('account.emailVerified') : t('admin.emailUnverified')}</td>
                  <td>{formatDate(user.createdAt, i18n.language)}</td>
                  <td>
                    {user.id === me?.id ? (
                      t(`platformRoles.${user.platformRole}`)
                    ) : (
                      <SelectInput
                        label={t('admin.roleOf', { name: user.displayName })}
                        hideLabel
                        choices={roleChoices}
                        value={user.platformRole}
                        onChange={(value) => {
                          const platformRole = PLATFORM_ROLES.find((role) => role === value);
                          if (platformRole && platformRole !== user.platformRole)
                            setRole.mutate({ id: user.id, platformRole, version: user.version });
                        }}
                        isDisabled={setRole.isPending}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {users.data && (
        <Pagination
          label={t('admin.userPages')}
          offset={offset}
          limit={ADMIN_PAGE}
          total={users.data.total}
          onChange={setOffset}
        />
      )}
    </>
  );
}
