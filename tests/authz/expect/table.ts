import type { Contract, InputOf } from '../../../types/common/contract';
import type { ErrorCode } from '../../../types/common/errors';
import type { Persona, Side } from '../personas';
import type { World } from '../world';

/**
 * What an action should answer each persona, written from PRODUCT.md's roles and the action's meaning,
 * never from `can()` or the policies. The matrix calls the action as every persona twice: on a thing in
 * the persona's own side (in scope) and on one of the other side (out of scope); see personas.ts.
 */
export interface ActionTable<C extends Contract = Contract> {
  contract: C;
  /**
   * A second kind of thing the same action serves, with its own table (e.g. groupMembers of a grid group
   * and of an explicit group): each action has one table without a variant, and may have variants. One
   * target kind per action is how explicit groups' member lists escaped the OPENID oracle.
   */
  variant?: string;
  /**
   * The input aimed at a thing of `side` (built afresh for every cell; put documents with `w.put`).
   * `caller` is the OPENID the cell calls with, for a file the caller's own mini-program would upload.
   */
  target(w: World, side: Side, caller: string | null): InputOf<C> | Promise<InputOf<C>>;
  /** Who gets an answer (ok) when the thing is in their jurisdiction, and when it is not. */
  allowed: { inScope: readonly Persona[]; outOfScope: readonly Persona[] };
  /**
   * A refusal is UNAUTHENTICATED for a caller without WeChat identity and FORBIDDEN or NOT_FOUND for
   * everyone else (the two must look the same to a stranger, issue 13 item 4); a persona refused for
   * another reason (already registered: CONFLICT) is named here.
   */
  refusedWith?: Partial<Record<Persona, ErrorCode | readonly ErrorCode[]>>;
  /** Personas whose role needs an unmasked phone / ID number in this answer (default: nobody). */
  unmasked?: { phone?: readonly Persona[]; idNumber?: readonly Persona[] };
  /** Why this action's answer holds no placed records (an org tree, the caller's own account). */
  unplaced?: string;
}

export const table = <C extends Contract>(t: ActionTable<C>): ActionTable => t as unknown as ActionTable;
