/**
 * Build-time constants (webpack DefinePlugin). Declared for TypeScript in types/global.d.ts and for Jest
 * in tests/setup/taro-globals.ts.
 *
 * - LOCAL_CLOUD: true only in the H5 build, which always runs against the project's local cloud.
 * - CLOUD_ENV: the WeChat Cloud environment id the weapp build calls. Set it with the environment
 *   variable VETGRID_CLOUD_ENV when building for a real environment, e.g.
 *   `VETGRID_CLOUD_ENV=vetgrid-prod-1a2b3c npm run build:weapp`.
 */
export const DEFAULT_CLOUD_ENV = 'vetgrid-dev';

export function buildConstants(taroEnv: string): Record<string, string> {
  return {
    LOCAL_CLOUD: JSON.stringify(taroEnv === 'h5'),
    CLOUD_ENV: JSON.stringify(process.env.VETGRID_CLOUD_ENV ?? DEFAULT_CLOUD_ENV),
  };
}
