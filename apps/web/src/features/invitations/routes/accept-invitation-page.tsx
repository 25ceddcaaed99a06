import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../../components/not-found-page.tsx';
import { RequireSignIn } from '../../../components/require-sign-in.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { type InvitationKind, useAcceptInvitation } from '../api/accept-invitation.ts';

function AcceptInvitation({ kind, token }: { kind: InvitationKind; token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const accept = useAcceptInvitation(kind);
  return (
    <>
      <p>
        {kind === 'organisation'
          ? t('invitations.acceptOrganisationIntro')
          : t('invitations.acceptSpaceIntro')}
      </p>
      {user && <p>{t('invitations.signedInAs', { email: user.email })}</p>}
      <ProblemSummary problem={accept.error} />
      <div className="button-row">
        <Button
          className="button button-primary"
          isDisabled={accept.isPending}
          onPress={() => accept.mutate(token, { onSuccess: (path) => void navigate(path) })}
        >
          {t('invitations.accept')}
        </Button>
        <Link className="button button-secondary" to="/">
          {t('invitations.notNow')}
        </Link>
      </div>
    </>
  );
}

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { kind } = useParams();
  const [params] = useSearchParams();
  const token = params.get('token');
  useDocumentTitle(t('invitations.acceptTitle'));
  if (kind !== 'organisation' && kind !== 'space') return <NotFoundPage />;
  return (
    <div className="narrow-page">
      <RequireSignIn>
        <h1>{t('invitations.acceptTitle')}</h1>
        {token ? (
          <AcceptInvitation kind={kind} token={token} />
        ) : (
          <p role="alert">{t('auth.tokenMissing')}</p>
        )}
      </RequireSignIn>
    </div>
  );
}
