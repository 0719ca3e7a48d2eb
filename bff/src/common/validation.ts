import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@portal/shared';
import { AppException } from './app-exception';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      rule,
      message: rule === 'whitelistValidation' ? `${field} is not a field this request accepts` : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Global validation: strip nothing silently (unknown fields are an error), convert types, name every field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => AppException.validation(flatten(errors)),
  });
}
