/**
 * The width below which the margin is a drawer and the map takes the whole
 * screen; styles/small-screens.css switches the layout at the same width.
 */
export const NARROW_SCREEN = "(max-width: 1099px)";

/** Whether the reader's screen is narrow now (asked when it matters, so a rotated tablet is answered right). */
export function isNarrowScreen(): boolean {
  return window.matchMedia(NARROW_SCREEN).matches;
}

/** The width below which the margin's drawer is a sheet over the lower part of the screen. */
export const PHONE_SCREEN = "(max-width: 699px)";

export function isPhoneScreen(): boolean {
  return window.matchMedia(PHONE_SCREEN).matches;
}
