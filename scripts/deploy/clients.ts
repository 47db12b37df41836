/**
 * The two clients a deployment talks through, typed by the real packages' own declarations:
 * `@cloudbase/manager-node` (Tencent's management API: functions' configuration, collections, indexes,
 * security rules, storage rule) and `miniprogram-ci` (WeChat's CI module: uploads function code as WeChat
 * DevTools does, creates timer triggers). Tests replace exactly these two with recorders.
 */
import type CloudBase from '@cloudbase/manager-node';
import type { cloud as ciCloud, Project as CiProject } from 'miniprogram-ci';

export type ManagerClient = {
  functions: Pick<
    CloudBase['functions'],
    'getFunctionDetail' | 'createFunction' | 'updateFunctionConfig' | 'deleteFunctionTrigger'
  >;
  database: Pick<CloudBase['database'], 'createCollectionIfNotExists' | 'describeCollection' | 'updateCollection'>;
  storage: Pick<CloudBase['storage'], 'getStorageAcl' | 'setStorageAcl'>;
  commonService(
    service?: string,
    version?: string,
  ): { call(options: { Action: string; Param: Record<string, unknown> }): Promise<any> };
};

export type CiClient = {
  cloud: Pick<typeof ciCloud, 'uploadFunction' | 'createTimeTrigger'>;
  project: CiProject;
};

export interface DeployClients {
  manager: ManagerClient;
  ci: CiClient;
}

/** The real clients. Credentials come from the environment only and are handed to the SDK in memory. */
export function realClients(opts: {
  envId: string;
  appId: string;
  projectPath: string;
  uploadKeyPath: string;
}): DeployClients {
  const secretId = process.env.TENCENTCLOUD_SECRETID;
  const secretKey = process.env.TENCENTCLOUD_SECRETKEY;
  if (!secretId || !secretKey)
    throw new Error(
      '缺少腾讯云 API 密钥：在环境变量 TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY 中提供（不会写入任何文件）',
    );
  // Loaded only for a real run: a dry run needs neither package's network code.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Manager = require('@cloudbase/manager-node') as typeof CloudBase;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ci = require('miniprogram-ci') as typeof import('miniprogram-ci');
  const manager = new Manager({ secretId, secretKey, envId: opts.envId });
  const project = new ci.Project({
    appid: opts.appId,
    type: 'miniProgram',
    projectPath: opts.projectPath,
    privateKeyPath: opts.uploadKeyPath,
    ignores: ['node_modules/**/*'],
  });
  return { manager, ci: { cloud: ci.cloud, project } };
}
