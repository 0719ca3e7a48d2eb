import Taro from '@tarojs/taro';
import { useEffect, type PropsWithChildren } from 'react';
import { htmlLang, translate } from './i18n/translate';
import { usePreferences } from './store/preferences';
import './app.scss';

const TAB_KEYS = ['tab.home', 'tab.me'] as const;

function App({ children }: PropsWithChildren) {
  const { locale, elderly } = usePreferences();

  useEffect(() => {
    TAB_KEYS.forEach((key, index) => {
      void Promise.resolve()
        .then(() => Taro.setTabBarItem({ index, text: translate(locale, key) }))
        .catch(() => undefined);
    });
    if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') {
      document.documentElement.lang = htmlLang(locale);
    }
  }, [locale]);

  useEffect(() => {
    if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') {
      document.documentElement.classList.toggle('portal-elderly-root', elderly);
      document.documentElement.setAttribute('data-elderly', elderly ? 'true' : 'false');
    }
  }, [elderly]);

  return children;
}

export default App;
