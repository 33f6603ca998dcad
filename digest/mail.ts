/** The SMTP transport (nodemailer, from SMTP_URL) and the helpers shared by digest and alert e-mails. */
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { Config } from '../config.ts';

/** What the senders need from a nodemailer transport; tests may pass any object with `sendMail`. */
export interface MailTransport {
  sendMail(message: SendMailOptions): Promise<{ messageId?: string; accepted?: unknown[]; rejected?: unknown[]; response?: string }>;
}

/** Creates the nodemailer transport named by SMTP_URL; throws when it is not set. */
export function createMailTransport(config: Config): MailTransport & { close(): void } {
  if (!config.mail.smtpUrl) throw new Error('mail: SMTP_URL is not set; cannot send e-mail');
  return nodemailer.createTransport(config.mail.smtpUrl) as unknown as MailTransport & { close(): void };
}

/** The domain part for our Message-IDs: the public host, so IDs are globally unique per deployment (RFC 5322 §3.6.4). */
export function messageIdDomain(config: Config): string {
  try {
    return new URL(config.api.publicBaseUrl).hostname || 'brinkwatch.invalid';
  } catch {
    return 'brinkwatch.invalid';
  }
}

/**
 * Whether a send error proves the server did not take the message: it answered with a rejection code,
 * or we never got past connecting/greeting/authentication/envelope. Anything else (a timeout or a
 * dropped connection after DATA) leaves us not knowing.
 */
export function surelyNotAccepted(err: unknown): boolean {
  const e = err as { responseCode?: number; code?: string; command?: string };
  if (typeof e?.responseCode === 'number' && e.responseCode >= 400) return true;
  return ['ECONNECTION', 'EDNS', 'EAUTH', 'EENVELOPE', 'ETLS', 'EMESSAGE', 'ECONFIG'].includes(e?.code ?? '') && e?.command !== 'DATA';
}
