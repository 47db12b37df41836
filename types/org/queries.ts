import { z } from 'zod';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import type { OrgKind, ServiceStation } from './model';
import type { StaffRole } from '../auth/roles';

export interface OrgNodeView {
  id: string;
  name: string;
  kind: OrgKind;
}

/**
 * Children of an org node (the district's streets when parentId is null): the street → community → grid
 * picker. `includeUnits` adds the units under the district (征兵办, agencies) for staff management.
 */
export const listChildren = defineContract<{ items: OrgNodeView[] }>()({
  fn: 'org',
  action: 'listChildren',
  input: z.object({ parentId: docId.nullable().default(null), includeUnits: z.boolean().default(false) }).strict(),
  errors: ['NOT_FOUND'],
});

export interface TeamMemberView {
  staffId: string;
  name: string;
  role: StaffRole;
  roleLabel: string;
  workPhone: string;
  isVeteran: boolean;
}

export interface MyGrid {
  grid: OrgNodeView;
  community: OrgNodeView & { station: ServiceStation | null };
  street: OrgNodeView;
  team: TeamMemberView[];
}

/** The caller's grid (a veteran's, or a grid member's own), its team and the community's service station. */
export const myGrid = defineContract<MyGrid>()({
  fn: 'org',
  action: 'myGrid',
  input: z.object({}).strict(),
  errors: ['NOT_FOUND'],
});
