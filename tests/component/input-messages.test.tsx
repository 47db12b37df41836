import { listStages } from '../../types/supervision/recruitment';
import { callAction } from '../../src/lib/cloud/call-action';

/** The form's own check before any round trip answers in Chinese too (issue 13: no English from zod). */
it('a number above its bound is refused on the device in Chinese', async () => {
  await expect(callAction(listStages, { year: 2101 })).rejects.toMatchObject({
    code: 'INVALID_INPUT',
    message: '不能大于2100',
  });
});
