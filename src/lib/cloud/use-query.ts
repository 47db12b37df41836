import { useCallback, useEffect, useRef, useState } from 'react';
import type { Contract, InputOf, OutputOf } from '@types-contract/common/contract';
import { callAction } from './call-action';
import { CloudError } from './cloud-error';

export interface QueryState<T> {
  data: T | undefined;
  error: CloudError | undefined;
  loading: boolean;
  /** Call again (the 重试 button, or after a change the page knows about). */
  retry: () => void;
}

export function toCloudError(error: unknown): CloudError {
  if (error instanceof CloudError) return error;
  console.error(error);
  return new CloudError('INTERNAL');
}

/**
 * Run a read action when the page shows and whenever its input changes. `enabled: false` waits
 * (e.g. until a parent choice is made).
 */
export function useQuery<C extends Contract>(
  contract: C,
  input: InputOf<C>,
  options: { enabled?: boolean } = {},
): QueryState<OutputOf<C>> {
  const enabled = options.enabled ?? true;
  const key = JSON.stringify(input ?? null);
  const [state, setState] = useState<{ data?: OutputOf<C>; error?: CloudError; loading: boolean }>({
    loading: enabled,
  });
  const [attempt, setAttempt] = useState(0);
  const inputRef = useRef(input);
  inputRef.current = input;

  useEffect(() => {
    if (!enabled) {
      setState({ loading: false });
      return;
    }
    let current = true;
    setState((previous) => ({ data: previous.data, loading: true }));
    callAction(contract, inputRef.current).then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ error: toCloudError(error), loading: false }),
    );
    return () => {
      current = false;
    };
  }, [contract, key, enabled, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, retry };
}
