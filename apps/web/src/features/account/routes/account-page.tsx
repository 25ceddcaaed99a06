import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RequireSignIn } from '../../../components/require-sign-in.tsx';
import { UrlTabs } from '../../../components/ui/url-tabs.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { type User, useCurrentUser } from '../../../lib/session.ts';
import { ApiTokensPanel } from '../components/api-tokens-panel.tsx';
import { EmailStatus } from '../components/email-status.tsx';
import { MyInvitationsPanel } from '../components/my-invitations-panel.tsx';
import { PasswordForm } from '../components/password-form.tsx';
import { ProfileForm } from '../components/profile-form.tsx';

function AccountTabs({ user }: { user: User }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return (
    <>
      <h1>{t('account.title')}</h1>
      {params.get('welcome') && (
        <p role="status" className="success-message">
          {t('account.welcome', { name: user.displayName })}
        </p>
      )}
      <EmailStatus user={user} />
      <UrlTabs
        label={t('account.sections')}
        tabs={[
          {
            id: 'profile',
            label: t('account.profileTab'),
            content: <ProfileForm user={user} />,
          },
          { id: 'password', label: t('account.passwordTab'), content: <PasswordForm /> },
          { id: 'tokens', label: t('account.tokensTab'), content: <ApiTokensPanel /> },
          { id: 'invitations', label: t('account.invitationsTab'), content: <MyInvitationsPanel /> },
        ]}
      />
    </>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.title'));
  const user = useCurrentUser();
  return <RequireSignIn>{user && <AccountTabs user={user} />}</RequireSignIn>;
}
