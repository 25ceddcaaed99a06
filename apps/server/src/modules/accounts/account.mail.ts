import type { MailMessage } from '../mail/mail.service.ts';
import { mailIn } from '../mail/mail-catalogue.ts';

/** `${PUBLIC_URL}/path`, also when PUBLIC_URL was configured with a trailing slash. */
export function publicLink(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}`;
}

/** The account a mail goes to: it is written in the account's language. */
interface Recipient {
  email: string;
  displayName: string;
  language: string;
}

export function verificationMail(publicUrl: string, user: Recipient, token: string): MailMessage {
  const link = publicLink(publicUrl, `/verify-email?token=${encodeURIComponent(token)}`);
  return { to: user.email, ...mailIn(user.language, 'verifyEmail', { displayName: user.displayName, link }) };
}

export function passwordResetMail(publicUrl: string, user: Recipient, token: string): MailMessage {
  const link = publicLink(publicUrl, `/reset-password?token=${encodeURIComponent(token)}`);
  return {
    to: user.email,
    ...mailIn(user.language, 'resetPassword', { displayName: user.displayName, link }),
  };
}
