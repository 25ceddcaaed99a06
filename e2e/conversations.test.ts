import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN_EMAIL, DEMO_LOGIN_PASSWORD, seedDemoWorld } from '../apps/server/src/index.ts';
import { type ApiPerson, signUpOverApi } from './api-client.ts';
import { type BrowserSession, focused, openBrowser, seriousA11yViolations } from './browser.ts';
import { type E2eServer, startE2eServer } from './server.ts';

const CONVERSATION = '/spaces/kvarken-ferry-future';

async function expectAccessible(page: Page) {
  await page.waitForLoadState('networkidle');
  expect(await seriousA11yViolations(page), `axe on ${page.url()}`).toEqual([]);
}

const mapVersion = async (page: Page) =>
  Number((await page.getByTestId('results-version').textContent())?.match(/\d+/)?.[0] ?? -1);

describe('a conversation with an opinion map, in Chromium, voting by keyboard', () => {
  let server: E2eServer;
  let browser: BrowserSession;
  let participant: ApiPerson;

  beforeAll(async () => {
    server = await startE2eServer();
    await seedDemoWorld(server.server.database.db, { adminPassword: 'an admin password for the e2e run' });
    participant = await signUpOverApi(server.url, {
      email: 'saga.berg@umea.example',
      password: 'a participant password',
      displayName: 'Saga Berg',
    });
    browser = await openBrowser(server.url);
    const sessionId = participant.cookie.split('=').slice(1).join('=');
    await browser.context.addCookies([{ name: 'crossgov_session', value: sessionId, url: server.url }]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the demo conversation to a visitor and invites them to sign in to vote', async () => {
    const visitor = await openBrowser(server.url);
    try {
      const { page } = visitor;
      await page.goto(CONVERSATION);
      await page.getByRole('heading', { name: 'The future of the Kvarken ferry link', level: 2 }).waitFor();
      await page.getByRole('link', { name: 'Sign in to vote and add statements' }).waitFor();
      // The seeded votes are mapped by the worker thread after the first vote; until then the page says so.
      await page.getByText(/The map appears once enough people have voted/).waitFor();
      await expectAccessible(page);
    } finally {
      await visitor.close();
    }
  });

  it('votes on seven statements with the keyboard alone and sees the map appear and update', async () => {
    const { page } = browser;
    await page.goto(CONVERSATION);
    const card = page.getByRole('group');
    await card.first().waitFor();
    await expect.poll(() => page.getByText('Statement 0 of 16 voted on').count()).toBe(1);
    await expectAccessible(page);

    // Reach the Agree button with Tab from the statement's card, as a keyboard user would.
    const agree = page.getByRole('button', { name: 'Agree', exact: true });
    await agree.focus();
    expect((await focused(page)).name).toBe('Agree');
    const seen: string[] = [];
    const keys = ['Enter', 'Space', 'Enter', 'Space', 'Enter', 'Enter', 'Space'];
    for (const [index, key] of keys.entries()) {
      const heading = await page.locator('#voting-card-statement').textContent();
      seen.push(heading ?? '');
      // The three buttons are named by the statement: the group's label is the heading.
      expect(await page.getByRole('group', { name: heading ?? '' }).count()).toBe(1);
      const choice = index % 3 === 0 ? 'Agree' : index % 3 === 1 ? 'Disagree' : 'Pass / unsure';
      for (let tab = 0; tab < 3 && (await focused(page)).name !== choice; tab++)
        await page.keyboard.press('Tab');
      await page.keyboard.press(key);
      await expect.poll(() => page.getByText(`Statement ${index + 1} of 16 voted on`).count()).toBe(1);
      const status = page.getByRole('status').filter({ hasText: 'Vote recorded' });
      await expect.poll(() => status.textContent()).toContain('Next statement:');
      // Focus stays on the button just used, so voting goes on from the keyboard.
      expect((await focused(page)).name).toBe(choice);
      for (let tab = 0; tab < 3 && (await focused(page)).name !== 'Agree'; tab++)
        await page.keyboard.press('Shift+Tab');
    }
    expect(new Set(seen).size).toBe(7);

    // The map is computed in the worker thread and appears without reloading the page.
    await expect.poll(() => mapVersion(page), { timeout: 30_000 }).toBeGreaterThan(0);
    const first = await mapVersion(page);
    await page.getByRole('img', { name: /Opinion map/ }).waitFor();
    await page.getByRole('table', { name: 'Participants per opinion group and country' }).waitFor();
    await page.getByRole('heading', { name: 'Statements that bridge groups and countries' }).waitFor();

    // Asked once for a country (the profile gives none): answered by keyboard, the map updates again.
    const country = page.getByRole('combobox', { name: 'Country' });
    await country.focus();
    await page.keyboard.type('Swed');
    await page.getByRole('option', { name: 'Sweden' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Save my country' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Which country do you live in?' }).waitFor({ state: 'detached' });
    await expect.poll(() => mapVersion(page), { timeout: 30_000 }).toBeGreaterThan(first);
    await expectAccessible(page);
  });

  it('holds a participant’s statement for a moderator, who accepts it', async () => {
    const { page } = browser;
    await page.goto(CONVERSATION);
    const text = 'A night crossing on Fridays would help weekly commuters';
    await page.getByRole('textbox', { name: 'Statement' }).fill(text);
    await page.getByRole('button', { name: 'Add the statement' }).click();
    await page.getByText('Your statement waits for a moderator before others see it.').waitFor();
    await page.getByRole('heading', { name: 'Your statements' }).waitFor();
    await expectAccessible(page);

    const manager = await openBrowser(server.url);
    try {
      const managerPage = manager.page;
      await managerPage.goto('/login');
      await managerPage.getByLabel('E-mail address').fill(DEMO_LOGIN_EMAIL);
      await managerPage.getByLabel('Password').fill(DEMO_LOGIN_PASSWORD);
      await managerPage.getByRole('button', { name: 'Sign in' }).click();
      await expect.poll(() => managerPage.url()).not.toContain('/login');
      await managerPage.goto(CONVERSATION);
      const queue = managerPage.getByRole('region', { name: 'Statements waiting for a moderator' });
      await queue.getByText(text).waitFor();
      await expectAccessible(managerPage);
      await queue.getByRole('button', { name: 'Accept' }).focus();
      await managerPage.keyboard.press('Enter');
      await queue.getByText('No statement is waiting.').waitFor();
      await managerPage.getByText(/^17 statements/).waitFor();
    } finally {
      await manager.close();
    }
  });

  it('works right to left in Arabic', async () => {
    const { page } = browser;
    await page.goto(CONVERSATION);
    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('option', { name: 'العربية' }).click();
    await page.getByRole('button', { name: 'أوافق', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectAccessible(page);
  });
});
