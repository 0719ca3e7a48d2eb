/**
 * Taro's View typings lack tabIndex; H5 passes it through to the element. Spread this on a View
 * that acts as a button (role="button" + aria-label) so keyboard users can reach it.
 */
export const FOCUSABLE = { tabIndex: 0 } as Record<string, unknown>;
