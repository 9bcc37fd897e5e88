import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';

/** PEM files of a throwaway CA and the certificates it signed, made per test run. */
export interface TestCertificates {
  dir: string;
  caPath: string;
  serverName: string;
  server: { certPath: string; keyPath: string };
  client: { certPath: string; keyPath: string; commonName: string };
  remove(): void;
}

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe', timeout: 20_000 });
}

/** Signs a P-256 leaf certificate with the CA, for a server name or a client identity. */
function issue(dir: string, name: string, subject: string, extensions: string[]): void {
  writeFileSync(join(dir, `${name}.ext`), `${extensions.join('\n')}\n`);
  openssl(dir, [
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.csr`,
    '-subj',
    `/CN=${subject}`,
  ]);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-set_serial',
    `0x${randomBytes(8).toString('hex')}`,
    '-days',
    '1',
    '-out',
    `${name}.pem`,
    '-extfile',
    `${name}.ext`,
  ]);
}

/** A CA, a server certificate for `serverName` only, and a client certificate, with openssl. */
export function createTestCertificates(serverName: string, clientName: string): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'temporal-tls-'));
  openssl(dir, [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '1',
    '-subj',
    '/CN=cycles test CA',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  const leaf = ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,digitalSignature'];
  issue(dir, 'server', serverName, [
    ...leaf,
    'extendedKeyUsage=serverAuth',
    `subjectAltName=DNS:${serverName}`,
  ]);
  issue(dir, 'client', clientName, [...leaf, 'extendedKeyUsage=clientAuth']);
  return {
    dir,
    caPath: join(dir, 'ca.pem'),
    serverName,
    server: { certPath: join(dir, 'server.pem'), keyPath: join(dir, 'server.key') },
    client: {
      certPath: join(dir, 'client.pem'),
      keyPath: join(dir, 'client.key'),
      commonName: clientName,
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface ProxiedRequest {
  path: string;
  authorization?: string;
  /** CN of the client certificate the caller presented. */
  client?: string;
}

export interface TlsProxy {
  /** `127.0.0.1:port`, for TEMPORAL_ADDRESS. */
  address: string;
  requests: ProxiedRequest[];
  /** Handshakes the proxy refused, e.g. a caller without a client certificate. */
  refusedHandshakes: string[];
  close(): Promise<void>;
}

/**
 * A TLS-terminating gRPC proxy, as a secured Temporal frontend would be: HTTP/2 over TLS (ALPN
 * h2) requiring a client certificate signed by `clientCa`, forwarding each call to the plain
 * Temporal dev server at `upstream` and recording what arrived.
 */
export async function startTlsProxy(options: {
  upstream: string;
  certificates: TestCertificates;
}): Promise<TlsProxy> {
  const { certificates } = options;
  const upstream = http2.connect(`http://${options.upstream}`);
  upstream.on('error', () => undefined); // each forwarded call fails on its own
  const requests: ProxiedRequest[] = [];
  const refusedHandshakes: string[] = [];
  const sessions = new Set<http2.ServerHttp2Session>();
  const server = http2.createSecureServer({
    key: readFileSync(certificates.server.keyPath),
    cert: readFileSync(certificates.server.certPath),
    ca: readFileSync(certificates.caPath),
    requestCert: true,
    rejectUnauthorized: true,
    ALPNProtocols: ['h2'],
  });
  server.on('tlsClientError', (error) => refusedHandshakes.push(error.message));
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
    session.on('error', () => undefined);
  });
  server.on('stream', (stream, headers) => {
    const peer = (stream.session?.socket as TLSSocket | undefined)?.getPeerCertificate();
    requests.push({
      path: String(headers[':path']),
      authorization: headers.authorization,
      client: typeof peer?.subject?.CN === 'string' ? peer.subject.CN : undefined,
    });
    const forwarded = Object.fromEntries(
      Object.entries(headers).filter(([name]) => !name.startsWith(':') || name === ':path'),
    );
    const call = upstream.request({ ...forwarded, ':method': headers[':method'] });
    let trailers: http2.IncomingHttpHeaders = {};
    call.on('trailers', (received) => (trailers = received));
    call.on('response', (response, flags) => {
      // A gRPC error may come as headers alone ("trailers-only"): pass it on the same way.
      if (flags & http2.constants.NGHTTP2_FLAG_END_STREAM) {
        stream.respond(response, { endStream: true });
        return;
      }
      stream.respond(response, { waitForTrailers: true });
      call.pipe(stream);
    });
    stream.on('wantTrailers', () => stream.sendTrailers(trailers));
    stream.pipe(call);
    call.on('error', () => stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR));
    stream.on('error', () => call.close(http2.constants.NGHTTP2_CANCEL));
    stream.on('close', () => call.close(http2.constants.NGHTTP2_CANCEL));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    requests,
    refusedHandshakes,
    close: async () => {
      for (const session of sessions) {
        session.destroy();
      }
      upstream.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
