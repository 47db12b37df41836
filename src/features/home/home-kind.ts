import type { WhoAmI } from '@types-contract/account/whoami';

export type HomeKind = 'grid' | 'staff' | 'unregistered';

const GRID_ROLES: readonly string[] = ['grid_leader', 'grid_member'];

/** What 首页 shows: the caller's grid (veterans, grid staff), a jurisdiction (other staff), or registration. */
export function homeKind(who: WhoAmI): HomeKind {
  if (who.veteran || who.roles.some((r) => GRID_ROLES.includes(r.role))) return 'grid';
  if (who.roles.length > 0) return 'staff';
  return 'unregistered';
}
