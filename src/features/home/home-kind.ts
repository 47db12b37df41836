import type { WhoAmI } from '@types-contract/account/whoami';
import { mayAnywhere } from '../../lib/auth/policy';

export type HomeKind = 'grid' | 'staff' | 'unregistered';

/** What 首页 shows: the caller's grid (veterans, grid staff), a jurisdiction (other staff), or registration. */
export function homeKind(who: WhoAmI): HomeKind {
  if (who.veteran || mayAnywhere(who, 'grid:work')) return 'grid';
  if (who.roles.length > 0) return 'staff';
  return 'unregistered';
}
