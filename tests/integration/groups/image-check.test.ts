/** @jest-environment node */
import { PNG as PNG_DECODER } from 'pngjs';
import { startStack, type Stack } from '../../support/stack';
import { pngImage } from '../../support/png-image';
import { RISKY_IMAGE_MARKER } from '../../../localcloud/openapi/image-check';
import { openGroup, postMessage, uploadGroupImage } from '../../../types/groups/contracts';
import {
  editNotice,
  listNotices,
  noticeDetail,
  publishNotice,
  uploadNoticeImage,
} from '../../../types/notices/contracts';
import { loadGroupWorld, G1 } from './world';

let stack: Stack;
beforeEach(async () => {
  stack = await startStack({ clock: new Date('2026-03-01T02:00:00Z') });
  await loadGroupWorld(stack);
});
afterEach(() => stack.close());

const clean = (rgb: [number, number, number] = [30, 120, 200]) => pngImage({ rgb }).toString('base64');
/** The local image check flags the marker in the bytes as sent (a tEXt chunk the re-encoding would drop). */
const flagged = () => pngImage({ text: `demo ${RISKY_IMAGE_MARKER}` }).toString('base64');
const stored = () => stack.cloud.files().map((f) => f.fileID);
const notice = {
  title: '体检通知',
  body: '周五上午体检，请带身份证。',
  category: '医疗保障' as const,
  expiresInDays: 30,
  scopeOrgId: 'g1',
};
const REFUSED = { code: 'CONTENT_REJECTED', message: '图片含有不适宜的内容，未能上传，请换一张图片' };

describe("group images pass WeChat's image check on the bytes as sent, before anything is stored", () => {
  it('a flagged image is refused in Chinese and never stored; a clean one is stored and posted', async () => {
    const refused = await stack.metered(uploadGroupImage, { groupId: G1, dataBase64: flagged() }, 'wx-bound');
    expect(refused.res).toEqual({ ok: false, error: { ...REFUSED, field: 'dataBase64' } });
    expect(refused.writes).toBe(0);
    expect(stored()).toEqual([]);

    const { fileId: good } = await stack.ok(uploadGroupImage, { groupId: G1, dataBase64: clean() }, 'wx-bound');
    expect(await stack.ok(postMessage, { groupId: G1, imageFileId: good }, 'wx-bound')).toMatchObject({
      item: { kind: 'image', imageFileId: good },
    });
    expect(stored()).toEqual([good]);
    expect((await stack.ok(openGroup, { groupId: G1 }, 'wx-gm1')).items).toHaveLength(1);
  });

  it('a file that the functions never stored is refused without writing', async () => {
    const missing = `cloud://${stack.cloud.envId}.bucket/groups/${G1}/0123456789abcdef.png`;
    const res = await stack.metered(postMessage, { groupId: G1, imageFileId: missing }, 'wx-bound');
    expect(res.res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'imageFileId' } });
    expect(res.writes).toBe(0);
  });
});

describe("notice images: checked when uploaded, stored in the writer's folder, attached only by their writer", () => {
  const upload = async (dataBase64: string, openid = 'wx-gm1') =>
    (await stack.ok(uploadNoticeImage, { contentType: 'image/png', dataBase64 }, openid)).fileId;

  it('only publishers upload notice images; a flagged one is refused and never stored', async () => {
    expect(await upload(clean())).toMatch(/\/uploads\/[0-9a-f]{32}\/notices\/[0-9a-f]{32}-[0-9a-f]{20}\.png$/);
    expect(await stack.call(uploadNoticeImage, { dataBase64: clean() }, 'wx-bound')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await stack.call(uploadNoticeImage, { dataBase64: clean() }, null)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    const refused = await stack.metered(uploadNoticeImage, { dataBase64: flagged() }, 'wx-gm1');
    expect(refused.res).toEqual({ ok: false, error: { ...REFUSED, field: 'dataBase64' } });
    expect(stored()).toHaveLength(1);
  });

  it('a published notice shows its image, rebuilt from its pixels, to its readers only', async () => {
    const good = await upload(clean());
    const { noticeId } = await stack.ok(publishNotice, { ...notice, imageFileIds: [good] }, 'wx-gm1');
    expect((await stack.ok(listNotices, {}, 'wx-bound')).items).toEqual([
      expect.objectContaining({ id: noticeId, imageCount: 1 }),
    ]);
    const detail = await stack.ok(noticeDetail, { noticeId }, 'wx-bound');
    expect(detail.images).toEqual([{ fileId: good, url: expect.stringMatching(/^http/) }]);
    const shown = PNG_DECODER.sync.read(Buffer.from(await (await fetch(detail.images[0].url)).arrayBuffer()));
    expect(shown.data.equals(PNG_DECODER.sync.read(pngImage({ rgb: [30, 120, 200] })).data)).toBe(true);
    expect(await stack.call(noticeDetail, { noticeId }, 'wx-vet-g2')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it("an edit keeps the notice's own images, refuses another person's, and deletes the ones it drops", async () => {
    const first = await upload(clean());
    const { noticeId } = await stack.ok(publishNotice, { ...notice, imageFileIds: [first] }, 'wx-gm1');
    const theirs = await upload(clean([200, 20, 20]), 'wx-gl');
    const { scopeOrgId: _scope, ...fields } = notice;
    const editInput = { noticeId, ...fields, title: '体检通知（更正）', imageFileIds: [first, theirs] };
    const refused = await stack.metered(editNotice, editInput, 'wx-gm1');
    expect(refused.res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'imageFileIds.1' } });
    expect(refused.writes).toBe(0);

    const second = await upload(clean([10, 160, 60]));
    expect(await stack.ok(editNotice, { ...editInput, imageFileIds: [first, second] }, 'wx-gm1')).toEqual({
      revision: 2,
    });
    expect(await stack.ok(editNotice, { ...editInput, imageFileIds: [second] }, 'wx-gm1')).toEqual({ revision: 3 });
    expect(stored()).not.toContain(first);
    const detail = await stack.ok(noticeDetail, { noticeId }, 'wx-bound');
    expect(detail).toMatchObject({ title: '体检通知（更正）', revision: 3, images: [{ fileId: second }] });
  });

  it('a group image cannot be put on a notice', async () => {
    const { fileId } = await stack.ok(uploadGroupImage, { groupId: G1, dataBase64: clean() }, 'wx-gm1');
    const res = await stack.metered(publishNotice, { ...notice, imageFileIds: [fileId] }, 'wx-gm1');
    expect(res.res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'imageFileIds.0' } });
    expect(res.writes).toBe(0);
  });
});
