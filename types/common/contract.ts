import type { z } from 'zod';
import type { ErrorCode } from './errors';

/**
 * One cloud action's contract: which function serves it, its name, its input schema, its output type
 * (phantom) and the error codes it may answer with beyond the common ones.
 */
export interface Contract<S extends z.ZodTypeAny = z.ZodTypeAny, O = unknown> {
  fn: string;
  action: string;
  input: S;
  errors: readonly ErrorCode[];
  /** Phantom: carries the output type to the client. Never read at run time. */
  readonly _output?: O;
}

export type InputOf<C> = C extends Contract<infer S, unknown> ? z.input<S> : never;
export type ParsedInputOf<C> = C extends Contract<infer S, unknown> ? z.output<S> : never;
export type OutputOf<C> = C extends Contract<z.ZodTypeAny, infer O> ? O : never;

export function defineContract<O>() {
  return <S extends z.ZodTypeAny>(c: {
    fn: string;
    action: string;
    input: S;
    errors?: readonly ErrorCode[];
  }): Contract<S, O> => ({
    fn: c.fn,
    action: c.action,
    input: c.input,
    errors: c.errors ?? [],
  });
}
