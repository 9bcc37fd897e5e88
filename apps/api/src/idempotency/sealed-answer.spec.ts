import { openAnswer, sealAnswer } from './sealed-answer';

describe('a first answer sealed with its Idempotency-Key', () => {
  const answer = { id: 'b5f0', name: 'Billing export', key: 'ica_s3cr3t-shown-once' };

  it('opens with the same key to the same answer', () => {
    expect(openAnswer('key-1', sealAnswer('key-1', answer))).toEqual(answer);
  });

  it('holds nothing of the answer in clear, and differs each time it is sealed', () => {
    const sealed = sealAnswer('key-1', answer);
    expect(sealed.toString('latin1')).not.toContain('ica_s3cr3t');
    expect(sealed.toString('latin1')).not.toContain('Billing');
    expect(sealAnswer('key-1', answer).equals(sealed)).toBe(false);
  });

  it('does not open with another key, nor once changed', () => {
    const sealed = sealAnswer('key-1', answer);
    expect(() => openAnswer('key-2', sealed)).toThrow();
    const changed = Buffer.from(sealed);
    changed[changed.length - 1] = (changed.at(-1) ?? 0) ^ 1;
    expect(() => openAnswer('key-1', changed)).toThrow();
  });
});
