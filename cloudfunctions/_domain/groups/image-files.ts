import { MESSAGE_LIMITS } from '../../../types/groups/model';
import { AppError } from '../../../types/common/errors';

/** Group images live under `groups/<groupId>/`: a file id outside its group's folder is refused. */
export function groupFolder(groupId: string): string {
  return `groups/${groupId}/`;
}

export function isGroupFile(fileId: string, groupId: string): boolean {
  const match = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileId);
  return Boolean(match && match[1].startsWith(groupFolder(groupId)) && !match[1].includes('..'));
}

const SIGNATURES: Record<(typeof MESSAGE_LIMITS.imageTypes)[number], number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
};

/** Decodes a base64 image and checks that it is what it says (magic bytes) and small enough. */
export function decodeImage(base64: string, contentType: (typeof MESSAGE_LIMITS.imageTypes)[number]): Buffer {
  const body = Buffer.from(base64, 'base64');
  if (body.length === 0) throw new AppError('INVALID_INPUT', '图片为空', 'base64');
  if (body.length > MESSAGE_LIMITS.imageMaxBytes) throw new AppError('INVALID_INPUT', '图片不能超过1MB', 'base64');
  const sig = SIGNATURES[contentType];
  if (!sig.every((b, i) => body[i] === b))
    throw new AppError('INVALID_INPUT', '只能发送 JPG 或 PNG 图片', 'contentType');
  return body;
}
