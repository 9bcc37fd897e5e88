import { loadConfig } from '@app/config';
import { STANDARD_RETRY_SCHEDULE_MS } from '@app/domain';
import { notificationSettings } from '../worker-settings';

describe('the notification settings the worker runs with', () => {
  it('default to webhooks only, Standard Webhooks’ schedule, links to the local API', () => {
    const settings = notificationSettings(loadConfig({ PORT: '8080' }));
    expect(settings).toEqual({
      outbox: { mail: false, publicUrl: 'http://localhost:8080', attemptLimit: 8 },
      allowedHosts: [],
      retryScheduleMs: STANDARD_RETRY_SCHEDULE_MS,
      smtpUrl: undefined,
      mailFrom: 'improvement-cycles@localhost',
    });
  });

  it('take each variable: allowed hosts, schedule, mail server, sender and public URL', () => {
    const settings = notificationSettings(
      loadConfig({
        WEBHOOK_ALLOWED_HOSTS: '127.0.0.1,hooks.internal',
        WEBHOOK_RETRY_SCHEDULE: 'PT0S,PT1S,PT10S',
        SMTP_URL: 'smtp://mail.internal:2525',
        MAIL_FROM: 'cycles@example.org',
        PUBLIC_URL: 'https://cycles.example.org',
      }),
    );
    expect(settings).toEqual({
      outbox: { mail: true, publicUrl: 'https://cycles.example.org', attemptLimit: 3 },
      allowedHosts: ['127.0.0.1', 'hooks.internal'],
      retryScheduleMs: [0, 1_000, 10_000],
      smtpUrl: 'smtp://mail.internal:2525',
      mailFrom: 'cycles@example.org',
    });
  });

  it.each([
    ['WEBHOOK_RETRY_SCHEDULE', 'soon', /WEBHOOK_RETRY_SCHEDULE must be 1 to 20/],
    ['SMTP_URL', 'mail.internal:25', /SMTP_URL must be smtp:\/\/host:port/],
    ['PUBLIC_URL', 'https://cycles.example.org/', /PUBLIC_URL must be an http\(s\) URL/],
    ['WEBHOOK_ALLOWED_HOSTS', '127.0.0.1, localhost', /WEBHOOK_ALLOWED_HOSTS must be/],
  ])('refuse a bad %s, naming it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
