import fs from 'node:fs';
import path from 'node:path';
import { DEV_PII_KEY } from '../../cloudfunctions/_kernel/pii';

/**
 * What a real deployment needs besides the code, from the git-ignored folder `.deploy/`:
 * - `pii-key`: the functions' VETGRID_PII_KEY (32 random bytes, base64). Losing it loses every encrypted
 *   ID number and phone; changing it makes them unreadable, so a deploy never overwrites a different one.
 * - `upload.key`: the mini-program's code upload key (微信公众平台 → 开发管理 → 小程序代码上传), for miniprogram-ci.
 * The AppID is the one in project.config.json. Tencent Cloud API keys come from the environment only.
 */
export interface DeployInputs {
  appId: string;
  piiKey: string;
  uploadKeyPath: string;
}

export const DEPLOY_DIR = '.deploy';

export function readDeployInputs(repoRoot: string): DeployInputs {
  const dir = path.join(repoRoot, DEPLOY_DIR);
  const problems: string[] = [];
  const { appid } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'project.config.json'), 'utf8')) as {
    appid?: string;
  };
  if (!appid || appid === 'touristappid') problems.push('project.config.json 的 appid 还是占位值：填入小程序的 AppID');

  const keyFile = path.join(dir, 'pii-key');
  const piiKey = fs.existsSync(keyFile) ? fs.readFileSync(keyFile, 'utf8').trim() : '';
  if (!piiKey)
    problems.push(
      `缺少 ${DEPLOY_DIR}/pii-key：node -e "console.log(require('crypto').randomBytes(32).toString('base64'))" > ${DEPLOY_DIR}/pii-key`,
    );
  else if (piiKey === DEV_PII_KEY) problems.push(`${DEPLOY_DIR}/pii-key 是开发用密钥，不能用于正式环境`);
  else if (Buffer.from(piiKey, 'base64').length !== 32)
    problems.push(`${DEPLOY_DIR}/pii-key 不是 32 字节的 base64 密钥`);

  const uploadKeyPath = path.join(dir, 'upload.key');
  if (!fs.existsSync(uploadKeyPath))
    problems.push(`缺少 ${DEPLOY_DIR}/upload.key：小程序代码上传密钥（微信公众平台下载）`);

  // Template ids are no longer deploy secrets: they are built into the app and the functions from
  // config/subscribe-templates.json. A leftover templates.json would be silently ignored, so say so.
  if (fs.existsSync(path.join(dir, 'templates.json')))
    problems.push(
      `${DEPLOY_DIR}/templates.json 已不再使用：请把模板 id 填入 config/subscribe-templates.json 后删除该文件`,
    );

  if (problems.length) throw new Error(`部署前还缺：\n  - ${problems.join('\n  - ')}`);
  return { appId: appid as string, piiKey, uploadKeyPath };
}
