import { useMutation } from '@tanstack/react-query';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../lib/api-client.ts';
import { expectSuccess } from '../../lib/api-problem.ts';
import { forgetSession, useSession } from '../../lib/session.ts';

/** Signed in: a menu named after the person; otherwise links to sign in and sign up. */
export function AccountMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const signOut = useMutation({
    mutationFn: () => expectSuccess(api.POST('/api/auth/logout')),
    onSettled: async () => {
      await forgetSession();
      await navigate('/');
    },
  });
  if (session.isPending) return null;
  const user = session.data?.user;
  if (!user)
    return (
      <ul className="account-links">
        <li>
          <Link to="/login">{t('nav.signIn')}</Link>
        </li>
        <li>
          <Link to="/signup" className="button button-primary">
            {t('nav.signUp')}
          </Link>
        </li>
      </ul>
    );
  return (
    <MenuTrigger>
      <Button className="button button-secondary account-button">
        <span aria-hidden="true" className="avatar">
          {user.displayName.slice(0, 1).toUpperCase()}
        </span>
        <span className="account-name">{user.displayName}</span>
        <span className="visually-hidden">{t('nav.accountMenu')}</span>
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu className="menu">
          <MenuItem className="menu-item" href="/account">
            {t('nav.accountSettings')}
          </MenuItem>
          <MenuItem className="menu-item" href="/account/profile">
            {t('nav.directoryProfile')}
          </MenuItem>
          <MenuItem className="menu-item" href="/account?tab=tokens">
            {t('nav.apiTokens')}
          </MenuItem>
          <MenuItem className="menu-item" href="/account?tab=invitations">
            {t('nav.myInvitations')}
          </MenuItem>
          <MenuItem className="menu-item" onAction={() => signOut.mutate()}>
            {t('nav.signOut')}
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
