import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { badInput, type FieldErrors } from '../errors';

const collect = (errors: ValidationError[], prefix: string, out: FieldErrors): FieldErrors => {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) out[path] = Object.values(error.constraints)[0] ?? 'Invalid value';
    if (error.children?.length) collect(error.children, path, out);
  }
  return out;
};

// The inputs a caller sends: REST body, query and route parameters, and GraphQL arguments (GqlParamtype.ARGS,
// which @nestjs/graphql does not export). Not the request context, the parent object or the resolve info.
const INPUTS: ReadonlySet<unknown> = new Set(['body', 'query', 'param', 3]);
const MAX_DEPTH = 32;

// NUL, which no PostgreSQL text value can hold, and an unpaired surrogate, which is no character at all (stored as
// U+FFFD, or making a validator throw: validator's isEmail calls encodeURI).
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string in the value that is not valid text. */
const invalidTextIn = (value: unknown, path: string, depth = 0): string | null => {
  if (typeof value === 'string')
    return value.includes('\u0000') || UNPAIRED_SURROGATE.test(value) ? path : null;
  if (!value || typeof value !== 'object' || depth > MAX_DEPTH) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = invalidTextIn(item, path ? `${path}.${key}` : key, depth + 1);
    if (found !== null) return found;
  }
  return null;
};

class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type: unknown = metadata.type;
    if (INPUTS.has(type)) {
      // Refused as bad input here: past this pipe it would be a database or validator error, i.e. a 500.
      const name = metadata.data ?? 'value';
      const path = invalidTextIn(value, typeof value === 'object' ? '' : name);
      if (path !== null)
        throw badInput({ [path || name]: 'Must be text without NUL characters or unpaired surrogates' });
    }
    return super.transform(value, metadata);
  }
}

/**
 * class-validator on every input DTO; failures become BAD_USER_INPUT with one message per field. Strings with a
 * NUL character or an unpaired surrogate are refused in any input, DTO or not.
 */
export const createValidationPipe = (): ValidationPipe =>
  new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => badInput(collect(errors, '', {})),
  });
