import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './load-config';
import { temporalConnectionOptions } from './temporal-connection-options';

const CA = '-----BEGIN CERTIFICATE-----\nCA\n-----END CERTIFICATE-----\n';
const CERT = '-----BEGIN CERTIFICATE-----\nCLIENT\n-----END CERTIFICATE-----\n';
const KEY = '-----BEGIN PRIVATE KEY-----\nKEY\n-----END PRIVATE KEY-----\n';
const ADDRESS = 'temporal.example.test:7233';

describe('temporalConnectionOptions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'temporal-tls-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const fromEnv = (env: Record<string, string>) =>
    temporalConnectionOptions(loadConfig({ TEMPORAL_ADDRESS: ADDRESS, ...env }));

  it('is plain gRPC to the address when nothing else is set', () => {
    expect(fromEnv({})).toEqual({ address: ADDRESS });
  });

  it('reads each PEM setting from a file path or takes the PEM text itself', () => {
    const caPath = join(dir, 'ca.pem');
    writeFileSync(caPath, CA);
    const options = fromEnv({
      TEMPORAL_TLS_CA: caPath,
      TEMPORAL_TLS_CERT: CERT,
      TEMPORAL_TLS_KEY: KEY,
      TEMPORAL_TLS_SERVER_NAME: 'temporal.internal',
    });
    expect(options).toEqual({
      address: ADDRESS,
      tls: {
        serverNameOverride: 'temporal.internal',
        serverRootCACertificate: Buffer.from(CA),
        clientCertPair: { crt: Buffer.from(CERT), key: Buffer.from(KEY) },
      },
    });
  });

  it('turns TLS on for any TLS setting, and for an API key, which must not travel in clear', () => {
    expect(fromEnv({ TEMPORAL_TLS_SERVER_NAME: 'temporal.internal' }).tls).toEqual({
      serverNameOverride: 'temporal.internal',
    });
    expect(fromEnv({ TEMPORAL_API_KEY: 'key-1' })).toEqual({
      address: ADDRESS,
      tls: {},
      apiKey: 'key-1',
    });
  });

  it('names the variable whose file is missing or holds no PEM, without echoing its value', () => {
    const notPem = join(dir, 'not.pem');
    writeFileSync(notPem, 'hello');
    expect(() => fromEnv({ TEMPORAL_TLS_CA: join(dir, 'missing.pem') })).toThrow(
      /TEMPORAL_TLS_CA must be PEM text or the path of a readable PEM file \(ENOENT\)/,
    );
    expect(() => fromEnv({ TEMPORAL_TLS_CA: notPem })).toThrow(
      /TEMPORAL_TLS_CA names a file that holds no PEM block/,
    );
    expect(() =>
      fromEnv({ TEMPORAL_TLS_KEY: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', TEMPORAL_TLS_CERT: CERT }),
    ).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('MIIEvQ') as string }),
    );
  });

  it('refuses TLS settings without TEMPORAL_ADDRESS: the local dev server speaks plain gRPC', () => {
    expect(() => loadConfig({ TEMPORAL_TLS_CA: CA })).toThrow(/need TEMPORAL_ADDRESS/);
  });
});
