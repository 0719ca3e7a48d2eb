import { useI18n } from '../../../hooks/use-i18n';
import { TextField } from './TextField';

interface IdentityFieldsProps {
  /** The two inputs' ids (the error summary's link targets), also their test ids. */
  ids: { name: string; idNumber: string };
  name: string;
  idNumber: string;
  errors: { name?: string; idNumber?: string };
  onName: (value: string) => void;
  onIdNumber: (value: string) => void;
  /** Browser autofill for the name: the citizen's own name, or off for someone else's. */
  nameAutoComplete: 'name' | 'off';
  onConfirm?: () => void;
}

/** Name and identity number, as on the identity card: the same two questions for the citizen and a family member. */
export function IdentityFields({ ids, name, idNumber, errors, onName, onIdNumber, nameAutoComplete, onConfirm }: IdentityFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        id={ids.name}
        testId={ids.name}
        label={t('identity.name.label')}
        hint={t('identity.name.hint')}
        error={errors.name}
        value={name}
        onChange={onName}
        maxLength={30}
        autoComplete={nameAutoComplete}
      />
      <TextField
        id={ids.idNumber}
        testId={ids.idNumber}
        label={t('identity.number.label')}
        hint={t('identity.number.hint')}
        error={errors.idNumber}
        value={idNumber}
        onChange={onIdNumber}
        keyboard="idcard"
        maxLength={18}
        autoComplete="off"
        onConfirm={onConfirm}
      />
    </>
  );
}
