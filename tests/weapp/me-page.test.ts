import { bootApp, renderPage, waitForText } from './support/weapp-app';

const newUser = { roles: [], veteran: null, registration: null, preferences: { elderMode: null } };

beforeAll(() =>
  bootApp({
    init() {},
    async callFunction() {
      return { result: { ok: true, data: newUser } };
    },
  }),
);

test('the built 我的 shows 长辈模式 and the privacy guide, and offers registration to a new user', async () => {
  const page = renderPage('features/me/pages/index');
  const text = await waitForText(page, '尚未登记');
  expect(text).toContain('长辈模式');
  expect(text).toContain('隐私保护指引');
  expect(text).toContain('退役军人登记');
  expect(text).not.toContain('本地演示环境');
});
