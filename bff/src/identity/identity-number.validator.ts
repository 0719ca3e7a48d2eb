import { validateIdentityNumber, type IdentityNumberProblem } from '@portal/shared';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/** A plain message for each way an identity number can be wrong. */
export const IDENTITY_NUMBER_MESSAGES: Record<IdentityNumberProblem, string> = {
  empty: 'Enter the 18-character identity number.',
  length: 'An identity number has 18 characters.',
  characters: 'Use digits only; only the last character may be X.',
  area: 'The first 6 digits are not an area code.',
  birthDate: 'Digits 7 to 14 must be a real date of birth.',
  checkCharacter: 'The last character does not match the others: check for a typing mistake.',
};

/** GB 11643: 18 characters, area code, real birth date, MOD 11-2 check character. */
export function IsIdentityNumber(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isIdentityNumber',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && validateIdentityNumber(value).valid,
        defaultMessage: (args?: ValidationArguments) => {
          if (typeof args?.value !== 'string') return IDENTITY_NUMBER_MESSAGES.empty;
          const result = validateIdentityNumber(args.value);
          return result.valid ? '' : IDENTITY_NUMBER_MESSAGES[result.problem];
        },
      },
    });
}
