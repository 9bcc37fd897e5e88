import type { Client } from '@temporalio/client';
import type { DeliveryChannel } from '@app/domain';
import { webhookChannel } from '@app/domain';
import { DeliveryWaker } from './delivery-waker';

/** A client whose signalWithStart refuses the channels in `unreachable`. */
function clientRefusing(unreachable: Set<string>, woken: string[]): Client {
  const signalWithStart = async (_type: string, options: { workflowId: string }) => {
    if (unreachable.has(options.workflowId)) {
      throw new Error('14 UNAVAILABLE: No connection established');
    }
    woken.push(options.workflowId);
  };
  return { workflow: { signalWithStart } } as unknown as Client;
}

describe('waking delivery workflows', () => {
  const up = webhookChannel('up');
  const down = webhookChannel('down');
  const channels: DeliveryChannel[] = [down, up, 'email'];

  it('wakes every channel it can, then says which it could not', async () => {
    const woken: string[] = [];
    const waker = new DeliveryWaker(
      clientRefusing(new Set([`deliveries-${down}`]), woken),
      'q',
      () => {
        throw new Error('not warned here');
      },
    );
    await expect(waker.wakeEach(channels)).rejects.toThrow(
      'could not wake deliveries of webhook:down: Error: 14 UNAVAILABLE',
    );
    expect(woken).toEqual([`deliveries-${up}`, 'deliveries-email']);
  });

  it('never throws after a commit: a failed wake is only warned of', async () => {
    const warnings: string[] = [];
    const waker = new DeliveryWaker(
      clientRefusing(new Set([`deliveries-${down}`]), []),
      'q',
      (message) => warnings.push(message),
    );
    await expect(waker.wake(channels)).resolves.toBeUndefined();
    expect(warnings).toEqual([
      expect.stringMatching(/^could not wake deliveries of webhook:down:/),
    ]);
  });
});
