import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Grid, GridItem } from '@nutui/nutui-react-taro';
import { useState } from 'react';
import type { Portal, PortalGroup } from '@portal/shared';
import { pressable } from './a11y';
import { useI18n } from '../hooks/use-i18n';
import { routeForPortal } from '../routes';
import { Heading } from './Heading';

function isOpenable(portal: Portal): boolean {
  return portal.status === 'available' && routeForPortal(portal.page) !== undefined;
}

/**
 * One portal group: its name, the account that publishes it, and its portals in a NutUI Grid.
 * A planned portal says "not yet available" in words; tapping it only shows an inline note.
 */
export function PortalGrid({ group }: { group: PortalGroup }) {
  const { t, text } = useI18n();
  const [note, setNote] = useState<string>('');

  const open = (portal: Portal) => {
    const route = routeForPortal(portal.page);
    if (!isOpenable(portal) || !route) {
      setNote(t('portal.plannedNote', { name: text(portal.name) }));
      return;
    }
    setNote('');
    void Taro.navigateTo({ url: route });
  };

  return (
    <View className="portal-section portal-group" data-testid={`group-${group.id}`}>
      <Heading level={2} className="portal-heading">
        {text(group.name)}
      </Heading>
      <Text className="portal-text-secondary portal-group-account">
        {t('home.group.account', { account: text(group.account) })}
      </Text>
      <Grid columns={3} gap={8} square={false} className="portal-grid">
        {group.portals.map((portal) => {
          const openable = isOpenable(portal);
          const name = text(portal.name);
          return (
            <GridItem key={portal.id} className={openable ? 'portal-tile' : 'portal-tile portal-tile-planned'} onClick={() => open(portal)}>
              <View
                className="portal-tile-body"
                role="button"
                {...pressable(() => open(portal))}
                aria-label={t(openable ? 'portal.tile.available' : 'portal.tile.planned', { name })}
                data-testid={`portal-${portal.id}`}
                data-status={openable ? 'available' : 'planned'}
              >
                <View className="portal-tile-icon" aria-hidden="true">
                  {Array.from(name)[0]}
                </View>
                <Text className="portal-tile-name">{name}</Text>
                {openable ? null : <Text className="portal-tile-status">{t('portal.planned')}</Text>}
              </View>
            </GridItem>
          );
        })}
      </Grid>
      {note ? (
        <View className="portal-note" role="status" data-testid={`planned-note-${group.id}`}>
          {note}
        </View>
      ) : null}
    </View>
  );
}
