/**
 * weapp: the tab bar, toasts and the navigation bar are WeChat's own and follow WeChat's font setting, so
 * there is nothing to mark. (H5: elder-mode-body.h5.ts.)
 */
export function markBodyElderMode(_on: boolean): void {}
