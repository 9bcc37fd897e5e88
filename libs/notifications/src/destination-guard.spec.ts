import { DestinationGuard, isInternalAddress } from './destination-guard';

const ALL_ONES = 'ffff:ffff:ffff:ffff:ffff';

/** Each range refused, with the addresses just outside it and at both of its ends. */
const BOUNDARIES: { range: string; outside: string[]; inside: string[] }[] = [
  { range: '0.0.0.0/8', outside: ['1.0.0.0'], inside: ['0.0.0.0', '0.255.255.255'] },
  {
    range: '10.0.0.0/8',
    outside: ['9.255.255.255', '11.0.0.0'],
    inside: ['10.0.0.0', '10.255.255.255'],
  },
  {
    range: '100.64.0.0/10',
    outside: ['100.63.255.255', '100.128.0.0'],
    inside: ['100.64.0.0', '100.127.255.255'],
  },
  {
    range: '127.0.0.0/8',
    outside: ['126.255.255.255', '128.0.0.0'],
    inside: ['127.0.0.0', '127.255.255.255'],
  },
  {
    range: '169.254.0.0/16',
    outside: ['169.253.255.255', '169.255.0.0'],
    inside: ['169.254.0.0', '169.254.255.255'],
  },
  {
    range: '172.16.0.0/12',
    outside: ['172.15.255.255', '172.32.0.0'],
    inside: ['172.16.0.0', '172.31.255.255'],
  },
  {
    range: '192.168.0.0/16',
    outside: ['192.167.255.255', '192.169.0.0'],
    inside: ['192.168.0.0', '192.168.255.255'],
  },
  {
    range: '198.18.0.0/15 (benchmarking)',
    outside: ['198.17.255.255', '198.20.0.0'],
    inside: ['198.18.0.0', '198.19.255.255'],
  },
  {
    range: '224.0.0.0/4 and 240.0.0.0/4',
    outside: ['223.255.255.255'],
    inside: ['224.0.0.0', '239.255.255.255', '240.0.0.0', '255.255.255.255'],
  },
  {
    range: '::/96 (IPv4-compatible)',
    outside: ['::1:0:0'],
    inside: ['::', '::1', '::a00:1', '::ffff:ffff', '::8.8.8.8'],
  },
  {
    range: '64:ff9b::/96 (NAT64)',
    outside: [`64:ff9a:ffff:${ALL_ONES}`, '64:ff9b::1:0:0'],
    inside: ['64:ff9b::', '64:ff9b::a00:1', '64:ff9b::808:808', '64:ff9b::ffff:ffff'],
  },
  {
    range: '64:ff9b:1::/48 (NAT64, local use)',
    outside: ['64:ff9b:0:ffff::', '64:ff9b:2::'],
    inside: ['64:ff9b:1::', `64:ff9b:1:${ALL_ONES}`],
  },
  {
    range: '2002::/16 (6to4)',
    outside: [`2001:ffff:ffff:${ALL_ONES}`, '2003::'],
    inside: ['2002::', '2002:a00:1::1', `2002:ffff:ffff:${ALL_ONES}`],
  },
  {
    range: 'fc00::/7 (unique local)',
    outside: [`fbff:ffff:ffff:${ALL_ONES}`, 'fe00::'],
    inside: ['fc00::', `fdff:ffff:ffff:${ALL_ONES}`],
  },
  {
    range: 'fe80::/10 (link-local)',
    outside: [`fe7f:ffff:ffff:${ALL_ONES}`, 'fec0::'],
    inside: ['fe80::', `febf:ffff:ffff:${ALL_ONES}`],
  },
  {
    range: 'ff00::/8 (multicast)',
    outside: [`feff:ffff:ffff:${ALL_ONES}`],
    inside: ['ff00::', `ffff:ffff:ffff:${ALL_ONES}`],
  },
  {
    range: '::ffff:0:0/96 (IPv4-mapped): as its IPv4',
    outside: ['::ffff:8.8.8.8', '::ffff:c611:ffff'],
    inside: ['::ffff:10.0.0.1', '::ffff:a00:1', '::ffff:c612:0', '::ffff:7f00:1'],
  },
];

describe('where webhooks may go', () => {
  it.each(BOUNDARIES)('refuses $range and nothing just outside it', ({ outside, inside }) => {
    const verdicts = (addresses: string[]) =>
      addresses.map((address) => ({ address, internal: isInternalAddress(address) }));
    expect(verdicts(inside)).toEqual(inside.map((address) => ({ address, internal: true })));
    expect(verdicts(outside)).toEqual(outside.map((address) => ({ address, internal: false })));
  });

  it('lets public addresses through, IPv4 and IPv6', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '2a00:1450::1']) {
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
    expect(await guard.refusal('https://[64:ff9b::a00:1]/in')).toMatch(
      /internal address 64:ff9b::a00:1/,
    );
    expect(await guard.refusal('https://8.8.8.8/in')).toBeUndefined();
    expect(await guard.refusal('http://127.0.0.1:8080/in')).toBeUndefined();
    expect(await guard.refusal('http://hooks.internal/in')).toBeUndefined();
    expect(await guard.refusal('not a url')).toMatch(/absolute URL/);
  });

  it('checks a URL written with an IP again before each send, under the rules in force then', () => {
    const url = 'http://127.0.0.1:8080/in';
    expect(new DestinationGuard(['127.0.0.1']).refusalBeforeSend(url)).toBeUndefined();
    // WEBHOOK_ALLOWED_HOSTS no longer lists it: refused, though it was accepted when made.
    expect(new DestinationGuard([]).refusalBeforeSend(url)).toMatch(/must be https/);
    const guard = new DestinationGuard([]);
    expect(guard.refusalBeforeSend('https://10.0.0.1/in')).toMatch(/internal address 10\.0\.0\.1/);
    expect(guard.refusalBeforeSend('https://0x0a000001/in')).toMatch(
      /internal address 10\.0\.0\.1/,
    );
    expect(guard.refusalBeforeSend('https://[::ffff:10.0.0.1]/in')).toMatch(/::ffff:a00:1/);
    expect(guard.refusalBeforeSend('https://[2002:a00:1::1]/in')).toMatch(/internal address/);
    expect(guard.refusalBeforeSend('https://198.18.0.1/in')).toMatch(/internal address/);
    expect(guard.refusalBeforeSend('https://8.8.8.8/in')).toBeUndefined();
    expect(guard.refusalBeforeSend('https://[2606:4700::1111]/in')).toBeUndefined();
    // A name is checked as each connection resolves it (checkedAddress), not here.
    expect(guard.refusalBeforeSend('https://hooks.example.com/in')).toBeUndefined();
  });

  it('checks each connection’s address, so a name cannot be turned inward later', () => {
    const guard = new DestinationGuard(['127.0.0.1']);
    expect(guard.checkedAddress('hooks.example.com', '10.0.0.7')?.message).toMatch(/refused/);
    expect(guard.checkedAddress('hooks.example.com', '64:ff9b::a00:7')?.message).toMatch(/refused/);
    expect(guard.checkedAddress('hooks.example.com', '93.184.216.34')).toBeUndefined();
    expect(guard.checkedAddress('127.0.0.1', '127.0.0.1')).toBeUndefined();
  });
});
