import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook may not reach unless its host is allowed by name: private, loopback,
 * link-local, unique-local, carrier-grade NAT, benchmarking, unspecified and multicast ranges,
 * and the IPv6 ranges that carry an IPv4 address inside (NAT64, 6to4, IPv4-compatible), through
 * which an internal IPv4 address could be reached. Without this, an admin's endpoint could probe
 * the network the service runs in (SSRF).
 */
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  // IPv4-compatible (deprecated), the unspecified and loopback addresses included.
  ['::', 96],
  ['64:ff9b::', 96],
  // NAT64 for local use (RFC 8215).
  ['64:ff9b:1::', 48],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv6');
}

/**
 * Whether `address` (an IP) is internal. An IPv4-mapped IPv6 address (`::ffff:10.0.0.1`, or
 * `::ffff:a00:1` as URLs write it) counts as its IPv4: node's BlockList checks it so.
 */
export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  return family === 0 || INTERNAL.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Where webhooks may go: `https` to public addresses, anything to the hosts allowed by name. */
export class DestinationGuard {
  private readonly allowed: Set<string>;

  constructor(allowedHosts: readonly string[]) {
    this.allowed = new Set(allowedHosts.map((host) => host.toLowerCase()));
  }

  isAllowedHost(hostname: string): boolean {
    return this.allowed.has(unbracketed(hostname).toLowerCase());
  }

  /** Why `url` may not be an endpoint; undefined when it may. Resolves its host to check it. */
  async refusal(url: string): Promise<string | undefined> {
    const refused = this.refusalBeforeSend(url);
    if (refused) {
      return refused;
    }
    const hostname = unbracketed(new URL(url).hostname);
    if (this.isAllowedHost(hostname) || isIP(hostname)) {
      return undefined;
    }
    const addresses = await resolve(hostname);
    if (addresses.length === 0) {
      return `its host ${hostname} does not resolve`;
    }
    const internal = addresses.find(isInternalAddress);
    return internal
      ? `its host resolves to the internal address ${internal}; list the host in WEBHOOK_ALLOWED_HOSTS to allow it`
      : undefined;
  }

  /**
   * Why `url` may not be sent to now, without resolving it: its scheme, credentials and, for an
   * IP written in the URL, the address itself. Checked before each attempt, since a literal
   * address never goes through the `lookup` that `checkedAddress` guards, and the rules may have
   * changed since the endpoint was made (WEBHOOK_ALLOWED_HOSTS no longer listing its host).
   */
  refusalBeforeSend(url: string): string | undefined {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return 'must be an absolute URL';
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      return 'must be an https URL';
    }
    if (parsed.username || parsed.password) {
      return 'must not carry a user name or password';
    }
    if (this.isAllowedHost(parsed.hostname)) {
      return undefined;
    }
    if (parsed.protocol !== 'https:') {
      return `must be https (or its host listed in WEBHOOK_ALLOWED_HOSTS)`;
    }
    const hostname = unbracketed(parsed.hostname);
    return isIP(hostname) && isInternalAddress(hostname)
      ? `its host is the internal address ${hostname}; list it in WEBHOOK_ALLOWED_HOSTS to allow it`
      : undefined;
  }

  /**
   * Checks each address a connection is about to use (a `lookup` for node:http): a host that
   * resolved to a public address when the endpoint was made cannot be turned inward later.
   */
  checkedAddress(hostname: string, address: string): Error | undefined {
    if (this.isAllowedHost(hostname) || !isInternalAddress(address)) {
      return undefined;
    }
    return new Error(`${hostname} resolved to the internal address ${address}: refused`);
  }
}

function unbracketed(hostname: string): string {
  return hostname.replace(/^\[(.*)\]$/, '$1');
}

async function resolve(hostname: string): Promise<string[]> {
  try {
    return (await lookup(hostname, { all: true })).map((entry) => entry.address);
  } catch {
    return [];
  }
}
