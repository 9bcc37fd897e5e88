import type { ArgumentMetadata } from '@nestjs/common';
import { RecordGapDto } from '../cycles/cycle-commands.dto';
import { IdParam } from './id.param';
import { RequestValidationError } from './request-validation.error';
import { createValidationPipe } from './validation.pipe';

describe('the global validation pipe', () => {
  const pipe = createValidationPipe();
  const body: ArgumentMetadata = { type: 'body', metatype: RecordGapDto };
  const gap = {
    statement: 'Card replacements take 9 days',
    currentValue: 9,
    targetValue: 2,
    evidence: 'Q3 survey',
  };
  const refusal = (value: unknown, metadata: ArgumentMetadata) =>
    pipe.transform(value, metadata).then(
      () => undefined,
      (error: unknown) => (error as RequestValidationError).fields,
    );

  it.each([
    ['NUL', 'gap\u0000'],
    ['a lone high surrogate', 'gap\ud800'],
    ['a lone low surrogate', '\udc00gap'],
    ['another control character', 'gap\u001b[31m'],
  ])('refuses %s in a body field, naming the field', async (_case, statement) => {
    await expect(refusal({ ...gap, statement }, body)).resolves.toEqual([
      {
        field: 'statement',
        message: expect.stringContaining('must not contain NUL') as unknown,
      },
    ]);
  });

  it('names nested fields and keys, before class-validator would refuse them as unknown', async () => {
    await expect(refusal({ ...gap, extra: { list: ['ok', 'x\u0000'] } }, body)).resolves.toEqual([
      expect.objectContaining({ field: 'extra.list.1' }),
    ]);
    await expect(refusal({ ...gap, ['k\u0000']: 1 }, body)).resolves.toEqual([
      expect.objectContaining({ field: 'k\u0000' }),
    ]);
  });

  it('checks queries, route params and bare strings, not custom decorators', async () => {
    await expect(
      refusal({ cursor: '\u0000' }, { type: 'query', metatype: Object }),
    ).resolves.toEqual([expect.objectContaining({ field: 'cursor' })]);
    await expect(refusal({ id: 'a\ud800' }, { type: 'param', metatype: IdParam })).resolves.toEqual(
      [expect.objectContaining({ field: 'id' })],
    );
    await expect(
      refusal('\u0000', { type: 'param', metatype: String, data: 'id' }),
    ).resolves.toEqual([expect.objectContaining({ field: 'id' })]);
    await expect(refusal('\u0000', { type: 'body', metatype: String })).resolves.toEqual([
      expect.objectContaining({ field: 'body' }),
    ]);
    await expect(
      pipe.transform({ any: '\u0000' }, { type: 'custom', metatype: Object }),
    ).resolves.toEqual({ any: '\u0000' });
  });

  it('lets tabs, line breaks, paired surrogates and mixed scripts through to the DTO rules', async () => {
    const statement = 'Ligne 1\tétat\r\n第二行 السطر 🙂 Ω';
    await expect(pipe.transform({ ...gap, statement }, body)).resolves.toMatchObject({
      statement,
    });
  });
});
