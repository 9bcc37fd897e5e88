import { generateKeyPairSync } from 'node:crypto';
import type { AuditSigningKeyRepository, SigningKeyStatus } from '@app/persistence';
import { AuditKeyPublisher, AuditSigner } from '@app/persistence';
import type { AuditSigningSettings } from './audit-signing-keys';
import { AuditSigningKeys } from './audit-signing-keys';

const newKey = () => generateKeyPairSync('ed25519').privateKey;

describe('AuditSigningKeys: which key signs now', () => {
  let published: string[];
  beforeEach(() => {
    published = [];
    jest
      .spyOn(AuditKeyPublisher.prototype, 'publish')
      .mockImplementation(async (jwk) => published.push(jwk.kid) > 0);
  });
  afterEach(() => jest.restoreAllMocks());

  function keysWith(statuses: SigningKeyStatus[], settings: Partial<AuditSigningSettings> = {}) {
    const repository = {
      status: jest.fn(async () => statuses.shift() ?? 'current'),
    } as unknown as AuditSigningKeyRepository;
    const key = settings.key ?? newKey();
    return new AuditSigningKeys(
      { key, signer: 'queue', publisherUrl: 'postgres://keys@db/cycles', ...settings },
      repository,
    );
  }

  it('signs with its key while current, publishing it first when the database lacks it', async () => {
    const key = newKey();
    const keys = keysWith(['unpublished', 'current'], { key });
    const kid = new AuditSigner(key).kid;
    expect((await keys.signerNow())?.kid).toBe(kid);
    expect((await keys.signerNow())?.kid).toBe(kid);
    expect(published).toEqual([kid]);
  });

  it('signs nothing once a newer key of its workers replaced it', async () => {
    expect(await keysWith(['replaced']).signerNow()).toBeNull();
  });

  it('replaces a revoked generated key and publishes the next before signing with it', async () => {
    const [revoked, next] = [newKey(), newKey()];
    const replaceKey = jest.fn(() => next);
    const keys = keysWith(['revoked'], { key: revoked, replaceKey });
    expect((await keys.signerNow())?.kid).toBe(new AuditSigner(next).kid);
    expect(replaceKey).toHaveBeenCalledWith(revoked);
    expect(published).toEqual([new AuditSigner(next).kid]);
  });

  it('signs nothing with a revoked configured key, which only its operator can replace', async () => {
    expect(await keysWith(['revoked']).signerNow()).toBeNull();
    expect(published).toEqual([]);
  });
});
