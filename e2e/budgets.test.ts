import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoWorld } from '../apps/server/src/index.ts';
import { type ApiPerson, expectStatus, signUpOverApi } from './api-client.ts';
import {
  type BrowserSession,
  fitsWidth,
  focused,
  openBrowser,
  seriousA11yViolations,
  tabTo,
} from './browser.ts';
import { type E2eServer, startE2eServer } from './server.ts';

const SLUG = 'kvarken-e2e-budget';
const HOUR = 3600_000;
const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

async function choose(page: Page, label: RegExp, option: string) {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

async function expectAccessible(page: Page) {
  await page.waitForLoadState('networkidle');
  expect(await seriousA11yViolations(page), `axe on ${page.url()}`).toEqual([]);
}

/**
 * Presses Tab until a ballot checkbox whose label matches has the focus. react-aria keeps the real input
 * visually hidden and shows the focus ring on its label (data-focus-visible), so that is what is checked.
 */
async function tabToCheckbox(page: Page, name: RegExp, limit = 15) {
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => {
      const label = document.activeElement?.closest('label');
      return { text: label?.textContent ?? '', ring: label?.hasAttribute('data-focus-visible') ?? false };
    });
    if (name.test(state.text)) {
      expect(state.ring, `focus ring on ${state.text}`).toBe(true);
      return;
    }
  }
  throw new Error(`${name} was not reached with ${limit} presses of Tab`);
}

async function inBrowser(person: ApiPerson, url: string, viewport?: { width: number; height: number }) {
  const session = await openBrowser(url, viewport);
  await session.context.addCookies([
    { name: 'crossgov_session', value: person.cookie.split('=').slice(1).join('='), url },
  ]);
  return session;
}

function settings(phases: Record<string, string>) {
  return {
    descriptions: { en: { text: 'Umeå and Vaasa share money for the Kvarken.', provenance: 'original' } },
    currency: 'EUR',
    hosts: [
      { jurisdiction: 'SE-AC', currency: 'SEK', pledge: 1_000_000, rate: 0.1 },
      { jurisdiction: 'FI-12', currency: 'EUR', pledge: 100_000, rate: 1 },
    ],
    phases: {
      proposalsOpen: at(-48),
      proposalsClose: at(-24),
      reviewClose: at(-24),
      votingOpen: at(-1),
      votingClose: at(48),
      resultsOn: at(72),
      ...phases,
    },
    method: { type: 'approval', minProjects: null, maxProjects: null },
    rule: { rule: 'mes', completion: 'add1', satisfaction: 'cost' },
  };
}

const PROJECTS = [
  { title: 'Bike ferry', cost: 120_000, latitude: 63.7, longitude: 20.3 },
  { title: 'Island trails', cost: 60_000, latitude: 63.3, longitude: 21.2 },
  { title: 'Youth camp', cost: 50_000, latitude: 63.1, longitude: 21.6 },
];

