import { asItStood } from './as-it-stood';

describe('asItStood: an entity rebuilt as it stood before later changes', () => {
  const now = { name: 'Lead time', baseline: 10, target: 4, version: 4 };

  it('is the entity as it stands when nothing changed since', () => {
    expect(asItStood(now, [])).toEqual(now);
  });

  it('takes each field from before the first later change that touched it', () => {
    const changes = [
      { version: 2, before: { target: 6 } },
      { version: 3, before: { target: 5, name: 'Lead' } },
      { version: 4, before: { baseline: 12 } },
    ];
    expect(asItStood(now, changes)).toEqual({
      name: 'Lead',
      baseline: 12,
      target: 6,
      version: 1,
    });
    expect(asItStood(now, changes.slice(2))).toEqual({ ...now, baseline: 12, version: 3 });
  });

  it('leaves what the changes did not touch, and the entity it was given, as they were', () => {
    const frozen = Object.freeze({ ...now });
    expect(asItStood(frozen, [{ version: 4, before: { target: 3 } }])).toEqual({
      ...now,
      target: 3,
      version: 3,
    });
    expect(frozen.target).toBe(4);
  });
});
