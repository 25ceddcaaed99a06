import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestMailTo } from '../apps/server/test/outbox-reader.ts';
import { startTranslationStub, type TranslationStub } from '../apps/server/test/translation-stub.ts';
import { type ApiPerson, expectStatus, signUpOverApi } from './api-client.ts';
import { type BrowserSession, focused, openBrowser, seriousA11yViolations } from './browser.ts';
import { type E2eServer, startE2eServer } from './server.ts';

const SLUG = 'kvarken-ferry-consultation';

async function expectAccessible(page: Page) {
  await page.waitForLoadState('networkidle');
  expect(await seriousA11yViolations(page), `axe on ${page.url()}`).toEqual([]);
}

async function choose(page: Page, label: string | RegExp, option: string | RegExp) {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

async function browserOf(url: string, person: ApiPerson): Promise<BrowserSession> {
  const session = await openBrowser(url);
  const value = person.cookie.split('=').slice(1).join('=');
  await session.context.addCookies([{ name: 'crossgov_session', value, url }]);
  return session;
}

describe('a consultation with official answers, in Chromium', () => {
  let stub: TranslationStub;
  let server: E2eServer;
  let host: ApiPerson;
  let citizen: ApiPerson;
  let hostBrowser: BrowserSession;
  let citizenBrowser: BrowserSession;
  let visitor: BrowserSession;
  let ideaUrl = '';

  beforeAll(async () => {
    stub = await startTranslationStub();
    server = await startE2eServer({
      TRANSLATION_URL: stub.url,
      TRANSLATION_PROVIDER_NAME: 'Dictionary stub',
    });
    host = await signUpOverApi(server.url, {
      email: 'host@kvarken.example',
      password: 'a host password',
      displayName: 'Kvarken host',
    });
    citizen = await signUpOverApi(server.url, {
      email: 'commuter@umea.example',
      password: 'a commuter password',
      displayName: 'Umeå commuter',
    });
    const organisation = (await expectStatus(
      host.call('POST', '/api/organisations', {
        slug: 'kvarken-hosts',
        names: { en: { text: 'Kvarken hosts', provenance: 'original' } },
        type: 'cross_border_body',
        country: 'SE',
        website: 'https://kvarken.example',
      }),
      201,
    )) as { id: string };
    await expectStatus(
      host.call('POST', '/api/spaces', {
        kind: 'consultation',
        slug: SLUG,
        titles: { en: { text: 'Ferries across the Kvarken', provenance: 'original' } },
        visibility: 'public',
        ownerOrganisationIds: [organisation.id],
      }),
      201,
    );
    await expectStatus(
      host.call('PUT', `/api/spaces/${SLUG}/consultation`, {
        question: {
          sv: { text: 'Hur blir färjan bättre för pendlare?', provenance: 'original' },
          en: { text: 'How can the ferry work better for commuters?', provenance: 'human' },
        },
        opensAt: null,
        closesAt: null,
        preModeration: false,
        version: 1,
      }),
      200,
    );
    hostBrowser = await browserOf(server.url, host);
    citizenBrowser = await browserOf(server.url, citizen);
    visitor = await openBrowser(server.url);
  });

  afterAll(async () => {
    await visitor?.close();
    await citizenBrowser?.close();
    await hostBrowser?.close();
    await server?.stop();
    await stub?.close();
  });

  it('submits an idea in Swedish from the keyboard', async () => {
    const { page } = citizenBrowser;
    await page.goto(`/spaces/${SLUG}`);
    await page.getByText('How can the ferry work better for commuters?').waitFor();
    await expectAccessible(page);
    await page.getByLabel('Title').focus();
    await page.keyboard.type('En gemensam biljett');
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toContain('Your idea');
    await page.keyboard.type('En gemensam biljett för buss och färja.');
    await choose(page, /Language you write in/, 'svenska');
    await page.getByRole('button', { name: 'Submit the idea' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'En gemensam biljett', level: 1 }).waitFor();
    ideaUrl = new URL(page.url()).pathname;
    expect(ideaUrl).toMatch(new RegExp(`/spaces/${SLUG}/ideas/[0-9a-f-]{36}$`));
    await page.getByText('Original, in Swedish').waitFor();
    await expectAccessible(page);
  });

  it('supports the idea with the keyboard, and withdraws the support', async () => {
    const { page } = citizenBrowser;
    const support = page.getByRole('button', { name: 'Support this idea' });
    await support.focus();
    expect((await focused(page)).visible).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('Supports: 1').waitFor();
    await page.getByRole('button', { name: 'Withdraw my support' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Supports: 0').waitFor();
    await page.getByRole('button', { name: 'Support this idea' }).click();
    await page.getByText('Supports: 1').waitFor();
  });

  it('shows a machine translation labelled with its provider, and the original on request', async () => {
    const { page } = citizenBrowser;
    await page.getByRole('button', { name: 'Translate with Dictionary stub' }).click();
    await page.getByRole('heading', { name: 'one shared ticket', level: 1 }).waitFor();
    await page.getByText('Machine translation by Dictionary stub').waitFor();
    await page.getByText('one shared ticket for bus and ferry.').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Show the original' }).click();
    await page.getByRole('heading', { name: 'En gemensam biljett', level: 1 }).waitFor();
  });

  it('lets the host give an official answer, which e-mails the author', async () => {
    const { page } = hostBrowser;
    await page.goto(ideaUrl);
    await page.getByRole('heading', { name: /one shared ticket|En gemensam biljett/, level: 1 }).waitFor();
    await choose(page, /Official status/, /^Accepted$/);
    await page
      .getByRole('textbox', { name: /Reason in/ })
      .fill('Both transport authorities will sell one ticket from May.');
    await page.getByRole('button', { name: 'Publish the answer' }).click();
    const answers = page.getByRole('region', { name: 'Answers from the hosts' });
    const answer = answers.getByRole('listitem').filter({ hasText: 'Both transport authorities' });
    await answer.getByText('Accepted', { exact: true }).waitFor();
    await expectAccessible(page);
    const mail = await latestMailTo(server.server.database.db, 'commuter@umea.example');
    expect(mail?.subject).toContain('accepted');
    expect(mail?.bodyText).toContain(ideaUrl);
  });

  it('takes a comment, a human translation of it, and lets the host hide it with a public reason', async () => {
    const { page } = citizenBrowser;
    await page.goto(ideaUrl);
    await page.getByLabel('Your comment').fill('Köp biljetten på spam.example!');
    await choose(page, /Language you write in/, 'svenska');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    const comments = page.getByRole('region', { name: /Comments/ });
    const comment = comments.getByRole('listitem').filter({ hasText: 'spam.example' });
    await comment.getByRole('button', { name: 'Translate it yourself' }).click();
    await comment.getByLabel('Translated text').fill('Buy the ticket at spam.example!');
    await comment.getByRole('button', { name: 'Save the translation' }).click();
    await comment.getByText('Translated by Umeå commuter').waitFor();
    await comment.getByText('Buy the ticket at spam.example!').waitFor();
    await expectAccessible(page);

    const host = hostBrowser.page;
    await host.goto(ideaUrl);
    const hostComment = host
      .getByRole('region', { name: /Comments/ })
      .getByRole('listitem')
      .filter({
        hasText: 'spam.example',
      });
    await hostComment.getByText('Moderate').click();
    await hostComment.getByLabel('Public reason for hiding').fill('Advertising');
    await hostComment.getByRole('button', { name: 'Hide' }).click();
    await hostComment.getByText('Hidden by moderators: Advertising').waitFor();

    await visitor.page.goto(ideaUrl);
    await visitor.page.getByText('Hidden by moderators: Advertising').waitFor();
    expect(await visitor.page.getByText('spam.example').count()).toBe(0);
    await expectAccessible(visitor.page);
  });

  it('lets a commenter correct their own comment from the keyboard, marked as edited', async () => {
    const { page } = citizenBrowser;
    await page.goto(ideaUrl);
    await page.getByLabel('Your comment').fill('Bussen går för sällan.');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    const comment = page
      .getByRole('region', { name: /Comments/ })
      .getByRole('listitem')
      .filter({ hasText: 'Bussen går för sällan.' });
    const open = comment.getByRole('button', { name: 'Edit my comment' });
    await open.focus();
    await open.press('Enter');
    const form = comment.getByRole('form', { name: 'Edit my comment' });
    await form.getByLabel('Your comment').fill('Bussen går för sällan på kvällen.');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Save the comment' }).press('Enter');
    const edited = page
      .getByRole('region', { name: /Comments/ })
      .getByRole('listitem')
      .filter({ hasText: 'Bussen går för sällan på kvällen.' });
    await edited.getByText(/edited on/).waitFor();
    await visitor.page.goto(ideaUrl);
    await visitor.page.getByText('Bussen går för sällan på kvällen.').waitFor();
    // Only the author is offered the edit.
    expect(await visitor.page.getByRole('button', { name: 'Edit my comment' }).count()).toBe(0);
  });

  it('shows the public scoreboard to an anonymous visitor', async () => {
    const { page } = visitor;
    await page.goto(`/spaces/${SLUG}`);
    const board = page.getByRole('region', { name: 'Official answers' });
    await board.getByText('1 of 1').waitFor();
    await page.getByText('Sign in to submit ideas, comment and support.').waitFor();
    await page.getByRole('link', { name: /one shared ticket|En gemensam biljett/ }).waitFor();
    await expectAccessible(page);
  });

  it('reads right to left in Arabic, and the statuses are translated', async () => {
    const { page } = visitor;
    await choose(page, /Language/, 'العربية');
    await page.getByRole('heading', { name: 'استشارة', level: 2 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByRole('region', { name: 'الردود الرسمية' }).getByText('مقبولة', { exact: true }).waitFor();
    await expectAccessible(page);
  });
  it('lets the author edit and then withdraw their own idea from the keyboard', async () => {
    const created = (await expectStatus(
      citizen.call('POST', `/api/spaces/${SLUG}/consultation/ideas`, {
        title: 'Cykel på färjan',
        body: 'Låt pendlare ta med cykeln gratis.',
        language: 'sv',
      }),
      201,
    )) as { id: string };
    const { page } = citizenBrowser;
    await page.goto(`/spaces/${SLUG}/ideas/${created.id}`);
    await page.getByRole('heading', { name: 'Cykel på färjan', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Edit my idea' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Edit my idea' });
    await form.getByLabel('Your idea').fill('Låt pendlare ta med cykeln gratis, också i rusningstid.');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Save my idea' }).focus();
    await page.keyboard.press('Enter');
    await form.waitFor({ state: 'detached' });
    await page
      .getByRole('paragraph')
      .filter({ hasText: 'Låt pendlare ta med cykeln gratis, också i rusningstid.' })
      .waitFor();
    await page.getByRole('button', { name: 'Withdraw my idea' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Yes, withdraw my idea' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Withdrawn by its author').waitFor();
    expect(await page.getByRole('button', { name: 'Support this idea' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Edit my idea' }).count()).toBe(0);
    await expectAccessible(page);
  });
});