describe('participatory budgets, in Chromium', () => {
  let server: E2eServer;
  let manager: ApiPerson;
  let voter: ApiPerson;
  let managerBrowser: BrowserSession;
  let phone: BrowserSession;
  let visitor: BrowserSession;

  beforeAll(async () => {
    server = await startE2eServer();
    await seedDemoWorld(server.server.database.db, { adminPassword: 'an admin password for the e2e run' });
    manager = await signUpOverApi(server.url, {
      email: 'karin.berg@umea.example',
      password: 'a manager password',
      displayName: 'Karin Berg',
    });
    voter = await signUpOverApi(server.url, {
      email: 'eero.laine@vaasa.example',
      password: 'a voter password',
      displayName: 'Eero Laine',
    });
    // Both confirmed their e-mail address (the confirmation link is tested with the accounts).
    await server.server.database.db.execute(
      sql`update users set email_verified_at = now() where email in ('karin.berg@umea.example', 'eero.laine@vaasa.example')`,
    );
    const organisation = (await expectStatus(
      manager.call('POST', '/api/organisations', {
        slug: 'umea-e2e',
        names: { sv: { text: 'Umeå e2e', provenance: 'original' } },
        type: 'regional_or_local_government',
        country: 'SE',
        website: 'https://umea.example',
      }),
      201,
    )) as { id: string };
    await expectStatus(
      manager.call('POST', '/api/spaces', {
        kind: 'budget',
        slug: SLUG,
        titles: { en: { text: 'Kvarken e2e budget', provenance: 'original' } },
        visibility: 'public',
        ownerOrganisationIds: [organisation.id],
      }),
      201,
    );
    const base = `/api/spaces/${SLUG}/budgets`;
    await expectStatus(manager.call('PUT', `${base}/settings`, { ...settings({}), version: 1 }), 200);
    for (const project of PROJECTS) {
      const created = (await expectStatus(
        manager.call('POST', `${base}/projects`, {
          titles: { en: { text: project.title, provenance: 'original' } },
          descriptions: { en: { text: `${project.title} for both coasts.`, provenance: 'original' } },
          cost: project.cost,
          jurisdiction: 'FI-12',
          latitude: project.latitude,
          longitude: project.longitude,
        }),
        201,
      )) as { id: string; version: number };
      await expectStatus(
        manager.call('POST', `${base}/projects/${created.id}/review`, {
          feasibility: 'feasible',
          version: created.version,
        }),
        200,
      );
    }
    managerBrowser = await inBrowser(manager, server.url);
    phone = await inBrowser(voter, server.url, { width: 390, height: 844 });
    visitor = await openBrowser(server.url);
  });

  afterAll(async () => {
    await managerBrowser?.close();
    await phone?.close();
    await visitor?.close();
    await server?.stop();
  });

  it('shows the demo Kvarken results to anyone: the SVG map with its table, and fairness per region', async () => {
    const { page } = visitor;
    await page.goto('/spaces/kvarken-budget-2026');
    await page.getByRole('heading', { name: 'Results', level: 2 }).waitFor();
    await page.getByRole('img', { name: 'Projects by location' }).waitFor();
    await page.getByRole('table', { name: 'Projects by location' }).waitFor();
    await page.getByRole('heading', { name: 'Fairness between jurisdictions' }).waitFor();
    expect(await page.getByRole('row', { name: /Pohjanmaa/ }).count()).toBeGreaterThan(0);
    await expectAccessible(page);
  });

  it('lets a resident vote on a phone with the keyboard, the basket announcing what is left', async () => {
    const { page } = phone;
    await page.goto(`/spaces/${SLUG}`);
    await page.getByRole('form', { name: 'Your ballot' }).waitFor();
    await expectAccessible(page);
    expect(await fitsWidth(page)).toBe(true);
    const basket = page.locator('.basket');
    expect(await basket.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => basket.textContent()).toContain('€200,000 left');
    await page.getByRole('button', { name: /Where you live/ }).focus();
    await tabToCheckbox(page, /Bike ferry/);
    await page.keyboard.press('Space');
    await expect.poll(() => basket.textContent()).toContain('€80,000 left');
    // The trails still fit; after them the camp (50,000) no longer does and cannot be chosen.
    await tabToCheckbox(page, /Island trails/);
    await page.keyboard.press('Space');
    await expect.poll(() => basket.textContent()).toContain('€20,000 left');
    expect(await page.getByRole('checkbox', { name: /Youth camp/ }).isDisabled()).toBe(true);
    await tabTo(page, /Cast my ballot/);
    expect((await focused(page)).visible).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Your ballot is saved' }).waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await expectAccessible(page);
    const mine = (await expectStatus(voter.call('GET', `/api/spaces/${SLUG}/budgets/ballot`), 200)) as {
      ballot: { residence: string; projectIds: string[] };
    };
    expect(mine.ballot.projectIds).toHaveLength(2);
    expect(mine.ballot.residence).toBe('SE-AC');
  });

  it('lets the proposer edit a pending project and withdraw it after confirming, by keyboard', async () => {
    const base = `/api/spaces/${SLUG}/budgets`;
    const created = (await expectStatus(
      manager.call('POST', `${base}/projects`, {
        titles: {
          en: { text: 'Harbour benches', provenance: 'original' },
          sv: { text: 'Bänkar vid hamnen', provenance: 'human' },
        },
        descriptions: { en: { text: 'Benches by the harbour.', provenance: 'original' } },
        cost: 4000,
        jurisdiction: 'FI-12',
      }),
      201,
    )) as { id: string; number: number };
    const { page } = managerBrowser;
    await page.goto(`/spaces/${SLUG}`);
    const open = page.getByRole('button', { name: `Edit project ${created.number}` });
    await open.focus();
    await open.press('Enter');
    const form = page.getByRole('form', { name: `Edit project ${created.number}` });
    await form.getByLabel('Title').fill('Harbour benches and shade');
    await form.getByLabel(/Cost/).fill('4500');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Save changes' }).press('Enter');
    await page.getByRole('heading', { name: `${created.number}. Harbour benches and shade` }).waitFor();
    const withdraw = page.getByRole('button', { name: `Withdraw project ${created.number}` });
    await withdraw.focus();
    await withdraw.press('Enter');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Withdraw the project' }).press('Enter');
    await page.getByText('Review: withdrawn by its proposer').waitFor();
    const { items } = (await expectStatus(manager.call('GET', `${base}/projects`), 200)) as {
      items: { id: string; cost: number; feasibility: string; titles: Record<string, unknown> }[];
    };
    // The edit in English kept the Swedish translation.
    expect(items.find((item) => item.id === created.id)).toMatchObject({
      cost: 4500,
      feasibility: 'withdrawn',
      titles: {
        en: { text: 'Harbour benches and shade', provenance: 'original' },
        sv: { text: 'Bänkar vid hamnen', provenance: 'human' },
      },
    });
  });

  it('lets a manager describe the process in the settings form, then compute and publish the results', async () => {
    await managerBrowser.page.goto(`/spaces/${SLUG}`);
    await managerBrowser.page.getByLabel('Description of the process').fill('Two coasts, one budget.');
    // A third host, picked by name from the list and with its currency from the ISO 4217 select, by keyboard.
    const form = managerBrowser.page;
    await form.getByRole('button', { name: 'Add a host' }).click();
    const picker = form.getByRole('combobox', { name: /Host jurisdiction/ }).last();
    await picker.fill('Norw');
    await form.getByRole('option', { name: 'Norway (NO)' }).waitFor();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await expect.poll(() => picker.inputValue()).toBe('Norway (NO)');
    const hostCurrency = form.getByRole('button', { name: /Currency of the pledge/ }).last();
    await hostCurrency.focus();
    await hostCurrency.press('Enter');
    await form.getByRole('option', { name: /^NOK – / }).click();
    await form.getByLabel('Amount pledged').last().fill('50000');
    await form.getByLabel('Value of 1 unit in the budget currency').last().fill('0.085');
    await managerBrowser.page.getByRole('button', { name: 'Save settings' }).click();
    await managerBrowser.page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
    await expectAccessible(managerBrowser.page);
    const current = (await expectStatus(
      manager.call('GET', `/api/spaces/${SLUG}/budgets/settings`),
      200,
    )) as {
      version: number;
      settings: { hosts: { jurisdiction: string; currency: string; pledge: number }[] };
    };
    expect(current.settings.hosts.at(-1)).toMatchObject({
      jurisdiction: 'NO',
      currency: 'NOK',
      pledge: 50_000,
    });
    await expectStatus(
      manager.call('PUT', `/api/spaces/${SLUG}/budgets/settings`, {
        ...settings({ votingOpen: at(-2), votingClose: at(-1), resultsOn: at(-1) }),
        version: current.version,
      }),
      200,
    );
    const { page } = managerBrowser;
    await page.goto(`/spaces/${SLUG}`);
    await page.getByRole('button', { name: 'Compute the results' }).click();
    await page.getByText('Draft: only managers see these results').waitFor();
    await page.getByRole('button', { name: 'Publish the results' }).click();
    await page.getByText(/^Published on/).waitFor();
    await page
      .getByRole('rowheader', { name: /Bike ferry/ })
      .first()
      .waitFor();
    expect(await page.getByText(/Funded in round 1/).count()).toBeGreaterThan(0);
    await expectAccessible(page);

    await visitor.page.goto(`/spaces/${SLUG}`);
    await visitor.page.getByRole('heading', { name: 'Fairness between jurisdictions' }).waitFor();
    await expectAccessible(visitor.page);
  });

  it('reads right to left in Arabic and still fits a phone in Finnish', async () => {
    const { page } = phone;
    await page.goto(`/spaces/${SLUG}`);
    await page.getByRole('heading', { name: 'Results', level: 2 }).waitFor();
    await choose(page, /Language/, 'العربية');
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('heading', { name: 'الميزانية التشاركية', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'الإنصاف بين الولايات القضائية' }).waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await expectAccessible(page);
    await choose(page, /اللغة/, 'Suomi');
    await page.getByRole('heading', { name: 'Oikeudenmukaisuus alueiden välillä' }).waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await expectAccessible(page);
  });
});
