import type { TcbAnswer, TcbCall, TcbDeps } from './tcb-endpoint';
import { TcbActionError } from './tcb-errors';

/** storage.* actions of the SDK (uploadFile step one, getTempFileURL/downloadFile, deleteFile). */
export function storageAction(call: TcbCall, deps: TcbDeps): TcbAnswer {
  const caller = deps.requests.get(call.requestId)?.identity?.OPENID || null;
  switch (call.action) {
    case 'storage.getUploadMetadata': {
      let data;
      try {
        data = deps.storage.uploadMetadata(call.env, call.body, caller);
      } catch (err) {
        throw new TcbActionError('INVALID_PARAM', `cloudPath 不合法: ${(err as Error).message}`);
      }
      return { json: { requestId: call.requestId, data } };
    }
    case 'storage.batchGetDownloadUrl':
      return { json: { requestId: call.requestId, data: deps.storage.downloadUrls(call.body) } };
    case 'storage.batchDeleteFile':
      return { json: { requestId: call.requestId, data: deps.storage.deleteFiles(call.body) } };
    default:
      throw new TcbActionError('INVALID_ACTION', `本地云不支持的 action: ${call.action}`);
  }
}
