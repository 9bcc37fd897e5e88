import { DestinationGuard, isInternalAddress } from './destination-guard';

describe('where webhooks may go', () => {
  it('knows internal addresses, IPv4-mapped ones included', () => {
    for (const address of [
      '10.0.0.1',
      '127.0.0.1',
      '169.254.169.254',
      '172.20.1.1',
      '192.168.1.1',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:10.0.0.1',
    ]) {
      expect({ address, internal: isInternalAddress(address) }).toEqual({
        address,
        internal: true,
      });
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '172.32.0.1']) {
      expect({ address, internal: isInternalAddress(address) }).toEqual({
        address,
        internal: false,
      });
    }
  });

  it('refuses plain http, credentials and internal hosts unless the host is allowed by name', async () => {
    const guard = new DestinationGuard(['127.0.0.1', 'hooks.internal']);
    expect(await guard.refusal('http://8.8.8.8/in')).toMatch(/must be https/);
    expect(await guard.refusal('https://user:pw@8.8.8.8/in')).toMatch(/user name or password/);
    expect(await guard.refusal('https://10.0.0.5/in')).toMatch(/internal address 10\.0\.0\.5/);
    expect(await guard.refusal('https://8.8.8.8/in')).toBeUndefined();
    expect(await guard.refusal('http://127.0.0.1:8080/in')).toBeUndefined();
    expect(await guard.refusal('http://hooks.internal/in')).toBeUndefined();
    expect(await guard.refusal('not a url')).toMatch(/absolute URL/);
  });

  it('checks each connection’s address, so a name cannot be turned inward later', () => {
    const guard = new DestinationGuard(['127.0.0.1']);
    expect(guard.checkedAddress('hooks.example.com', '10.0.0.7')?.message).toMatch(/refused/);
    expect(guard.checkedAddress('hooks.example.com', '93.184.216.34')).toBeUndefined();
    expect(guard.checkedAddress('127.0.0.1', '127.0.0.1')).toBeUndefined();
  });
});
