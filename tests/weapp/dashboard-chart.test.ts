import { bootApp, renderPage, waitForText } from './support/weapp-app';

/**
 * The built dashboard subpackage in miniprogram-simulate. simulate has no canvas, so the test hands the
 * page a 2d canvas node whose context records every drawing call (what the ec-canvas approach gives
 * echarts on a device) and checks that echarts drew the monthly bars and the axis labels into it.
 */
const months = ['2025-01', '2025-02', '2025-03'].map((month, i) => ({
  month,
  visits: [120, 80, 45][i],
  visitValueFen: [3_000_000, 1_200_000, 500_000][i],
  subsidies: 1,
  subsidyFen: 300_000,
}));
const row = {
  id: 's-10',
  name: '南屏镇',
  kind: 'street',
  veterans: 2000,
  filed: 1740,
  filingRate: 0.87,
  aged80: 80,
  hardship: 40,
  contribution: 20,
  decorated: 50,
  keyGroups: 190,
  visits: 245,
  visitValueFen: 4_700_000,
  subsidies: 3,
  subsidyFen: 900_000,
};
const data = {
  node: { id: 's-10', name: '南屏镇', kind: 'street', parentId: 'd-xz' },
  period: { from: '2025-01', to: '2025-03' },
  total: row,
  children: [{ ...row, id: 'c-10-01', name: '永济社区', kind: 'community' }],
  months,
  relief: { cases: 1, paidFen: 5_000_000 },
  requests: { received: 10, solved: 8, satisfaction: 0.9 },
  notices: null,
  filingRule: '档案各必填部分均已填写，且已核实',
};

const calls: string[] = [];
const texts: string[] = [];
function recordingContext(): Record<string, unknown> {
  const ctx: Record<string, unknown> = { canvas: null, measureText: (t: string) => ({ width: t.length * 6 }) };
  return new Proxy(ctx, {
    get(target, key: string) {
      if (key in target) return target[key];
      return (...args: unknown[]) => {
        calls.push(key);
        if (key === 'fillText') texts.push(String(args[0]));
      };
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  });
}

const g = global as unknown as { wx: Record<string, unknown> };

beforeAll(() => {
  bootApp({
    init() {},
    async callFunction() {
      return { result: { ok: true, data } };
    },
  });
  const node = {
    width: 300,
    height: 240,
    getContext: () => recordingContext(),
    addEventListener() {},
    removeEventListener() {},
    style: {},
  };
  const query = {
    select: () => query,
    in: () => query,
    fields: () => query,
    exec: (cb: (r: unknown[]) => void) => setTimeout(() => cb([{ node, width: 300, height: 240 }]), 0),
  };
  g.wx.createSelectorQuery = () => query;
  g.wx.getSystemInfoSync = () => ({ pixelRatio: 2, windowWidth: 375, platform: 'devtools' });
});

test('the built dashboard shows the figures and echarts draws the monthly chart on the 2d canvas', async () => {
  const page = renderPage('features/dashboard/pages/index');
  const text = await waitForText(page, '各月走访');
  expect(text).toContain('245 次');
  expect(text).toContain('87.0%');
  expect(text).toContain('永济社区');
  const deadline = Date.now() + 3000;
  while (!texts.includes('25-01') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  expect(texts).toEqual(expect.arrayContaining(['25-01', '25-02', '25-03']));
  expect(calls).toEqual(expect.arrayContaining(['fill']));
});
