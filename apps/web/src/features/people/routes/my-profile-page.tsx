import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireSignIn } from '../../../components/require-sign-in.tsx';
import { LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useMyProfile } from '../api/people.ts';
import { ProfileEditor } from '../components/profile-editor.tsx';

function MyProfile({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const profile = useMyProfile();
  return (
    <div className="form-page">
      <h1>{t('people.myProfileTitle')}</h1>
      <p>{t('people.myProfileIntro')}</p>
      <p>
        <Link to={`/people/${userId}`}>{t('people.seePublic')}</Link>
      </p>
      {profile.isPending && <Loading />}
      {profile.isError && <LoadError error={profile.error} />}
      {profile.isSuccess && <ProfileEditor profile={profile.data} />}
    </div>
  );
}

export function MyProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('people.myProfileTitle'));
  const user = useCurrentUser();
  return <RequireSignIn>{user && <MyProfile userId={user.id} />}</RequireSignIn>;
}
