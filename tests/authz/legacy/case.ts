import type { Contract } from '../../../types/common/contract';
import type { ErrorCode } from '../../../types/common/errors';
import type { Persona } from './personas';
import type { World } from './world';

/**
 * One row of the authorization matrix: `as` calls `contract` with `input` and must get `expect`.
 * Denial rows of every file run before allowed rows, so an allowed write never changes what a denial
 * row sees; within each group rows run in file order.
 */
export interface AuthzCase {
  contract: Contract;
  as: Persona;
  input: object | ((w: World) => object | Promise<object>);
  expect: 'ok' | ErrorCode;
  note?: string;
}
