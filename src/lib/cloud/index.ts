export { callAction } from './call-action';
export { CloudError } from './cloud-error';
export { initCloud } from './transport';
export { useQuery, type QueryState } from './use-query';
export { useAction, type ActionState } from './use-action';
export { useRefetchOnReturn } from './use-refetch-on-return';
export { errorBeside, errorOn } from './field-errors';
