import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ui/confirm-button.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { EmptyState, LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { TableWrap } from '../../../components/ui/table-wrap.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useApiTokens, useRevokeApiToken } from '../api/api-tokens.ts';
import { CreateTokenForm } from './create-token-form.tsx';

export function ApiTokensPanel() {
  const { t, i18n } = useTranslation();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const locale = i18n.language;
  return (
    <>
      <p>{t('tokens.intro')}</p>
      <CreateTokenForm />
      <section aria-labelledby="token-list-title">
        <h3 id="token-list-title">{t('tokens.listTitle')}</h3>
        <ProblemSummary problem={revoke.error} />
        {tokens.isPending && <Loading />}
        {tokens.isError && <LoadError error={tokens.error} />}
        {tokens.data && tokens.data.items.length === 0 && <EmptyState>{t('tokens.empty')}</EmptyState>}
        {tokens.data && tokens.data.items.length > 0 && (
          <TableWrap label={t('tokens.listTitle')}>
            <table>
              <caption className="visually-hidden">{t('tokens.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('tokens.name')}</th>
                  <th scope="col">{t('tokens.prefix')}</th>
                  <th scope="col">{t('tokens.scopes')}</th>
                  <th scope="col">{t('tokens.created')}</th>
                  <th scope="col">{t('tokens.lastUsed')}</th>
                  <th scope="col">{t('tokens.expires')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {tokens.data.items.map((token) => (
                  <tr key={token.id}>
                    <th scope="row">{token.name}</th>
                    <td>
                      <code>{token.prefix}…</code>
                    </td>
                    <td>{token.scopes.map((scope) => t(`tokens.scope.${scope}`)).join(', ')}</td>
                    <td>{formatDate(token.createdAt, locale)}</td>
                    <td>
                      {token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t('tokens.neverUsed')}
                    </td>
                    <td>{token.expiresAt ? formatDate(token.expiresAt, locale) : t('tokens.never')}</td>
                    <td>
                      {token.revokedAt ? (
                        <span className="badge badge-muted">{t('tokens.revoked')}</span>
                      ) : (
                        <ConfirmButton
                          danger
                          ariaLabel={t('tokens.revokeNamed', { name: token.name })}
                          title={t('tokens.revokeTitle', { name: token.name })}
                          message={t('tokens.revokeText')}
                          confirmLabel={t('tokens.revoke')}
                          onConfirm={() => revoke.mutate(token.id)}
                          isDisabled={revoke.isPending}
                        >
                          {t('tokens.revoke')}
                        </ConfirmButton>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
    </>
  );
}
