import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DestinationGuard } from '@app/notifications';
import { WebhookSender } from './webhook-sender';

const SECRET = `whsec_${Buffer.alloc(32, 3).toString('base64')}`;

describe('sending a webhook to a URL written with an IP', () => {
  let server: Server;
  let url: string;
  const received: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      received.push(String(request.headers['webhook-id']));
      response.statusCode = 204;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends while WEBHOOK_ALLOWED_HOSTS lists the address', async () => {
    const sender = new WebhookSender(new DestinationGuard(['127.0.0.1']));
    const result = await sender.send(url, 'message-allowed', '{}', [SECRET]);
    expect(result).toMatchObject({ ok: true, statusCode: 204 });
    expect(received).toContain('message-allowed');
  });

  it('refuses without connecting once the rules no longer allow it, and says why', async () => {
    const sender = new WebhookSender(new DestinationGuard([]));
    const plain = await sender.send(url, 'message-refused', '{}', [SECRET]);
    const internal = await sender.send('https://10.0.0.1/hooks', 'message-internal', '{}', [
      SECRET,
    ]);
    expect(plain).toEqual({
      ok: false,
      statusCode: null,
      response:
        'not sent, URL refused: must be https (or its host listed in WEBHOOK_ALLOWED_HOSTS)',
    });
    expect(internal.response).toMatch(
      /^not sent, URL refused: its host is the internal address 10\.0\.0\.1/,
    );
    expect(received).not.toContain('message-refused');
  });
});
