import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN_EMAIL, DEMO_LOGIN_PASSWORD, seedDemoWorld } from '../apps/server/src/index.ts';
import { type ApiPerson, expectStatus, signUpOverApi } from './api-client.ts';
import { type BrowserSession, focused, openBrowser, seriousA11yViolations } from './browser.ts';
import { type E2eServer, startE2eServer } from './server.ts';

const NETWORK = { slug: 'nordic-flood-resilience', name: 'Nordic flood resilience circle' };

async function choose(page: Page, label: string | RegExp, option: string | RegExp) {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

async function expectAccessible(page: Page) {
  await page.waitForLoadState('networkidle');
  expect(await seriousA11yViolations(page), `axe on ${page.url()}`).toEqual([]);
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => page.url()).not.toContain('/login');
}

describe('the ecosystem directory, in Chromium, as people would use it', () => {
  let server: E2eServer;
  let visitor: BrowserSession;
  let coordinatorBrowser: BrowserSession;
  let coordinator: ApiPerson;

  beforeAll(async () => {
    server = await startE2eServer();
    await seedDemoWorld(server.server.database.db, { adminPassword: 'an admin password for the e2e run' });
    // A coordinator abroad starts a network that takes members by approval, through the API.
    coordinator = await signUpOverApi(server.url, {
      email: 'ingrid.dahl@vasterbotten.example',
      password: 'a coordinator password',
      displayName: 'Ingrid Dahl',
    });
    await expectStatus(
      coordinator.call('POST', '/api/networks', {
        slug: NETWORK.slug,
        names: { en: { text: NETWORK.name, provenance: 'original' } },
        purposes: {
          en: { text: 'Municipalities sharing how they prepare for floods.', provenance: 'original' },
        },
        kind: 'community_of_practice',
        joinPolicy: 'approval',
        sdgs: [11, 13],
        tags: ['floods'],
        website: null,
      }),
      201,
    );
    visitor = await openBrowser(server.url);
    coordinatorBrowser = await openBrowser(server.url);
    const sessionId = coordinator.cookie.split('=').slice(1).join('=');
    await coordinatorBrowser.context.addCookies([
      { name: 'crossgov_session', value: sessionId, url: server.url },
    ]);
  });

  afterAll(async () => {
    await visitor?.close();
    await coordinatorBrowser?.close();
    await server?.stop();
  });

  it('searches the directory in French and finds organisations described in French', async () => {
    const { page } = visitor;
    await page.goto('/');
    await page.getByRole('link', { name: 'Directory', exact: true }).click();
    await expect.poll(() => page.url()).toContain('/directory');
    await choose(page, /Language/, 'Français');
    await page.getByRole('heading', { name: 'Annuaire', level: 1 }).waitFor();
    await page.getByRole('searchbox', { name: 'Rechercher dans n’importe quelle langue' }).fill('climat');
    await expect.poll(() => page.url()).toContain('q=climat');
    const results = page.getByRole('region', { name: 'Résultats' });
    await results.getByRole('link', { name: /Centre national d’études spatiales/ }).waitFor();
    await expectAccessible(page);
  });

  it('filters by country and theme, and the filters live in the address', async () => {
    const { page } = visitor;
    await page.getByRole('combobox', { name: 'Pays' }).fill('Fran');
    await page.getByRole('option', { name: 'France', exact: true }).click();
    await choose(page, /Thème/, /^13\./);
    await expect.poll(() => page.url()).toMatch(/country=FR.*sdg=13|sdg=13.*country=FR/);
    const results = page.getByRole('region', { name: 'Résultats' });
    await results.getByRole('link', { name: /Centre national d’études spatiales/ }).waitFor();
    await expect.poll(() => results.getByRole('listitem').filter({ hasText: 'Finlande' }).count()).toBe(0);
    await expectAccessible(page);
  });

  it('opens an organisation and shows its description, themes and working languages', async () => {
    const { page } = visitor;
    await page
      .getByRole('link', { name: /Centre national d’études spatiales/ })
      .first()
      .click();
    await page.getByRole('heading', { name: /Centre national d’études spatiales/, level: 1 }).waitFor();
    await page
      .getByText(/L’agence spatiale française/)
      .first()
      .waitFor();
    await page.getByRole('heading', { name: 'Thèmes' }).waitFor();
    await page.getByText('Langues de travail').waitFor();
    await expectAccessible(page);
  });

  it('asks to join a network with approval, and sees membership once the coordinator approves', async () => {
    const { page } = visitor;
    await choose(page, /Langue|Language/, 'English');
    await signIn(page, DEMO_LOGIN_EMAIL, DEMO_LOGIN_PASSWORD);
    await page.goto(`/networks/${NETWORK.slug}`);
    await page.getByRole('heading', { name: NETWORK.name, level: 1 }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Message to the coordinators').fill('Vaasa and Umeå share the same flood season.');
    await page.getByRole('button', { name: 'Ask to join' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Your request to join is waiting for an answer.' })
      .waitFor();

    const coordinatorPage = coordinatorBrowser.page;
    await coordinatorPage.goto(`/networks/${NETWORK.slug}`);
    await coordinatorPage.getByRole('heading', { name: 'Requests to join' }).waitFor();
    await coordinatorPage.getByText('Vaasa and Umeå share the same flood season.').waitFor();
    await expectAccessible(coordinatorPage);
    await coordinatorPage.getByRole('button', { name: 'Approve Demo Visitor' }).click();
    await coordinatorPage.getByText('No one is waiting to join.').waitFor();

    await page.reload();
    await page.getByText('You are a member of this network.').waitFor();
    await page.getByRole('tab', { name: 'People' }).click();
    await page.getByRole('tabpanel').getByRole('link', { name: 'Demo Visitor' }).waitFor();
    await expectAccessible(page);
  });

  it('finds partners abroad for a problem written in French, each match explained', async () => {
    const { page } = visitor;
    await page.goto('/directory/find-partners');
    await page.getByRole('heading', { name: 'Find partners', level: 1 }).waitFor();
    // Signed in: the country comes from the first organisation (Kvarken Council, in Finland).
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Where you are' }).inputValue())
      .toBe('Finland');
    await expectAccessible(page);
    await page
      .getByLabel('Your problem')
      .fill(
        'Adaptation au changement climatique dans les villes frontalières : inondations, rivières et transports entre les deux rives.',
      );
    await page.getByRole('checkbox', { name: 'French' }).check({ force: true });
    await page.getByRole('button', { name: 'Find partners' }).click();
    const results = page.getByRole('region', { name: 'Suggested partners' });
    await results.getByText(/We read these goals in your problem: .*Climate action/).waitFor();
    const matches = results.getByRole('listitem').filter({ has: page.getByRole('heading') });
    await expect.poll(() => matches.count()).toBeGreaterThan(2);
    const first = (await matches.first().textContent()) ?? '';
    expect(first).toMatch(/Works on|Describes work close/);
    const countries = await matches.locator('.card-meta').allTextContents();
    expect(countries.some((text) => text.includes('Finland'))).toBe(false);
    await expectAccessible(page);
  });

  it('shows the ecosystem graph, usable by keyboard, with a table alternative', async () => {
    const { page } = visitor;
    await page.goto('/directory/graph?network=kvarken-cross-border');
    await page.getByRole('heading', { name: 'Ecosystem graph', level: 1 }).waitFor();
    await page.getByRole('table').getByRole('link').first().waitFor();
    await expectAccessible(page);
    await page.locator('.graph-node').first().focus();
    const start = await focused(page);
    expect(start.name).toMatch(/network|organisation/);
    await page.keyboard.press('ArrowRight');
    const next = await focused(page);
    expect(next.name).not.toBe(start.name);
    expect(next.visible).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/\/(organisations|networks)\//);
  });

  it('lets a person edit their directory profile and choose who sees each part', async () => {
    const { page } = visitor;
    await page.goto('/account/profile');
    await page.getByRole('heading', { name: 'My directory profile', level: 1 }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Headline in English').fill('Cross-border transport planner');
    await choose(page, /Who sees “Contact”/, 'Signed-in users');
    await page.getByRole('button', { name: 'Save my profile' }).click();
    await page.getByRole('status').filter({ hasText: 'Your profile has been saved.' }).waitFor();
  });
});
