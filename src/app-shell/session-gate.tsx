import type { PropsWithChildren } from 'react';

/** weapp: WeChat is the session and the privacy prompt is WeChat's; nothing to check here. */
export function SessionGate({ children }: PropsWithChildren) {
  return <>{children}</>;
}
