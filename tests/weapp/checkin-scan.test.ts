import { bootApp, renderPage, textOf, waitForText } from './support/weapp-app';
import { activityView } from './support/activity-view';

/**
 * An attendee checks in by scanning, on the BUILT weapp (issue 15 item 2: Taro.scanCode on WeChat). The detail
 * page in miniprogram-simulate, wx.scanCode and wx.cloud standing in for the camera and the functions: a tap on
 * 扫描组织者的签到码 must send the token the QR code held to checkInByScan (not a typed code to checkIn), and a QR
 * code that is not an activity's must be refused on the phone, with nothing sent.
 */
const TOKEN = 'q3_Z-09xYbW2kLmNpQrStu';
const activity = activityView({
  signedUp: 1,
  mine: { status: 'signed', position: null, checkedIn: false },
});
const sent: { action: string; input: unknown }[] = [];
let scanned = '';
const g = global as unknown as { wx: Record<string, unknown> };

beforeAll(() => {
  bootApp({
    init() {},
    async callFunction({ data }: { data: { action: string; input: unknown } }) {
      if (data.action === 'activityDetail') return { result: { ok: true, data: { activity, roster: [] } } };
      if (!data.action.startsWith('checkIn'))
        return { result: { ok: false, error: { code: 'NOT_FOUND', message: '没有' } } };
      sent.push(data);
      return { result: { ok: true, data: { checkedInAt: new Date().toISOString() } } };
    },
  });
  g.wx.scanCode = (options: { success?: (r: unknown) => void; complete?: (r: unknown) => void }) => {
    const res = { result: scanned, scanType: 'QR_CODE', errMsg: 'scanCode:ok' };
    options.success?.(res);
    options.complete?.(res);
  };
});

let page: ReturnType<typeof renderPage> | undefined;

/** Opens the detail page, taps 扫描组织者的签到码 and answers what the page shows after. */
async function tapScan(): Promise<string> {
  // One page for both tests (simulate loads a page once): after a check-in the stand-in still answers "not in".
  page ??= renderPage('features/activities/pages/detail', { id: 'act-1' });
  await waitForText(page, '扫描组织者的签到码');
  const button = (
    page as unknown as { querySelectorAll(s: string): { dom: Element; dispatchEvent(e: string): void }[] }
  )
    .querySelectorAll('.btn-primary')
    .find((b) => b.dom.textContent?.includes('扫描组织者的签到码'));
  if (!button) throw new Error(`no scan button on: ${textOf(page)}`);
  button.dispatchEvent('tap');
  await new Promise((resolve) => setTimeout(resolve, 300));
  return textOf(page);
}

beforeEach(() => {
  sent.length = 0;
});

test('a scanned activity QR code sends its token to checkInByScan', async () => {
  scanned = `vetgrid-checkin:${TOKEN}`;
  await tapScan();
  expect(sent).toEqual([{ action: 'checkInByScan', input: { activityId: 'act-1', token: TOKEN } }]);
});

test('another QR code (here six digits, as the old QR code held) is refused on the phone, nothing sent', async () => {
  scanned = '418305';
  const shown = await tapScan();
  expect(shown).toContain('这不是活动签到二维码，请扫描组织者手机上的签到码');
  expect(sent).toEqual([]);
});
