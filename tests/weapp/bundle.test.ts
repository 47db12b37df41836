import fs from 'node:fs';
import path from 'node:path';
import { WEAPP_DIST, assertBuilt } from './support/weapp-app';

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : [full];
  });
}

beforeAll(assertBuilt);

// What only the H5 demo on the local cloud may contain. (The contract's phone-proof kind
// 'demo_verified' is part of types/ and is refused by the functions outside the local cloud.)
const DEMO_MARKERS = [
  '本地演示环境',
  '模拟验证手机号',
  '选择演示身份',
  'features/demo',
  '/demo/people',
  '/gateway/call',
  'X-WX-OPENID',
  'vetgrid.demoOpenid',
];

test('the weapp bundle carries no demo page and no demo code', () => {
  const appJson = JSON.parse(fs.readFileSync(path.join(WEAPP_DIST, 'app.json'), 'utf8')) as { pages: string[] };
  expect(appJson.pages.filter((p) => p.includes('demo') || p.includes('consent'))).toEqual([]);
  const found = files(WEAPP_DIST)
    .filter((f) => /\.(js|json|wxml|wxss)$/.test(f))
    .flatMap((f) => {
      const text = fs.readFileSync(f, 'utf8');
      // Minified bundles escape Chinese as \uXXXX: look for both spellings.
      return DEMO_MARKERS.filter(
        (m) =>
          text.includes(m) ||
          text.includes(
            JSON.stringify(m)
              .slice(1, -1)
              .replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
          ),
      ).map((m) => `${path.relative(WEAPP_DIST, f)}: ${m}`);
    });
  expect(found).toEqual([]);
});

test("the weapp main package stays within its 1 MB budget; each subpackage within WeChat's 2 MB", () => {
  const appJson = JSON.parse(fs.readFileSync(path.join(WEAPP_DIST, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[];
    subpackages?: { root: string }[];
  };
  const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => path.join(WEAPP_DIST, p.root));
  const sizeOf = (list: string[]) => list.reduce((sum, f) => sum + fs.statSync(f).size, 0);
  const all = files(WEAPP_DIST);
  const main = sizeOf(all.filter((f) => !roots.some((r) => f.startsWith(r))));
  const subs = roots.map((r) => [path.relative(WEAPP_DIST, r), sizeOf(all.filter((f) => f.startsWith(r)))] as const);
  console.log(
    `weapp main package: ${(main / 1024).toFixed(0)} KB; ${subs.map(([r, n]) => `${r} ${(n / 1024).toFixed(0)} KB`).join(', ') || 'no subpackages'}; total ${(sizeOf(all) / 1024).toFixed(0)} KB`,
  );
  expect(main).toBeLessThanOrEqual(1024 * 1024);
  for (const [, n] of subs) expect(n).toBeLessThanOrEqual(2 * 1024 * 1024);
  expect(sizeOf(all)).toBeLessThanOrEqual(20 * 1024 * 1024);
});

test('the weapp app declares the privacy check and the four tabs', () => {
  const appJson = JSON.parse(fs.readFileSync(path.join(WEAPP_DIST, 'app.json'), 'utf8')) as {
    __usePrivacyCheck__?: boolean;
    tabBar: { list: { text: string }[] };
    window: { navigationBarTitleText: string };
  };
  expect(appJson.__usePrivacyCheck__).toBe(true);
  expect(appJson.tabBar.list.map((t) => t.text)).toEqual(['首页', '网格', '通知', '我的']);
  expect(appJson.window.navigationBarTitleText).toBe('网格+退役军人');
});
