import { desc, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN_EMAIL, DEMO_LOGIN_PASSWORD, seedDemoWorld } from '../apps/server/src/index.ts';
import { outbox } from '../apps/server/src/modules/mail/mail.table.ts';
import { type BrowserSession, openBrowser, seriousA11yViolations } from './browser.ts';
import { type E2eServer, startE2eServer } from './server.ts';

const SLUG = 'kvarken-climate-assembly';
const VOLUNTEER = 'stina.e2e@example.org';

async function choose(page: Page, label: RegExp, option: string | RegExp) {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

async function expectAccessible(page: Page) {
  await page.waitForLoadState('networkidle');
  expect(await seriousA11yViolations(page), `axe on ${page.url()}`).toEqual([]);
}

describe('a citizens’ assembly, in Chromium: recruitment, selection, draw and verification', () => {
  let server: E2eServer;
  let visitor: BrowserSession;
  let manager: BrowserSession;

  beforeAll(async () => {
    server = await startE2eServer();
    await seedDemoWorld(server.server.database.db, { adminPassword: 'an admin password for the e2e run' });
    visitor = await openBrowser(server.url);
    manager = await openBrowser(server.url);
  });

  afterAll(async () => {
    await visitor?.close();
    await manager?.close();
    await server?.stop();
  });

  it('registers a volunteer in Swedish, refusing the form until consent is given', async () => {
    const { page } = visitor;
    await page.goto(`/assemblies/${SLUG}/register`);
    await page.getByRole('heading', { name: 'Kvarken climate assembly', level: 1 }).waitFor();
    await expectAccessible(page);
    await page
      .getByRole('navigation', { name: 'Language of this page' })
      .getByRole('button', { name: 'Svenska' })
      .click();
    await page.getByRole('heading', { name: 'Kvarkens klimatråd', level: 1 }).waitFor();
    await page.getByLabel('Namn').fill('Stina Lindqvist');
    await page.getByLabel('E-postadress').fill(VOLUNTEER);
    await page.getByLabel('Postnummer eller adress').fill('903 25 Umeå');
    await choose(page, /Kön/, 'Kvinna');
    await choose(page, /Åldersgrupp/, '30–44');
    await choose(page, /Land/, 'Sverige (Västerbotten)');
    await choose(page, /Utbildning/, 'Högskola');
    await page.getByRole('button', { name: 'Anmäl mig' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Ditt samtycke behövs för att anmäla dig.' })
      .first()
      .waitFor();
    await expectAccessible(page);
    // Keyboard: the consent box is reached and ticked with the space bar.
    await page.getByRole('checkbox', { name: /Jag godkänner/ }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Anmäl mig' }).press('Enter');
    await page.getByRole('status').filter({ hasText: 'Tack!' }).waitFor();
    await expectAccessible(page);
  });

  it('opens the private link of the confirmation e-mail and shows the registration', async () => {
    const [mail] = await server.server.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.toAddress, VOLUNTEER))
      .orderBy(desc(outbox.createdAt))
      .limit(1);
    const link = /https?:\/\/\S+(\/assemblies\/\S+)/.exec(mail?.bodyText ?? '')?.[1];
    expect(link).toBeDefined();
    const { page } = visitor;
    await page.goto(link ?? '/');
    await page.getByRole('heading', { name: 'Min anmälan', level: 1 }).waitFor();
    await page.getByText('Stina Lindqvist').waitFor();
    await expectAccessible(page);
  });

  it('lets a manager check the quotas, run LEXIMIN in the background and read the fairness report', async () => {
    const { page } = manager;
    await page.goto('/login');
    await page.getByLabel('E-mail address').fill(DEMO_LOGIN_EMAIL);
    await page.getByLabel('Password').fill(DEMO_LOGIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.url(), { timeout: 20_000 }).not.toContain('/login');
    await page.goto(`/spaces/${SLUG}`);
    await page.getByRole('heading', { name: 'Quotas', level: 2 }).waitFor();
    await page.getByText('These quotas can all be met (checked against 241 volunteers).').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Start a selection' }).click();
    const run = page.locator('article').filter({ hasText: 'LEXIMIN' }).first();
    await run.getByText('Finished', { exact: true }).waitFor({ timeout: 110_000 });
    await run.getByRole('table', { name: 'Fairness report' }).waitFor();
    await run.getByRole('img', { name: /How many of the 241 volunteers/ }).waitFor();
    await run.getByRole('table', { name: 'Selection probabilities as a table' }).waitFor();
    await expectAccessible(page);
  });

  it('publishes the lottery with a sealed seed, draws the panel, and anyone can re-run the draw', async () => {
    const { page } = manager;
    await page.getByRole('button', { name: 'Publish this lottery with a sealed seed' }).click();
    const hash = page.locator('code.opaque-ids');
    await hash.waitFor();
    expect(await hash.textContent()).toMatch(/^[0-9a-f]{64}$/);
    await page.getByRole('button', { name: 'Reveal the seed and draw the panel' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /drew a panel of 24/ })
      .waitFor();
    await expectAccessible(page);

    const visitorPage = visitor.page;
    await visitorPage.goto(`/assemblies/${SLUG}/lottery`);
    await visitorPage.getByRole('heading', { name: 'Dragen panel (anonyma id:n)' }).waitFor();
    await expectAccessible(visitorPage);
    await visitorPage.getByRole('button', { name: 'Gör om dragningen' }).click();
    await visitorPage.getByText('Samma panel som den officiella dragningen.').waitFor();
    // The public page shows opaque ids, never the volunteers' names.
    expect(await visitorPage.content()).not.toContain('Stina Lindqvist');
    await expectAccessible(visitorPage);
  });
  it('finds a volunteer by name and shows only the selected when asked', async () => {
    const { page } = manager;
    const pool = page.getByRole('table', { name: 'Volunteers' });
    const search = page.getByRole('searchbox', { name: 'Name, e-mail or id' });
    await search.fill('stina lind');
    await expect.poll(() => pool.getByRole('row').count()).toBe(2);
    await pool.getByRole('cell', { name: 'Stina Lindqvist' }).waitFor();
    await page.getByText('Matching volunteers: 1.').waitFor();
    await expectAccessible(page);
    await search.fill('');
    await choose(page, /Status/, /^Selected$/);
    // The header row and the 24 panel members.
    await expect.poll(() => pool.getByRole('row').count()).toBe(25);
    await choose(page, /Status/, 'All statuses');
    await expect.poll(() => pool.getByRole('row').count()).toBe(242);
  });

  it('marks two drop-outs with the keyboard and replaces them together, listing the replacements', async () => {
    const { page } = manager;
    const pool = page.getByRole('table', { name: 'Volunteers' });
    const marks = pool.getByRole('checkbox', { name: / dropped out$/ });
    expect(await marks.count()).toBe(24);
    for (const n of [0, 1]) {
      await marks.nth(n).focus();
      await page.keyboard.press('Space');
    }
    const replace = page.getByRole('button', { name: 'Replace the marked members (2)' });
    await replace.press('Enter');
    const done = page.getByRole('status').filter({ hasText: 'Replacements chosen: 2.' });
    await done.waitFor({ timeout: 30_000 });
    expect(await done.getByRole('list', { name: 'Replacements' }).getByRole('listitem').count()).toBe(2);
    // The two who dropped out leave the panel; two replacements join it: still 24 seats.
    await pool.getByRole('cell', { name: 'Dropped out', exact: true }).nth(1).waitFor();
    await expect.poll(() => marks.count()).toBe(24);
    await page.getByRole('button', { name: 'Replace the marked members (0)' }).waitFor();
    await expectAccessible(page);
  });

  it('records a recommendation in two languages and shows a title only written in Swedish as such', async () => {
    const { page } = manager;
    const settings = page.getByRole('group', { name: 'Note on the stipend' });
    expect(await settings.getByLabel('Note on the stipend in Finnish').inputValue()).toContain('Wasalinen');
    const form = page.getByRole('form', { name: 'Record a recommendation' });
    const title = form.getByRole('group', { name: 'Title', exact: true });
    await title.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('option', { name: 'Swedish' }).click();
    await title.getByLabel('Title in Swedish').fill('Fler nattfärjor över Kvarken');
    const text = form.getByRole('group', { name: 'Recommendation', exact: true });
    await text.getByLabel('Recommendation in English').fill('Run a night ferry every day of the week.');
    await text.getByRole('button', { name: 'Add a language' }).click();
    await text
      .getByRole('button', { name: /Language/ })
      .nth(1)
      .click();
    await page.getByRole('option', { name: 'Swedish' }).click();
    await text.getByLabel('Recommendation in Swedish').fill('Kör en nattfärja varje dag i veckan.');
    await form.getByRole('button', { name: 'Record a recommendation' }).click();
    const card = page.locator('article').filter({ hasText: 'Fler nattfärjor över Kvarken' });
    const heading = card.getByRole('heading', { level: 3 });
    await heading.waitFor();
    // An English reader sees the Swedish title, marked as Swedish, and the English text without a marker.
    expect(await heading.textContent()).toContain('(shown in Swedish)');
    expect(await heading.locator('[lang="sv"]').textContent()).toBe('Fler nattfärjor över Kvarken');
    await card.getByText('Run a night ferry every day of the week.').waitFor();
    expect(await card.textContent()).not.toContain('Kör en nattfärja');
    await expectAccessible(page);
  });
  it('announces the erasure date to volunteers, and lets a manager erase the personal data now', async () => {
    const { page } = manager;
    await page.getByLabel('Erase the volunteers’ personal data on').fill('2099-12-31');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await page.getByText(/to be erased on .*2099/).waitFor();
    const visitorPage = visitor.page;
    await visitorPage.goto(`/assemblies/${SLUG}/register`);
    await visitorPage.getByText(/(raderas den|will be erased on) .*2099/).waitFor();

    await page.getByRole('button', { name: 'Erase personal data now' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Erase the volunteers’ personal data?' });
    await dialog.waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Erase for good' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Personal data erased. Volunteers concerned: 241.' })
      .waitFor();
    const pool = page.getByRole('table', { name: 'Volunteers' });
    await expect.poll(() => pool.getByText('erased', { exact: true }).count()).toBe(241);
    expect(await page.content()).not.toContain('Stina Lindqvist');
    expect(await page.getByRole('form', { name: 'Import a pool file (CSV)' }).count()).toBe(0);
    await expectAccessible(page);

    // The published draw can still be re-run by anyone: it only ever used opaque ids.
    await visitorPage.goto(`/assemblies/${SLUG}/lottery`);
    await visitorPage.getByRole('button', { name: 'Gör om dragningen' }).click();
    await visitorPage.getByText('Samma panel som den officiella dragningen.').waitFor();
  });
});
