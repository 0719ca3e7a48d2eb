import type { FamilyMember } from '@portal/shared';
import type { MessageKey, Translate } from '../../i18n/translate';

/** `self` -> 本人; a member id -> 子女：刘** (masked as the BFF gives it). */
export function personLabel(person: string, family: readonly FamilyMember[], t: Translate): string {
  if (person === 'self') return t('vx.person.self');
  const member = family.find((m) => m.id === person);
  if (!member) return t('vx.person.unknown');
  return t('family.member', { relation: t(`family.relation.${member.relation}` as MessageKey), name: member.identity.name });
}
