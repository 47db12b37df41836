/**
 * Build-time constants (webpack DefinePlugin). Declared for TypeScript in types/global.d.ts and for Jest
 * in tests/setup/taro-globals.ts.
 *
 * - LOCAL_CLOUD: true only in the H5 build, which always runs against the project's local cloud.
 * - CLOUD_ENV: the WeChat Cloud environment id the weapp build calls, from the environment variable named
 *   by CLOUD_ENV_VARIABLE at build time (`VETGRID_CLOUD_ENV=vetgrid-prod-1a2b3c npm run build:weapp`, as the
 *   README says). Unset, it is '' and the app initialises WeChat Cloud without an env, i.e. the AppID's
 *   default environment: never an invented id that points at nowhere.
 */
export const CLOUD_ENV_VARIABLE = 'VETGRID_CLOUD_ENV';

export function buildConstants(taroEnv: string, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return {
    LOCAL_CLOUD: JSON.stringify(taroEnv === 'h5'),
    CLOUD_ENV: JSON.stringify(env[CLOUD_ENV_VARIABLE]?.trim() ?? ''),
  };
}
