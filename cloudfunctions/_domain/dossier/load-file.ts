import { AppError } from '../../../types/common/errors';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { Reader } from '../../_kernel/store';

export async function loadFile(read: Reader, veteranId: string, field = 'veteranId'): Promise<VeteranDoc> {
  const file = await read.byId<VeteranDoc>('veterans', veteranId);
  if (!file) throw new AppError('NOT_FOUND', '没有找到该档案', field);
  return file;
}
