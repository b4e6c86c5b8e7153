import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput, type FieldErrors } from '../errors';

const collect = (errors: ValidationError[], prefix: string, out: FieldErrors): FieldErrors => {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) out[path] = Object.values(error.constraints)[0] ?? 'Invalid value';
    if (error.children?.length) collect(error.children, path, out);
  }
  return out;
};

/** class-validator on every input DTO; failures become BAD_USER_INPUT with one message per field. */
export const createValidationPipe = (): ValidationPipe =>
  new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => badInput(collect(errors, '', {})),
  });
