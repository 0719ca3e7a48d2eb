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

/**
 * H5: move keyboard and screen-reader focus to an element by id once it is on screen (an error
 * summary after a failed submit, a field from the summary's link). WeChat has no such focus.
 */
export function focusById(id: string): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
  setTimeout(() => {
    const element = document.getElementById(id);
    if (element) {
      element.focus();
      element.scrollIntoView?.({ block: 'center' });
    }
  }, 50);
}

/** A non-interactive element that focus may be moved to (an error summary, a page step's heading). */
export const FOCUSABLE: Record<string, unknown> = process.env.TARO_ENV === 'h5' ? { tabIndex: -1 } : {};
