import { type JSX, lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { NotFoundPage } from '../components/not-found-page.tsx';
import { HomePage } from '../features/home/routes/home-page.tsx';
import { AppShell } from './shell/app-shell.tsx';
import { RouteErrorPage } from './shell/route-error-page.tsx';

/**
 * Feature pages load on demand, so the first visit downloads only the shell and the page it asked for. They are
 * React.lazy components (not route `lazy`), so the shell paints at once and the page suspends inside it.
 */
const page = <K extends string>(load: () => Promise<Record<K, () => JSX.Element>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

const SignUpPage = page(() => import('../features/auth/routes/sign-up-page.tsx'), 'SignUpPage');
const SignInPage = page(() => import('../features/auth/routes/sign-in-page.tsx'), 'SignInPage');
const VerifyEmailPage = page(
  () => import('../features/auth/routes/verify-email-page.tsx'),
  'VerifyEmailPage',
);
const ForgotPasswordPage = page(
  () => import('../features/auth/routes/forgot-password-page.tsx'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = page(
  () => import('../features/auth/routes/reset-password-page.tsx'),
  'ResetPasswordPage',
);
const AccountPage = page(() => import('../features/account/routes/account-page.tsx'), 'AccountPage');
const OrganisationsPage = page(
  () => import('../features/organisations/routes/organisations-page.tsx'),
  'OrganisationsPage',
);
const NewOrganisationPage = page(
  () => import('../features/organisations/routes/new-organisation-page.tsx'),
  'NewOrganisationPage',
);
const OrganisationPage = page(
  () => import('../features/organisations/routes/organisation-page.tsx'),
  'OrganisationPage',
);
const SpacesPage = page(() => import('../features/spaces/routes/spaces-page.tsx'), 'SpacesPage');
const NewSpacePage = page(() => import('../features/spaces/routes/new-space-page.tsx'), 'NewSpacePage');
const SpacePage = page(() => import('../features/spaces/routes/space-page.tsx'), 'SpacePage');
const IdeaPage = page(() => import('../features/consultations/routes/idea-page.tsx'), 'IdeaPage');
const AcceptInvitationPage = page(
  () => import('../features/invitations/routes/accept-invitation-page.tsx'),
  'AcceptInvitationPage',
);
const DirectoryPage = page(() => import('../features/directory/routes/directory-page.tsx'), 'DirectoryPage');
const FindPartnersPage = page(
  () => import('../features/directory/routes/find-partners-page.tsx'),
  'FindPartnersPage',
);
const GraphPage = page(() => import('../features/directory/routes/graph-page.tsx'), 'GraphPage');
const NetworkPage = page(() => import('../features/networks/routes/network-page.tsx'), 'NetworkPage');
const NewNetworkPage = page(
  () => import('../features/networks/routes/new-network-page.tsx'),
  'NewNetworkPage',
);
const PersonPage = page(() => import('../features/people/routes/person-page.tsx'), 'PersonPage');
const MyProfilePage = page(() => import('../features/people/routes/my-profile-page.tsx'), 'MyProfilePage');
const PairingPage = page(() => import('../features/pairing/routes/pairing-page.tsx'), 'PairingPage');
const AssemblyRegistrationPage = page(
  () => import('../features/assemblies/routes/registration-page.tsx'),
  'RegistrationPage',
);
const MyAssemblyRegistrationPage = page(
  () => import('../features/assemblies/routes/my-registration-page.tsx'),
  'MyRegistrationPage',
);
const AssemblyLotteryPage = page(
  () => import('../features/assemblies/routes/lottery-page.tsx'),
  'LotteryPage',
);
const AdminPage = page(() => import('../features/admin/routes/admin-page.tsx'), 'AdminPage');

export const router = createBrowserRouter([
  {
    element: <AppShell />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'signup', element: <SignUpPage /> },
      { path: 'login', element: <SignInPage /> },
      { path: 'verify-email', element: <VerifyEmailPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'account/profile', element: <MyProfilePage /> },
      { path: 'directory', element: <DirectoryPage /> },
      { path: 'directory/find-partners', element: <FindPartnersPage /> },
      { path: 'directory/graph', element: <GraphPage /> },
      { path: 'people/:userId', element: <PersonPage /> },
      { path: 'networks/new', element: <NewNetworkPage /> },
      { path: 'networks/:slug', element: <NetworkPage /> },
      { path: 'organisations', element: <OrganisationsPage /> },
      { path: 'organisations/new', element: <NewOrganisationPage /> },
      { path: 'organisations/:slug', element: <OrganisationPage /> },
      { path: 'organisations/:slug/pairing', element: <PairingPage /> },
      { path: 'spaces', element: <SpacesPage /> },
      { path: 'spaces/new', element: <NewSpacePage /> },
      { path: 'spaces/:slug', element: <SpacePage /> },
      { path: 'spaces/:slug/ideas/:ideaId', element: <IdeaPage /> },
      { path: 'assemblies/:slug/register', element: <AssemblyRegistrationPage /> },
      { path: 'assemblies/:slug/registration/:token', element: <MyAssemblyRegistrationPage /> },
      { path: 'assemblies/:slug/lottery', element: <AssemblyLotteryPage /> },
      { path: 'invitations/:kind', element: <AcceptInvitationPage /> },
      { path: 'admin', element: <AdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
