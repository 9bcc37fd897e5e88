import type { Transporter } from 'nodemailer';
import { createTransport } from 'nodemailer';
import type { AttemptResult } from './webhook-sender';
import { ATTEMPT_TIMEOUT_MS } from './webhook-sender';

interface MessageBody {
  type: string;
  timestamp: string;
  data: {
    serviceName?: string;
    stage?: string;
    gate?: string;
    kind?: string;
    waitingSince?: string;
    links?: { cycle?: string };
  };
}

const SUBJECTS: Record<string, string> = {
  'approval.requested': 'approval requested',
  'approval.reminder': 'reminder: approval waiting',
  'approval.escalated': 'escalated: approval overdue',
};

/** `gap_identification` as `gap identification`. */
const words = (name: string | undefined) => (name ?? '').replaceAll('_', ' ');

/** How long something has waited, in words a manager reads at a glance. */
export function waitedFor(since: string | undefined, now: Date): string {
  const seconds = since ? Math.max(0, (now.getTime() - Date.parse(since)) / 1000) : 0;
  const [value, unit] =
    seconds < 60
      ? [seconds, 'second']
      : seconds < 3600
        ? [seconds / 60, 'minute']
        : seconds < 86_400
          ? [seconds / 3600, 'hour']
          : [seconds / 86_400, 'day'];
  const whole = Math.floor(value);
  return `${whole} ${unit}${whole === 1 ? '' : 's'}`;
}

/** The mail a message becomes: the subject names the service; the text, stage, wait and link. */
export function mailOf(body: MessageBody, now: Date): { subject: string; text: string } {
  const { serviceName = 'a service', gate, stage, kind, waitingSince, links } = body.data;
  const what = kind === 'roadmap_change' ? 'a roadmap change' : `the ${words(gate ?? stage)} gate`;
  const subject = `${serviceName}: ${SUBJECTS[body.type] ?? body.type}`;
  const text = [
    `Service: ${serviceName}`,
    `Waiting for a decision: ${what}`,
    `Stage: ${words(stage)}`,
    `Waiting for: ${waitedFor(waitingSince, now)}`,
    `Cycle: ${links?.cycle ?? ''}`,
  ].join('\n');
  return { subject, text };
}

/** Sends mailed messages through SMTP_URL with nodemailer. */
export class MailSender {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = createTransport({
      url: smtpUrl,
      connectionTimeout: ATTEMPT_TIMEOUT_MS,
      greetingTimeout: ATTEMPT_TIMEOUT_MS,
      socketTimeout: ATTEMPT_TIMEOUT_MS,
    });
  }

  async send(
    messageId: string,
    recipients: readonly string[],
    body: MessageBody,
  ): Promise<AttemptResult> {
    const { subject, text } = mailOf(body, new Date());
    try {
      const info = await this.transport.sendMail({
        from: this.from,
        to: [...recipients],
        subject,
        text,
        messageId: `<${messageId}@improvement-cycles>`,
      });
      return { ok: true, statusCode: null, response: info.response ?? null };
    } catch (error) {
      return {
        ok: false,
        statusCode: null,
        response: error instanceof Error ? error.message : String(error),
      };
    }
  }

  close(): void {
    this.transport.close();
  }
}
