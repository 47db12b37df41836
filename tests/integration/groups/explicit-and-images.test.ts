/** @jest-environment node */
import { PNG as PNG_DECODER } from 'pngjs';
import { pngImage } from '../../support/png-image';
import { startStack, type Stack } from '../../support/stack';
import {
  addGroupMembers,
  createGroup,
  groupImageUrls,
  myGroups,
  openGroup,
  postMessage,
  removeGroupMembers,
  groupMembers,
  uploadGroupImage,
} from '../../../types/groups/contracts';
import { loadGroupWorld, G1 } from './world';

let stack: Stack;
beforeEach(async () => {
  stack = await startStack({ clock: new Date('2026-03-01T02:00:00Z') });
  await loadGroupWorld(stack);
});
afterEach(() => stack.close());

const PNG = pngImage({ rgb: [30, 120, 200] }).toString('base64');

it('explicit groups: staff of the owning node create them and manage members; only members read and post', async () => {
  expect(await stack.call(createGroup, { name: '党小组', orgId: 's1' }, 'wx-bound')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await stack.call(createGroup, { name: '党小组', orgId: 's2' }, 'wx-street-admin')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  const { groupId } = await stack.ok(
    createGroup,
    { name: '南屏镇退役军人党小组', orgId: 's1', members: [{ key: 'v:v-bound' }] },
    'wx-street-admin',
  );
  expect((await stack.ok(myGroups, {}, 'wx-bound')).items.map((g) => g.id)).toEqual([G1, groupId]);
  await stack.ok(postMessage, { groupId, text: '本周六组织生活会' }, 'wx-bound');
  expect(await stack.call(openGroup, { groupId }, 'wx-vet-g2')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await stack.call(addGroupMembers, { groupId, members: [{ key: 'v:v-g2' }] }, 'wx-bound')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await stack.ok(addGroupMembers, { groupId, members: [{ key: 'v:v-g2' }] }, 'wx-street-admin')).toEqual({
    added: 1,
  });
  expect(
    (await stack.ok(openGroup, { groupId }, 'wx-vet-g2')).items.map((i) => i.type === 'message' && i.text),
  ).toEqual(['本周六组织生活会']);
  // Members see each other by name and display id, never by OPENID (issue 13 item 4); a mention uses that id.
  const seen = await stack.ok(groupMembers, { groupId }, 'wx-vet-g2');
  expect(seen.items).toEqual([{ key: 'v:v-bound', name: '李建军', label: '成员' }]);
  const { item } = await stack.ok(postMessage, { groupId, text: '@李建军 收到', mentions: ['v:v-bound'] }, 'wx-vet-g2');
  expect(item.mentions).toEqual([{ key: 'v:v-bound', name: '李建军' }]);
  expect(JSON.stringify([seen, item])).not.toMatch(/wx-/);
  expect(await stack.ok(removeGroupMembers, { groupId, keys: ['v:v-g2'] }, 'wx-street-admin')).toEqual({
    removed: 1,
  });
  expect(await stack.call(openGroup, { groupId }, 'wx-vet-g2')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await stack.call(addGroupMembers, { groupId: G1, members: [{ key: 'v:v-g2' }] }, 'wx-gl')).toMatchObject({
    ok: false,
    error: { code: 'PRECONDITION_FAILED' },
  });
});

it('a person is added by the id the app shows them under; unknown or not yet on WeChat is refused, nothing written', async () => {
  const { groupId } = await stack.ok(createGroup, { name: '党小组', orgId: 's1' }, 'wx-street-admin');
  const unknown = await stack.metered(addGroupMembers, { groupId, members: [{ key: 'v:nobody' }] }, 'wx-street-admin');
  expect(unknown.res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'members.0.key' } });
  expect(unknown.writes).toBe(0);
  const raw = await stack.call(
    addGroupMembers,
    { groupId, members: [{ openid: 'wx-vet-g2' } as never] },
    'wx-street-admin',
  );
  expect(raw).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
});

it("images: stored in the sender's own folder, their URLs only to members and only for the group's messages, wrong type or size refused", async () => {
  const { fileId } = await stack.ok(
    uploadGroupImage,
    { groupId: G1, contentType: 'image/png', dataBase64: PNG },
    'wx-bound',
  );
  expect(fileId).toMatch(/\/uploads\/[0-9a-f]{32}\/groups\/[0-9a-f]{32}-[0-9a-f]{20}\.png$/);
  expect(fileId).not.toContain('wx-bound');
  // Not shown by any message yet: no URL for it.
  expect(await stack.call(groupImageUrls, { groupId: G1, fileIds: [fileId] }, 'wx-gm1')).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  const { item } = await stack.ok(postMessage, { groupId: G1, imageFileId: fileId }, 'wx-bound');
  expect(item).toMatchObject({ kind: 'image', imageFileId: fileId, text: '' });
  const urls = await stack.ok(groupImageUrls, { groupId: G1, fileIds: [fileId] }, 'wx-gm1');
  const res = await fetch(urls.items[0].url);
  expect(res.status).toBe(200);
  // Rebuilt from its pixels: the same picture.
  const shown = PNG_DECODER.sync.read(Buffer.from(await res.arrayBuffer()));
  const sent = PNG_DECODER.sync.read(Buffer.from(PNG, 'base64'));
  expect(shown.data.equals(sent.data)).toBe(true);
  expect(await stack.call(groupImageUrls, { groupId: G1, fileIds: [fileId] }, 'wx-vet-g2')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  // Another member cannot post the sender's image as theirs.
  expect(await stack.call(postMessage, { groupId: G1, imageFileId: fileId }, 'wx-bound-2')).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', field: 'imageFileId' },
  });
  expect(
    await stack.call(
      uploadGroupImage,
      { groupId: G1, dataBase64: Buffer.from('GIF89a not an image at all').toString('base64') },
      'wx-bound',
    ),
  ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '只能上传 JPG 或 PNG 图片' } });
  const big = Buffer.concat([Buffer.from(PNG, 'base64'), Buffer.alloc(1024 * 1024)]).toString('base64');
  expect(
    await stack.call(uploadGroupImage, { groupId: G1, contentType: 'image/png', dataBase64: big }, 'wx-bound'),
  ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'dataBase64' } });
  expect(
    await stack.call(uploadGroupImage, { groupId: G1, contentType: 'image/png', dataBase64: PNG }, 'wx-vet-g2'),
  ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(stack.cloud.files()).toHaveLength(1);
});
