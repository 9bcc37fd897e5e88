import { Webhook } from 'standardwebhooks';

/** The headers of one attempt, per the Standard Webhooks specification. */
export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/**
 * Signs `body` with every secret given (the current one, and during a rotation the previous
 * one): `webhook-signature` lists one `v1,` signature per secret, space-separated, so a receiver
 * holding either secret verifies it. Signing is the `standardwebhooks` library's.
 */
export function signedHeaders(
  messageId: string,
  at: Date,
  body: string,
  secrets: readonly string[],
): WebhookHeaders {
  const signatures = secrets.map((secret) => new Webhook(secret).sign(messageId, at, body));
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}

/** A new secret: `whsec_` and 32 random bytes in base64, as Standard Webhooks writes them. */
export function newWebhookSecret(randomBytes: (size: number) => Buffer): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}
