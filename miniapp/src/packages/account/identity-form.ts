import { validateIdentityNumber } from '@portal/shared';
import type { Translate } from '../../i18n/translate';
import { describeIdentityProblem } from '../../services/field-errors';

/** Names as on an identity card: Chinese characters, letters, the middle dot and spaces, 2 to 30. */
const NAME_PATTERN = /^[\u3400-\u9fffA-Za-z·•・ ]{2,30}$/;

export type IdentityField = 'name' | 'idNumber';

/** The local check before anything is sent: the same words the BFF's rules would get. */
export function checkIdentityForm(name: string, idNumber: string, t: Translate): Partial<Record<IdentityField, string>> {
  const errors: Partial<Record<IdentityField, string>> = {};
  const trimmed = name.trim();
  if (!trimmed) errors.name = t('identity.name.empty');
  else if (!NAME_PATTERN.test(trimmed)) errors.name = t('identity.name.invalid');
  const result = validateIdentityNumber(idNumber);
  if (!result.valid) errors.idNumber = describeIdentityProblem(result.problem, idNumber, t);
  return errors;
}
