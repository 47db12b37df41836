import jsQR from 'jsqr';
import sharp from 'sharp';
import fs from 'node:fs';
import path from 'node:path';
import { bootApp, renderPage, WEAPP_DIST, waitForText } from './support/weapp-app';
import { activityView } from './support/activity-view';

/**
 * The organiser's rotating check-in code on the BUILT weapp (issue 15: the QR was only checked on H5). The
 * organise page in miniprogram-simulate, its functions answered by a stand-in for wx.cloud: the page must
 * show the six digits and an <image> whose source is a picture (a data URL, no canvas: WeChat's image
 * component shows it) that a camera-side decoder (jsQR, not the code that drew it) reads back as the scan token
 * the function gave, after `vetgrid-checkin:`.
 */
const CODE = '418305';
const SCAN_TOKEN = 'q3_Z-09xYbW2kLmNpQrStu';
const activity = activityView({ organising: true });
const answers: Record<string, unknown> = {
  activityDetail: { activity, roster: [] },
  checkinCode: {
    code: CODE,
    scanToken: SCAN_TOKEN,
    expiresAt: new Date(Date.now() + 30_000).toISOString(),
    secondsLeft: 30,
  },
};

beforeAll(() => {
  bootApp({
    init() {},
    async callFunction({ data }: { data: { action: string } }) {
      const answer = answers[data.action];
      return {
        result: answer ? { ok: true, data: answer } : { ok: false, error: { code: 'NOT_FOUND', message: '没有' } },
      };
    },
  });
});

/** What a camera-side decoder reads in a data:image/...;base64 URL. */
async function decode(url: string): Promise<string | null> {
  const [, base64] = url.split(',');
  const { data, info } = await sharp(Buffer.from(base64, 'base64'))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null;
}

/**
 * The source WeChat would give the <image> rendered as `img`: simulate keeps no attributes of built-in
 * components, so the binding is read as WeChat reads it, from the built base.wxml (`<image src="{{i.pN}}"`)
 * applied to the page data node the element was rendered from (the same `data-sid`).
 */
function imageSource(page: { instance?: { data?: unknown } }, img: Element): string {
  const wxml = fs.readFileSync(path.join(WEAPP_DIST, 'base.wxml'), 'utf8');
  const key = /<image src="\{\{i\.(\w+)\}\}"/.exec(wxml)?.[1];
  if (!key) throw new Error('base.wxml binds no <image src>');
  const sid = img.getAttribute('data-sid');
  let src = '';
  const walk = (v: unknown) => {
    if (src || !v || typeof v !== 'object') return;
    const node = v as Record<string, unknown>;
    if (node.sid === sid && typeof node[key] === 'string') src = node[key] as string;
    else for (const x of Object.values(node)) walk(x);
  };
  walk(page.instance?.data);
  return src;
}

test('the built organise page shows the check-in code and a QR image that a camera decoder reads as its scan token', async () => {
  const page = renderPage('features/activities/pages/organise', { id: 'act-1' });
  const text = await waitForText(page, CODE);
  expect(text).toContain('签到码');
  const img = page.dom?.querySelector('wx-image.page--checkin-qr');
  expect(img).toBeTruthy();
  const src = imageSource(page as never, img as Element);
  expect(src.startsWith('data:image/gif;base64,')).toBe(true);
  expect(await decode(src)).toBe(`vetgrid-checkin:${SCAN_TOKEN}`);
});
