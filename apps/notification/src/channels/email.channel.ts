import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { Channel, OutgoingMessage, SendResult } from './channel.js';

/** E-mail through an SMTP server (nodemailer). A 5xx SMTP reply is permanent; 4xx and network errors are retried. */
export class EmailChannel implements Channel {
  readonly name = 'email' as const;
  private readonly transport: Transporter | null;

  constructor(
    smtpUrl: string | null,
    private readonly from: string,
  ) {
    this.transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  }

  async send(m: OutgoingMessage): Promise<SendResult> {
    if (!this.transport) return { ok: false, permanent: true, answer: 'e-mail is not configured (SMTP_URL)' };
    try {
      const info = await this.transport.sendMail({
        from: this.from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        headers: { 'X-Notification-Id': m.retryKey },
      });
      return { ok: true, permanent: false, answer: String(info.response ?? 'accepted') };
    } catch (e) {
      const code = Number((e as { responseCode?: number }).responseCode);
      return {
        ok: false,
        permanent: code >= 500 && code < 600,
        answer: `${code || ''} ${(e as Error).message}`.trim(),
      };
    }
  }

  close(): void {
    this.transport?.close();
  }
}
