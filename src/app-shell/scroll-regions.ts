/** weapp: pages scroll natively; nothing to mark. (H5: scroll-regions.h5.ts.) */
export function letKeyboardScrollPages(): void {}
