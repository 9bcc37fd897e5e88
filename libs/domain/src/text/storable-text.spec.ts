import { findUnstorableText, isStorableText } from './storable-text';

describe('storable text', () => {
  it.each(['plain', 'tab\tline\ncr\r', 'Ñandú 漢字 مرحبا', 'emoji 😀 pair', ''])(
    'accepts %p',
    (text) => {
      expect(isStorableText(text)).toBe(true);
    },
  );

  it.each([
    ['NUL', 'a\u0000b'],
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', 'a\udc00b'],
    ['a low surrogate before a high one', '\udc00\ud800'],
    ['a bell', '\u0007'],
    ['an escape', '\u001b[31m'],
  ])('refuses %s', (_name, text) => {
    expect(isStorableText(text)).toBe(false);
  });

  it('names the first bad string anywhere in a value, keys included', () => {
    expect(
      findUnstorableText({ causes: [{ whys: ['ok', 'bad\u0000'] }], note: 'fine' }),
    ).toMatchObject({ field: 'causes.0.whys.1' });
    expect(findUnstorableText({ ['k\ud800']: 1 })).toMatchObject({ field: 'k\ud800' });
    expect(findUnstorableText({ a: [1, null, true, { b: 'fine' }] })).toBeUndefined();
  });
});
