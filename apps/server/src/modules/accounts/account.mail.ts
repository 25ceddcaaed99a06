import type { MailMessage } from '../mail/mail.service.ts';

/** `${PUBLIC_URL}/path`, also when PUBLIC_URL was configured with a trailing slash. */
export function publicLink(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}`;
}

/**
 * The texts of account e-mails. English only for now: the server has no translation catalogue yet, so the
 * user's `language` is not used here.
 */
export function verificationMail(
  publicUrl: string,
  to: string,
  displayName: string,
  token: string,
): MailMessage {
  const link = publicLink(publicUrl, `/verify-email?token=${encodeURIComponent(token)}`);
  return {
    to,
    subject: 'Confirm your e-mail address for Crossgov',
    text: [
      `Hello ${displayName},`,
      '',
      'Please confirm that this is your e-mail address by opening this link:',
      link,
      '',
      'The link works for 24 hours. If you did not create a Crossgov account, ignore this message.',
    ].join('\n'),
  };
}

export function passwordResetMail(
  publicUrl: string,
  to: string,
  displayName: string,
  token: string,
): MailMessage {
  const link = publicLink(publicUrl, `/reset-password?token=${encodeURIComponent(token)}`);
  return {
    to,
    subject: 'Reset your Crossgov password',
    text: [
      `Hello ${displayName},`,
      '',
      'Someone (we hope you) asked to reset the password of your Crossgov account. Choose a new one here:',
      link,
      '',
      'The link works for one hour and only once. Setting a new password signs you out everywhere else.',
      'If you did not ask for this, ignore this message: your password stays as it is.',
    ].join('\n'),
  };
}
