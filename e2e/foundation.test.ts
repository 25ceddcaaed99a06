import { createServer } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningOidcProvider, startOidcProvider } from '../apps/server/test/oidc-provider.ts';
import { expectStatus, signUpOverApi } from './api-client.ts';
import {
  type BrowserSession,
  fitsWidth,
  focused,
  openBrowser,
  seriousA11yViolations,
  tabTo,
} from './browser.ts';
import { type E2eServer, startE2eServer } from './server.ts';

const OIDC_CLIENT = { clientId: 'crossgov-e2e', clientSecret: 'an-e2e-client-secret-of-reasonable-length' };
const PASSWORD = 'kvarken ferry at dawn';
const COLLEAGUE = { sub: 'fi-2001', email: 'aino.virtanen@pohjanmaa.example', name: 'Aino Virtanen' };
const SPACE_TITLE = 'Cross-border commuting without friction';

/** A port that is free now, so the OpenID provider can be told the callback address before the server starts. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Picks `option` in the react-aria Select or ComboBox named `label`. */
async function choose(page: Page, label: string | RegExp, option: string | RegExp) {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

async function expectAccessible(page: Page) {
  await page.waitForLoadState('networkidle');
  expect(await seriousA11yViolations(page), `axe on ${page.url()}`).toEqual([]);
}

describe('the foundation, in Chromium, as people would use it', () => {
  let oidc: RunningOidcProvider;
  let server: E2eServer;
  let founder: BrowserSession;
  let partner: BrowserSession;
  let colleague: BrowserSession;
  let partnerSlug: string;

  beforeAll(async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    oidc = await startOidcProvider({
      ...OIDC_CLIENT,
      redirectUri: `${base}/api/auth/oidc/callback`,
      accounts: [COLLEAGUE],
    });
    server = await startE2eServer({
      PORT: String(port),
      PUBLIC_URL: base,
      OIDC_ISSUER: oidc.issuer,
      OIDC_CLIENT_ID: OIDC_CLIENT.clientId,
      OIDC_CLIENT_SECRET: OIDC_CLIENT.clientSecret,
      OIDC_DISPLAY_NAME: 'Suomi.fi test',
    });
    founder = await openBrowser(server.url);
    partner = await openBrowser(server.url);
    colleague = await openBrowser(server.url);
  });

  afterAll(async () => {
    await founder?.close();
    await partner?.close();
    await colleague?.close();
    await server?.stop();
    await oidc?.stop();
  });

  it('lets a public servant sign up and land on their account', async () => {
    const { page } = founder;
    await page.goto('/');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Sign up' }).click();
    await expect.poll(() => page.url()).toContain('/signup');
    await expectAccessible(page);
    await page.getByLabel('Your name').fill('Sara Lindqvist');
    await page.getByLabel('E-mail address').fill('sara.lindqvist@vasterbotten.example');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('status').filter({ hasText: 'Welcome to Crossgov, Sara Lindqvist!' }).waitFor();
    await page.getByText(/is not confirmed yet/).waitFor();
    await expectAccessible(page);
  });

  it('confirms the e-mail address with the link from the outbox (the first account administers the platform)', async () => {
    const { page } = founder;
    await page.goto('/admin');
    const message = page
      .locator('.outbox-message')
      .filter({ hasText: 'sara.lindqvist@vasterbotten.example' });
    await message.locator('summary').click();
    await expectAccessible(page);
    const body = (await message.locator('pre').textContent()) ?? '';
    const link = /https?:\/\/\S+verify-email\S+/.exec(body)?.[0];
    expect(link, body).toBeDefined();
    await page.goto(link ?? '');
    await page.getByText('Thank you. Your e-mail address is confirmed.').waitFor();
    await expectAccessible(page);
  });

  it('registers an organisation with its names, type and country', async () => {
    const { page } = founder;
    await page.goto('/organisations/new');
    await page.getByRole('heading', { name: 'Register an organisation' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Names in English').fill('Region Västerbotten');
    await choose(page, /Type of organisation/, 'Regional or local government');
    await page.getByRole('combobox', { name: 'Country' }).fill('Swed');
    await page.getByRole('option', { name: 'Sweden' }).click();
    await page.getByLabel('Website').fill('https://www.regionvasterbotten.se');
    await page.getByRole('button', { name: 'Register an organisation' }).click();
    await expect.poll(() => page.url()).toContain('/organisations/region-vasterbotten');
    await page.getByRole('heading', { name: 'Region Västerbotten' }).waitFor();
    await expectAccessible(page);
  });

  it('creates a workspace co-owned with an organisation in another country, which accepts', async () => {
    const { page } = founder;
    // The partner abroad registers their organisation through the API, as a script of theirs would.
    const finn = await signUpOverApi(server.url, {
      email: 'mikko.laine@pohjanmaa.example',
      password: PASSWORD,
      displayName: 'Mikko Laine',
    });
    const created = (await expectStatus(
      finn.call('POST', '/api/organisations', {
        slug: 'pohjanmaan-liitto',
        names: {
          fi: { text: 'Pohjanmaan liitto', provenance: 'original' },
          sv: { text: 'Österbottens förbund', provenance: 'official' },
        },
        type: 'regional_or_local_government',
        country: 'FI',
        website: 'https://www.obotnia.fi',
      }),
      201,
    )) as { slug: string };
    partnerSlug = created.slug;
    await page.goto('/spaces/new');
    await page.getByRole('heading', { name: 'Create a space' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Title in English').fill(SPACE_TITLE);
    await page.getByRole('checkbox', { name: /Region Västerbotten/ }).check({ force: true });
    await page.getByRole('combobox', { name: 'Add another organisation' }).fill('Pohjanmaan');
    await page.getByRole('option', { name: /Pohjanmaan liitto/ }).click();
    await page.getByRole('button', { name: 'Create a space' }).click();
    await expect.poll(() => page.url()).toContain('/spaces/cross-border-commuting-without-friction');
    await page.getByRole('heading', { name: SPACE_TITLE }).waitFor();
    await expectAccessible(page);

    // The Finnish partner's admin sees the request on their organisation page and accepts it.
    const partnerPage = partner.page;
    await partnerPage.goto('/login');
    await partnerPage.getByLabel('E-mail address').fill('mikko.laine@pohjanmaa.example');
    await partnerPage.getByLabel('Password').fill(PASSWORD);
    await partnerPage.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => partnerPage.url()).not.toContain('/login');
    await partnerPage.goto(`/organisations/${partnerSlug}`);
    const accept = partnerPage.getByRole('button', { name: `Accept co-ownership of ${SPACE_TITLE}` });
    await accept.waitFor();
    await expectAccessible(partnerPage);
    await accept.click();
    await accept.waitFor({ state: 'detached' });

    await page.reload();
    const details = page.locator('main');
    await details.getByText('Pohjanmaan liitto').first().waitFor();
    await expect(details.getByText('Region Västerbotten').first().isVisible()).resolves.toBe(true);
  });

  it('invites a colleague from the partner organisation, who signs in through single sign-on and joins', async () => {
    const { page } = founder;
    await page.goto('/spaces/cross-border-commuting-without-friction');
    await page.getByRole('heading', { name: 'Invite a colleague' }).waitFor();
    const invite = page.locator('section[aria-labelledby="space-invite-title"]');
    await invite.getByLabel('E-mail address').fill(COLLEAGUE.email);
    await choose(page, /Role/, 'Edit');
    await choose(page, /Organisation they come from/, 'Pohjanmaan liitto');
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`An invitation has been sent to ${COLLEAGUE.email}.`).waitFor();
    await expectAccessible(page);

    // Aino has no password here: she signs in with the (local) national eID provider.
    const colleaguePage = colleague.page;
    await colleaguePage.goto('/login');
    await colleaguePage.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expectAccessible(colleaguePage);
    await colleaguePage.getByRole('link', { name: 'Sign in with Suomi.fi test' }).click();
    await colleaguePage.getByLabel('User name or e-mail').fill(COLLEAGUE.email);
    await colleaguePage.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => colleaguePage.url()).toContain(server.url);
    await colleaguePage.goto('/account?tab=invitations');
    const acceptInvitation = colleaguePage.getByRole('button', {
      name: `Accept the invitation to ${SPACE_TITLE}`,
    });
    await acceptInvitation.waitFor();
    await expectAccessible(colleaguePage);
    await acceptInvitation.click();
    await colleaguePage.getByText('Invitation accepted.').waitFor();

    await page.reload();
    const members = page.locator('section[aria-labelledby="space-members-title"]');
    const row = members.getByRole('row', { name: /Aino Virtanen/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Pohjanmaan liitto');
  });

  it('lets a colleague ask to join an organisation, the owner approve, and an administrator verify it', async () => {
    const applicant = colleague.page;
    await applicant.goto('/organisations/region-vasterbotten');
    await applicant.getByRole('button', { name: 'Ask to join' }).click();
    await applicant
      .getByLabel('Message to the administrators')
      .fill('I coordinate the Kvarken commuter study.');
    await applicant.getByRole('button', { name: 'Send the request' }).click();
    await applicant.getByText('Your request to join is waiting for an answer.').waitFor();
    await applicant.reload();
    await applicant.getByText('Your request to join is waiting for an answer.').waitFor();

    const { page } = founder;
    await page.goto('/organisations/region-vasterbotten');
    await page.getByRole('button', { name: 'Approve Aino Virtanen' }).click();
    await page.getByRole('button', { name: 'Remove Aino Virtanen' }).waitFor();
    await expectAccessible(page);
    await applicant.reload();
    await applicant.getByRole('button', { name: 'Leave the organisation' }).waitFor();

    // Sara is also the platform administrator: she checks that the Finnish partner is who it claims to be.
    await page.goto(`/organisations/${partnerSlug}`);
    await page.getByText('This organisation is not verified.').waitFor();
    await page.getByRole('button', { name: 'Verify the organisation' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Verify the organisation' }).click();
    await page.getByText('This organisation is verified.').waitFor();
    await page.goto('/spaces/cross-border-commuting-without-friction');
    await page.locator('main').getByText('Verified').first().waitFor();
  });

  it('creates a personal API token, shown once, that works until it is revoked', async () => {
    const { page } = founder;
    await page.goto('/account?tab=tokens');

    await page.getByLabel('Token name').fill('Monthly report script');
    await page.getByRole('checkbox', { name: 'Write' }).check({ force: true });
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = (await page.locator('.token-secret code').textContent()) ?? '';
    expect(secret).toMatch(/^cg_/);
    await expectAccessible(page);
    const me = () => fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${secret}` } });
    expect((await (await me()).json()).email).toBe('sara.lindqvist@vasterbotten.example');

    // After a reload the list shows the token's start only, never the secret again.
    await page.reload();
    await page.getByRole('cell', { name: 'Monthly report script' }).waitFor();
    expect(await page.content()).not.toContain(secret);
    await page.getByRole('button', { name: 'Revoke token Monthly report script' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke' }).click();
    await expect.poll(async () => (await me()).status).toBe(401);
  });

  it('switches to Arabic, right to left, and back to English', async () => {
    const { page } = founder;
    await page.goto('/spaces');
    await page.getByRole('heading', { name: 'Spaces', exact: true }).waitFor();
    await choose(page, /Language/, 'العربية');
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ar');
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Spaces' }).waitFor();
    await expectAccessible(page);

    // The choice is saved to the profile: it survives a reload.
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await choose(page, /اللغة/, 'English');
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('ltr');
    await page.getByRole('heading', { name: 'Spaces', exact: true }).waitFor();
  });

  it('works with the keyboard alone, on a phone-sized screen', async () => {
    const phone = await openBrowser(server.url, { width: 390, height: 844 });
    try {
      const { page } = phone;
      await page.goto('/login');
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(await fitsWidth(page)).toBe(true);

      // The first Tab offers the way past the header.
      await page.keyboard.press('Tab');
      expect((await focused(page)).name).toBe('Skip to content');
      await page.keyboard.press('Enter');
      await tabTo(page, /E-mail address/);
      await page.keyboard.type('sara.lindqvist@vasterbotten.example');
      await tabTo(page, /Password/);
      await page.keyboard.type(PASSWORD);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.url()).not.toContain('/login');

      // Menus and lists open and choose by keyboard too.
      await page.goto('/spaces/cross-border-commuting-without-friction');
      await page.getByRole('heading', { name: SPACE_TITLE }).waitFor();
      expect(await fitsWidth(page)).toBe(true);
      await expectAccessible(page);
      await tabTo(page, /Language/);
      await page.keyboard.press('Enter');
      await page.getByRole('listbox').waitFor();
      for (let press = 0; press < 6 && !(await focused(page)).name.includes('العربية'); press++)
        await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await fitsWidth(page)).toBe(true);
      await expectAccessible(page);
    } finally {
      await phone.close();
    }
  });
});
