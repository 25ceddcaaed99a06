import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { tokenFromLink } from '../../../test/outbox-reader.ts';
import { inBrowser, signUpThroughApi, uniqueEmail } from '../../../test/session-client.ts';
import { type SmtpSink, startSmtpSink } from '../../../test/smtp-sink.ts';
import { deliverPendingMail } from './mail.service.ts';
import { outbox } from './mail.table.ts';
import { createSmtpTransport } from './smtp-transport.ts';

describe('mail delivery over SMTP', () => {
  let t: TestApp;
  let sink: SmtpSink;
  beforeAll(async () => {
    t = await createTestApp();
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('delivers the verification e-mail to a real SMTP server, and its link verifies the address', async () => {
    const email = uniqueEmail('smtp');
    const session = await signUpThroughApi(t.app, { email });
    const sent = await deliverPendingMail(t.database.db, createSmtpTransport(sink.url), t.config.mailFrom);
    expect(sent).toBeGreaterThanOrEqual(1);

    const message = sink.messages.find((received) => received.to.includes(email));
    expect(message?.headers.get('subject')).toBe('Confirm your e-mail address for Crossgov');
    expect(message?.from).toBe('no-reply@crossgov.localhost');
    const token = tokenFromLink(message?.text ?? '', '/verify-email');
    expect(message?.text).toContain(`${t.config.publicUrl}/verify-email?token=${token}`);

    const [row] = await t.database.db.select().from(outbox).where(eq(outbox.toAddress, email));
    expect(row?.sentAt).toBeInstanceOf(Date);
    expect(row?.attempts).toBe(1);

    const verify = await t.app.inject({ method: 'POST', url: '/api/auth/verify-email', payload: { token } });
    expect(verify.statusCode).toBe(204);
    const me = await inBrowser(t.app, session)({ method: 'GET', url: '/api/me' });
    expect(me.json().emailVerified).toBe(true);
  });

  it('keeps a message queued with its error when the SMTP server cannot be reached', async () => {
    const email = uniqueEmail('unreachable');
    await signUpThroughApi(t.app, { email });
    const closed = await startSmtpSink();
    await closed.stop();
    const sent = await deliverPendingMail(t.database.db, createSmtpTransport(closed.url), t.config.mailFrom);
    expect(sent).toBe(0);
    const [row] = await t.database.db.select().from(outbox).where(eq(outbox.toAddress, email));
    expect(row).toMatchObject({ sentAt: null, attempts: 1 });
    expect(row?.lastError).toEqual(expect.any(String));
  });
});
