import { useCallback, useRef, useState } from 'react';
import type { Contract, InputOf, OutputOf } from '@types-contract/common/contract';
import { callAction } from './call-action';
import type { CloudError } from './cloud-error';
import { toCloudError } from './use-query';

export interface ActionState<C extends Contract> {
  /** Resolves with the output, or undefined when it failed (the error is in `error`). */
  run: (input: InputOf<C>) => Promise<OutputOf<C> | undefined>;
  data: OutputOf<C> | undefined;
  error: CloudError | undefined;
  loading: boolean;
  /** Repeat the last call (the 重试 button). */
  retry: () => Promise<OutputOf<C> | undefined>;
  reset: () => void;
}

/** Run a write action on demand (a tap). A second tap while one is running is ignored. */
export function useAction<C extends Contract>(contract: C): ActionState<C> {
  const [state, setState] = useState<{ data?: OutputOf<C>; error?: CloudError; loading: boolean }>({ loading: false });
  const running = useRef(false);
  const lastInput = useRef<InputOf<C> | undefined>(undefined);

  const run = useCallback(
    async (input: InputOf<C>) => {
      if (running.current) return undefined;
      running.current = true;
      lastInput.current = input;
      setState({ loading: true });
      try {
        const data = await callAction(contract, input);
        setState({ data, loading: false });
        return data;
      } catch (error) {
        setState({ error: toCloudError(error), loading: false });
        return undefined;
      } finally {
        running.current = false;
      }
    },
    [contract],
  );

  const retry = useCallback(() => run(lastInput.current as InputOf<C>), [run]);
  const reset = useCallback(() => setState({ loading: false }), []);
  return { run, retry, reset, data: state.data, error: state.error, loading: state.loading };
}
