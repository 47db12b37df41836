/** @jest-environment node */
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
const flagged = () => pngImage({ text: `demo ${RISKY_IMAGE_MARKER}` }).toString('base64');
const stored = () => stack.cloud.files().map((f) => f.fileID);
const notice = {
  title: '体检通知',
  body: '周五上午体检，请带身份证。',
  category: '医疗保障' as const,
  expiresInDays: 30,
  scopeOrgId: 'g1',
};
const REFUSED = { code: 'CONTENT_REJECTED', message: '图片含有不适宜的内容，未能发出，已从云端删除，请换一张图片' };

describe("group images pass WeChat's image check before the message is stored", () => {
  it('a flagged image is refused in Chinese, nothing is written and the file is gone; a clean one is posted', async () => {
    const { fileId: bad } = await stack.ok(
      uploadGroupImage,
      { groupId: G1, contentType: 'image/png', base64: flagged() },
      'wx-bound',
    );
    expect(stored()).toEqual([bad]);
    const refused = await stack.metered(postMessage, { groupId: G1, imageFileId: bad }, 'wx-bound');
    expect(refused.res).toEqual({ ok: false, error: { ...REFUSED, field: 'imageFileId' } });
    expect(refused.writes).toBe(0);
    expect(stored()).toEqual([]);
    expect((await stack.ok(openGroup, { groupId: G1 }, 'wx-gm1')).items).toEqual([]);

    const { fileId: good } = await stack.ok(
      uploadGroupImage,
      { groupId: G1, contentType: 'image/png', base64: clean() },
      'wx-bound',
    );
    expect(await stack.ok(postMessage, { groupId: G1, imageFileId: good }, 'wx-bound')).toMatchObject({
      item: { kind: 'image', imageFileId: good },
    });
    expect(stored()).toEqual([good]);
  });

  it('a file that was never uploaded is refused without writing', async () => {
    const missing = `cloud://${stack.cloud.envId}.bucket/groups/${G1}/0123456789abcdef.png`;
    const res = await stack.metered(postMessage, { groupId: G1, imageFileId: missing }, 'wx-bound');
    expect(res.res).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '图片没有上传成功，请重新上传', field: 'imageFileId' },
    });
    expect(res.writes).toBe(0);
  });
});

describe('notice images: uploaded to notices/, checked when published or added by an edit', () => {
  const upload = async (base64: string, openid = 'wx-gm1') =>
    (await stack.ok(uploadNoticeImage, { contentType: 'image/png', base64 }, openid)).fileId;

  it('only publishers upload notice images, into notices/', async () => {
    expect(await upload(clean())).toMatch(/\/notices\/[0-9a-f]{32}\.png$/);
    expect(
      await stack.call(uploadNoticeImage, { contentType: 'image/png', base64: clean() }, 'wx-bound'),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await stack.call(uploadNoticeImage, { contentType: 'image/png', base64: clean() }, null)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(stored()).toHaveLength(1);
  });

  it('publishing with a flagged image writes nothing and deletes only that file; the clean notice then reaches its readers', async () => {
    const good = await upload(clean());
    const bad = await upload(flagged());
    const refused = await stack.metered(publishNotice, { ...notice, imageFileIds: [good, bad] }, 'wx-gm1');
    expect(refused.res).toEqual({ ok: false, error: { ...REFUSED, field: 'imageFileIds.1' } });
    expect(refused.writes).toBe(0);
    expect(stored()).toEqual([good]);
    expect((await stack.ok(listNotices, {}, 'wx-bound')).items).toEqual([]);

    const { noticeId } = await stack.ok(publishNotice, { ...notice, imageFileIds: [good] }, 'wx-gm1');
    expect((await stack.ok(listNotices, {}, 'wx-bound')).items).toEqual([
      expect.objectContaining({ id: noticeId, imageCount: 1 }),
    ]);
    expect((await stack.ok(openGroup, { groupId: G1 }, 'wx-bound')).items).toEqual([
      expect.objectContaining({ type: 'notice', imageCount: 1 }),
    ]);
    const detail = await stack.ok(noticeDetail, { noticeId }, 'wx-bound');
    expect(detail.images).toEqual([{ fileId: good, url: expect.stringMatching(/^http/) }]);
    const res = await fetch(detail.images[0].url);
    expect(Buffer.from(await res.arrayBuffer()).equals(pngImage({ rgb: [30, 120, 200] }))).toBe(true);
    expect(await stack.call(noticeDetail, { noticeId }, 'wx-vet-g2')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('an edit checks only the images it adds: a flagged one is refused with nothing written; a dropped image is deleted', async () => {
    const first = await upload(clean());
    const { noticeId } = await stack.ok(publishNotice, { ...notice, imageFileIds: [first] }, 'wx-gm1');
    const bad = await upload(flagged());
    const { scopeOrgId: _scope, ...fields } = notice;
    const editInput = { noticeId, ...fields, title: '体检通知（更正）', imageFileIds: [first, bad] };
    const refused = await stack.metered(editNotice, editInput, 'wx-gm1');
    expect(refused.res).toEqual({ ok: false, error: { ...REFUSED, field: 'imageFileIds.1' } });
    expect(refused.writes).toBe(0);
    expect(stored()).toEqual([first]);
    expect(await stack.ok(noticeDetail, { noticeId }, 'wx-bound')).toMatchObject({ title: '体检通知', revision: 1 });

    const second = await upload(clean([10, 160, 60]));
    expect(await stack.ok(editNotice, { ...editInput, imageFileIds: [second] }, 'wx-gm1')).toEqual({ revision: 2 });
    expect(stored()).toEqual([second]);
    const detail = await stack.ok(noticeDetail, { noticeId }, 'wx-bound');
    expect(detail).toMatchObject({ title: '体检通知（更正）', revision: 2, images: [{ fileId: second }] });
  });

  it('an image outside notices/ is refused before anything is read', async () => {
    const { fileId } = await stack.ok(
      uploadGroupImage,
      { groupId: G1, contentType: 'image/png', base64: clean() },
      'wx-gm1',
    );
    const res = await stack.metered(publishNotice, { ...notice, imageFileIds: [fileId] }, 'wx-gm1');
    expect(res.res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'imageFileIds.0' } });
    expect(res.writes).toBe(0);
    expect(stored()).toEqual([fileId]);
  });
});
