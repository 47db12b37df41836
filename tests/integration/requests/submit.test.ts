/** @jest-environment node */
import type { Stack } from '../../support/stack';
import { submitRequest, uploadRequestPhoto } from '../../../types/requests/submit';
import { myRequests, requestDetail } from '../../../types/requests/follow';
import { countRequests, PNG_1PX, seededStack, stored, token, who } from './support';

jest.setTimeout(60_000);
let stack: Stack;
beforeAll(async () => {
  stack = await seededStack();
});
afterAll(() => stack.close());

const form = (extra: object = {}) => ({
  clientToken: token(),
  category: '优抚待遇' as const,
  description: '这个月的抚恤金还没有到账，请帮忙查一下。',
  contact: { method: 'phone' as const, phone: '13912345678' },
  ...extra,
});

describe('submitting a request', () => {
  it('gets a reference number of the day, lands at the first level of its category, and the veteran sees it', async () => {
    const photo = await stack.ok(uploadRequestPhoto, { contentType: 'image/png', dataBase64: PNG_1PX }, who.veteranA);
    // The account's own folder, whose name says nothing of who it is.
    expect(photo.fileID).toMatch(/^cloud:\/\/.+\/uploads\/[0-9a-f]{32}\/requests\//);
    expect(photo.fileID).not.toContain(who.veteranA);
    const res = await stack.ok(submitRequest, form({ photos: [photo.fileID] }), who.veteranA);
    expect(res.refNo).toMatch(/^SQ-20261130-\d{4}$/);
    expect(res).toMatchObject({ status: 'submitted', created: true });
    const doc = stored(stack, res.id);
    expect([doc.level, doc.handlerOrgId, doc.contact.phoneMasked]).toEqual(['community', 'c-10-01', '139****5678']);
    expect(JSON.stringify(doc)).not.toContain('13912345678');
    const mine = await stack.ok(myRequests, { state: 'open' }, who.veteranA);
    expect(mine.items.map((i) => i.refNo)).toContain(res.refNo);
    const detail = await stack.ok(requestDetail, { id: res.id }, who.veteranA);
    expect(detail.photoUrls).toHaveLength(1);
    expect(detail.handler.orgName).toBe('永济社区退役军人服务站');
    const image = await fetch(detail.photoUrls[0]);
    expect(image.status).toBe(200);
    expect(detail.steps.sort()).toEqual(['addInfo']);
  });

  it('a retried submission (same client token) never makes two requests, even sent three times at once', async () => {
    const same = form();
    const before = countRequests(stack);
    const results = await Promise.all([1, 2, 3].map(() => stack.ok(submitRequest, same, who.veteranA)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(new Set(results.map((r) => r.refNo)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const again = await stack.ok(submitRequest, same, who.veteranA);
    expect([again.id, again.created]).toEqual([results[0].id, false]);
    expect(countRequests(stack)).toBe(before + 1);
  });

  it('numbers go up by one within the day, and start again the next day', async () => {
    const a = await stack.ok(submitRequest, form(), who.veteranA);
    const b = await stack.ok(submitRequest, form(), who.veteranA);
    expect(Number(b.refNo.slice(-4))).toBe(Number(a.refNo.slice(-4)) + 1);
    stack.cloud.clock.set('2026-12-01T01:00:00Z');
    expect((await stack.ok(submitRequest, form(), who.veteranA)).refNo).toBe('SQ-20261201-0001');
  });

  it('a grid member files for a veteran of their grid; the veteran then follows it', async () => {
    const veteranId = stored(stack, (await stack.ok(myRequests, {}, who.veteranA)).items[0].id).veteranId;
    const res = await stack.ok(submitRequest, form({ veteranId, category: '政策咨询' }), who.gridMemberA);
    const doc = stored(stack, res.id);
    expect([doc.openid, doc.filedBy, doc.level]).toEqual([who.veteranA, 'st-g-10-01-3-2', 'grid']);
    expect(doc.timeline[0].byName).toContain('代为提交');
    expect((await stack.ok(myRequests, {}, who.veteranA)).items.map((i) => i.id)).toContain(res.id);
  });
});

describe('bad input: a clear error, nothing written', () => {
  it.each([
    ['an empty description', { description: '' }, 'description', '至少 5 个字'],
    ['an oversized description', { description: '诉'.repeat(1001) }, 'description', '1000'],
    ['an unknown category', { category: '投诉邻居' }, 'category', '类别'],
    [
      'seven photos',
      { photos: Array.from({ length: 7 }, (_, i) => `cloud://env.b/uploads/requests/demo-veteran-1/${i}.jpg`) },
      'photos',
      '最多上传 6 张',
    ],
    [
      "someone else's photo",
      { photos: ['cloud://env.b/uploads/requests/demo-veteran-2/x.jpg'] },
      'photos.0',
      '自己上传',
    ],
    ['phone contact without a phone', { contact: { method: 'phone' } }, 'contact.phone', '手机号'],
  ])('%s', async (_label, patch, field, words) => {
    const { res, writes } = await stack.metered(submitRequest, form(patch) as never, who.veteranA);
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } });
    expect(JSON.stringify(res)).toContain(words);
    expect(writes).toBe(0);
  });

  it('a photo that is not an image, or too large', async () => {
    const text = await stack.metered(
      uploadRequestPhoto,
      { contentType: 'image/png', dataBase64: Buffer.from('not really a picture').toString('base64') },
      who.veteranA,
    );
    expect(text.res).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '只能上传 JPG 或 PNG 图片' },
    });
    const big = await stack.metered(
      uploadRequestPhoto,
      { contentType: 'image/jpeg', dataBase64: 'A'.repeat(1_500_000) },
      who.veteranA,
    );
    expect(big.res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'dataBase64' } });
    expect(text.writes + big.writes).toBe(0);
    // Only the photo of the first test is stored.
    expect(stack.cloud.files().filter((f) => /^uploads\/[0-9a-f]{32}\/requests\//.test(f.cloudPath))).toHaveLength(1);
  });

  it('filing for a veteran of another grid, or without a bound file', async () => {
    const otherGrid = stored(stack, (await stack.ok(myRequests, {}, who.veteranA)).items[0].id).veteranId;
    const outside = await stack.metered(submitRequest, form({ veteranId: otherGrid }), 'demo-grid-member-g-01-01-1');
    expect(outside.res.ok ? 'ok' : outside.res.error.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    const stranger = await stack.metered(submitRequest, form(), 'wx-nobody');
    expect(stranger.res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(outside.writes + stranger.writes).toBe(0);
  });
});
