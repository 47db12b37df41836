import Taro from '@tarojs/taro';
import { whoami } from '@types-contract/account/whoami';
import { callAction, initCloud } from '../cloud';
import { networkError } from '../cloud/cloud-error';
import { randomName } from './fit';

/** Report photos go to an anonymous folder: nothing in their path may point at the supervisor. */
export const SUPERVISION_INCOMING = 'supervision/incoming/';

let folder: Promise<string> | null = null;

/** The account's own upload folder (opaque, from the cloud), asked once per run of the app. */
function accountFolder(): Promise<string> {
  folder ??= callAction(whoami, {}).then(
    (me) => me.uploadFolder,
    (err) => {
      folder = null;
      throw err;
    },
  );
  return folder;
}

/**
 * weapp: a local file straight into cloud storage (Taro.cloud.uploadFile: no bytes inside callFunction),
 * under a random name in the caller's folder or the anonymous supervision folder. Answers its fileID,
 * which the feature's action then takes, checks and stores.
 */
export async function uploadToIncoming(filePath: string, ext: string, anonymous = false): Promise<string> {
  initCloud();
  const cloudPath = `${anonymous ? SUPERVISION_INCOMING : await accountFolder()}${randomName()}.${ext}`;
  try {
    return (await Taro.cloud.uploadFile({ cloudPath, filePath })).fileID;
  } catch {
    throw networkError();
  }
}
