import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';

import type { Locale } from '@portal/shared';
import { ElderlySwitch } from '../../components/ElderlySwitch';
import { PageShell } from '../../components/PageShell';
import { useI18n } from '../../hooks/use-i18n';
import { LOCALES, type MessageKey } from '../../i18n/translate';
import { setLocale } from '../../store/preferences';
import { Heading } from '../../components/Heading';
import { ActionButton } from '../../components/ActionButton';
import { Account } from './Account';
import { pressable } from '../../components/a11y';
import { ROUTES } from '../../routes';
import './index.scss';

const LANGUAGE_NAMES: Record<Locale, MessageKey> = { zh: 'me.language.zh', en: 'me.language.en' };
const APP_VERSION = '0.1.0';

export default function MePage() {
  const { t, locale } = useI18n();
  return (
    <PageShell title={t('me.title')} testId="page-me">
      <View className="portal-section">
        <Heading level={1} className="portal-heading">
          {t('me.title')}
        </Heading>
      </View>

      <Account />

      <View className="portal-section" role="group" aria-label={t('me.language')} data-testid="language-switch">
        <Heading level={2} className="portal-heading">
          {t('me.language')}
        </Heading>
        <View className="portal-me-options">
          {LOCALES.map((option) => {
            const selected = option === locale;
            return (
              <ActionButton
                key={option}
                className="portal-me-option"
                type={selected ? 'primary' : 'default'}
                fill={selected ? 'solid' : 'outline'}
                size="large"
                aria-pressed={selected}
                data-testid={`language-option-${option}`}
                onClick={() => setLocale(option)}
              >
                {t(LANGUAGE_NAMES[option])}
              </ActionButton>
            );
          })}
        </View>
      </View>

      <View className="portal-section">
        <ElderlySwitch testId="settings-elderly-switch" />
      </View>

      <View className="portal-section" data-testid="about">
        <Heading level={2} className="portal-heading">
          {t('me.about')}
        </Heading>
        <Text className="portal-text">{t('me.about.text')}</Text>
        <Text className="portal-text-secondary portal-me-version">{t('me.version', { version: APP_VERSION })}</Text>
        <StaffEntry label={t('me.staff')} />
      </View>
    </PageShell>
  );
}

/** A quiet way into the staff workbench (its own sign-in; the citizen's session is not touched). */
function StaffEntry({ label }: { label: string }) {
  const open = () => void Taro.navigateTo({ url: ROUTES.staffSignIn });
  return (
    <View className="portal-me-link" {...pressable(open)} role="link" data-testid="me-link-staff" onClick={open}>
      <Text className="portal-text-secondary portal-me-link-label">{label}</Text>
    </View>
  );
}
