/**
 * H5: the tab bar, the title bar and toasts are drawn by Taro outside any page, so 长辈模式 marks <body>
 * too and app.css enlarges them from there.
 */
export function markBodyElderMode(on: boolean): void {
  document.body.classList.toggle('elder-mode-body', on);
}
