/**
 * H5: each Taro page is a scrolling box; one a keyboard can reach (tabindex 0) scrolls with the arrow keys
 * too (WCAG 2.1.1, axe's scrollable-region-focusable).
 */
export function letKeyboardScrollPages(): void {
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('.taro_page'))) {
    if (!el.hasAttribute('tabindex')) el.tabIndex = 0;
  }
}
