import type { ArgumentMetadata } from '@nestjs/common';
import { AppError } from '../errors';
import { createValidationPipe } from './validation';

const refusal = async (value: unknown, metadata: ArgumentMetadata): Promise<unknown> => {
  try {
    await createValidationPipe().transform(value, metadata);
    return null;
  } catch (error) {
    return error instanceof AppError ? { code: error.code, fields: error.details.fields } : error;
  }
};

// GraphQL arguments arrive with @nestjs/graphql's numeric GqlParamtype.ARGS, outside Nest's declared Paramtype.
const graphqlArgument = (data: string): ArgumentMetadata => JSON.parse(JSON.stringify({ type: 3, data }));

describe('createValidationPipe', () => {
  it('refuses NUL and unpaired surrogates in any input, naming the field', async () => {
    const message = 'Must be text without NUL characters or unpaired surrogates';
    expect(await refusal({ name: 'a\u0000b' }, { type: 'body' })).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { name: message },
    });
    expect(await refusal({ filter: { search: 'x\ud800' } }, graphqlArgument('input'))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { 'filter.search': message },
    });
    expect(await refusal('\udfff', graphqlArgument('token'))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { token: message },
    });
  });

  it('passes paired surrogates and leaves the request context alone', async () => {
    expect(await refusal({ name: 'Bäckerei 😀 👩‍👩‍👧' }, { type: 'body' })).toBeNull();
    expect(await refusal({ label: 'a\u0000b' }, { type: 'custom' })).toBeNull();
  });
});
