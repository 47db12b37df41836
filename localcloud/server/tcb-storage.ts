import type { TcbAnswer, TcbCall, TcbDeps } from './tcb-endpoint';
import { TcbActionError } from './tcb-errors';

/**
 * getTempFileURL and deleteFile take at most 50 files a call (WeChat Cloud SDK reference,
 * Cloud.getTempFileURL: 「一次最多取 50 个」; Cloud.deleteFile: the same batch limit). A larger batch is
 * refused whole, so code that does not page fails here as on WeChat.
 */
export const MAX_FILES_PER_CALL = 50;

function requireBatch(list: unknown, api: string): void {
  const n = Array.isArray(list) ? list.length : 0;
  if (n > MAX_FILES_PER_CALL)
    throw new TcbActionError(
      'INVALID_PARAM',
      `${api} 一次最多 ${MAX_FILES_PER_CALL} 个文件（收到 ${n} 个），请分批调用`,
    );
}

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
      requireBatch(call.body.file_list, 'getTempFileURL');
      return { json: { requestId: call.requestId, data: deps.storage.downloadUrls(call.body) } };
    case 'storage.batchDeleteFile':
      requireBatch(call.body.fileid_list, 'deleteFile');
      return { json: { requestId: call.requestId, data: deps.storage.deleteFiles(call.body) } };
    default:
      throw new TcbActionError('INVALID_ACTION', `本地云不支持的 action: ${call.action}`);
  }
}
