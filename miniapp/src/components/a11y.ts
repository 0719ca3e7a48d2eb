/**
 * In H5, Taro renders Views and NutUI Buttons as custom elements (<taro-view-core>,
 * <taro-button-core>) that are neither focusable nor announced as buttons. `pressable` gives an
 * element that acts as a button its role, a tab stop and Enter/Space activation. In WeChat the
 * tap is the only input and these props are harmless.
 */
interface KeyLike {
  key?: string;
  preventDefault?: () => void;
}

export function pressable(onPress: (() => void) | undefined, disabled = false): Record<string, unknown> {
  if (process.env.TARO_ENV !== 'h5') return {};
  return {
    role: 'button',
    tabIndex: disabled ? -1 : 0,
    onKeyDown: (event: KeyLike) => {
      if (disabled || !onPress) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault?.();
        onPress();
      }
    },
  };
}

/** NutUI's Switch marks itself with `ariaRole`, which H5 turns into an invalid `aria-role`; use `role` there. */
export function switchRole(onToggle: () => void): Record<string, unknown> {
  if (process.env.TARO_ENV !== 'h5') return {};
  return {
    ariaRole: undefined,
    role: 'switch',
    onKeyDown: (event: KeyLike) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault?.();
        onToggle();
      }
    },
  };
}
