import { useCallback, useEffect, useRef, useState } from 'react';
import type { Contract, InputOf, OutputOf } from '@types-contract/common/contract';
import { callAction } from './call-action';
import { CloudError } from './cloud-error';

export interface QueryState<T> {
  data: T | undefined;
  error: CloudError | undefined;
  loading: boolean;
  /**
   * The data answers an earlier input and the answer to the current one is on its way: a page that labels
   * its data with the input (“张”：找到 3 人) waits for this to clear instead of putting the new label on old rows.
   */
  stale: boolean;
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
  const [state, setState] = useState<{
    data?: OutputOf<C>;
    /** The input `data` answers. */
    dataKey?: string;
    error?: CloudError;
    loading: boolean;
  }>({ loading: enabled });
  const [attempt, setAttempt] = useState(0);
  const inputRef = useRef(input);
  inputRef.current = input;

  useEffect(() => {
    if (!enabled) {
      setState({ loading: false });
      return;
    }
    let current = true;
    setState((previous) => ({ data: previous.data, dataKey: previous.dataKey, loading: true }));
    callAction(contract, inputRef.current).then(
      (data) => current && setState({ data, dataKey: key, loading: false }),
      (error: unknown) => current && setState({ error: toCloudError(error), loading: false }),
    );
    return () => {
      current = false;
    };
  }, [contract, key, enabled, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const stale = state.data !== undefined && state.dataKey !== key;
  return { data: state.data, error: state.error, loading: state.loading, stale, retry };
}
