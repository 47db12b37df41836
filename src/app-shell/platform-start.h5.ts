/** H5 launch: nothing to start; consent and the demo identity are checked by session-gate.h5.tsx. */
export function startPlatform(): void {}
