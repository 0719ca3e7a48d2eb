import { Button } from '@nutui/nutui-react-taro';
import type { ComponentProps } from 'react';
import { pressable } from './a11y';

type ButtonProps = ComponentProps<typeof Button>;

/** NutUI's Button, reachable and operable from the keyboard in H5 (see a11y.ts). */
export function ActionButton(props: ButtonProps) {
  const { onClick, disabled, loading } = props;
  const press = onClick ? () => onClick(undefined as never) : undefined;
  return <Button {...pressable(press, Boolean(disabled || loading))} {...props} />;
}
