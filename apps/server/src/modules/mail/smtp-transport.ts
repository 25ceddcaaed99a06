import nodemailer from 'nodemailer';
import type { MailTransport } from './mail.service.ts';

/** Sends through any SMTP server, e.g. `smtp://user:pass@mail.example.gov:587`. */
export function createSmtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    name: 'smtp',
    send: async (message) => {
      await transporter.sendMail(message);
    },
  };
}
