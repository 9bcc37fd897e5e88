import type { OutboxSettings } from '@app/persistence';

/** How the worker writes and sends messages: from the config's notification variables. */
export interface NotificationSettings {
  outbox: OutboxSettings;
  /** Hosts webhooks may reach although internal or not https (WEBHOOK_ALLOWED_HOSTS). */
  allowedHosts: string[];
  /** The delay before each attempt, in milliseconds. */
  retryScheduleMs: number[];
  /** Unset: no mail. */
  smtpUrl?: string;
  mailFrom: string;
}

export const NOTIFICATION_SETTINGS = Symbol('NOTIFICATION_SETTINGS');
