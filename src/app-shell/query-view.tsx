import type { ReactNode } from 'react';
import type { QueryState } from '../lib/cloud';
import { ErrorView } from './error-view';
import { LoadingView } from './loading-view';

interface QueryViewProps<T> {
  query: QueryState<T>;
  children: (data: T) => ReactNode;
}

/** Loading, then the error with 重试, then the data. */
export function QueryView<T>({ query, children }: QueryViewProps<T>) {
  if (query.error) return <ErrorView error={query.error} onRetry={query.retry} />;
  if (query.data === undefined) return <LoadingView />;
  return <>{children(query.data)}</>;
}
