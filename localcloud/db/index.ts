export { LocalDatabase } from './database';
export { LocalCloudError, sdkErrorBody } from './errors';
export type { CollectionIndexes, DbRequestMeta, IndexSpec, LocalDatabaseOptions } from './types';
