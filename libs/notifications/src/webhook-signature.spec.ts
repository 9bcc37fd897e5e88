import { Webhook } from 'standardwebhooks';
import { newWebhookSecret, signedHeaders } from './webhook-signature';

describe('webhook signatures (Standard Webhooks)', () => {
  it('match the specification’s test vector', () => {
    // From the Standard Webhooks specification's example (spec/standard-webhooks.md).
    const headers = signedHeaders(
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      new Date(1614265330 * 1000),
      '{"test": 2432232314}',
      ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
    );
    expect(headers).toEqual({
      'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      'webhook-timestamp': '1614265330',
      'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    });
  });

  it('carry one signature per secret during a rotation, each verifying on its own', () => {
    const fresh = newWebhookSecret(() => Buffer.alloc(32, 7));
    const old = newWebhookSecret(() => Buffer.alloc(32, 9));
    const body = '{"type":"cycle.started"}';
    const headers = signedHeaders('m-1', new Date(), body, [fresh, old]);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(fresh).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(old).verify(body, { ...headers })).not.toThrow();
    expect(() =>
      new Webhook(newWebhookSecret(() => Buffer.alloc(32, 1))).verify(body, { ...headers }),
    ).toThrow();
  });

  it('makes secrets of 32 random bytes behind whsec_', () => {
    expect(newWebhookSecret(() => Buffer.alloc(32, 255))).toBe(
      `whsec_${Buffer.alloc(32, 255).toString('base64')}`,
    );
  });
});
