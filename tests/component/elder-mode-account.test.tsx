import { act, render, screen, waitFor } from '@testing-library/react';
import HomePage from '../../src/features/home/pages/index';
import { forgetDevicePreferences } from '../../src/lib/preferences/account-preferences';
import { elderModeStore } from '../../src/lib/preferences/elder-mode';
import { fakeGateway, ok, signedIn } from './support/gateway';

// WeChat's own font setting is large on this phone (getAppBaseInfo().fontSizeScaleFactor >= 1.2).
jest.mock('../../src/lib/preferences/wechat-font', () => ({ wechatFontIsLarge: () => true }));

const who = (elderMode: boolean | null) => ({
  roles: [],
  veteran: null,
  registration: null,
  preferences: { elderMode },
});

beforeEach(() => {
  window.localStorage.clear();
  signedIn();
  forgetDevicePreferences();
});

const root = () => screen.getAllByTestId('page-root')[0];

test('with a large WeChat font and no saved choice, 长辈模式 is on', async () => {
  fakeGateway(() => ok(who(null)));
  render(<HomePage />);
  await act(async () => {});
  expect(root().className).toContain('elder-mode');
});

test('a choice saved with the account (off) wins over the large WeChat font', async () => {
  fakeGateway(() => ok(who(false)));
  render(<HomePage />);
  await waitFor(() => expect(root().className).not.toContain('elder-mode'));
});

test('a choice this device made before choices were saved is kept and saved to the account', async () => {
  elderModeStore.set(false);
  const gateway = fakeGateway(() => ok(who(null)));
  render(<HomePage />);
  await waitFor(() => expect(gateway.calls.some((c) => c.action === 'savePreferences')).toBe(true));
  expect(gateway.calls.find((c) => c.action === 'savePreferences')?.input).toEqual({ elderMode: false });
  expect(root().className).not.toContain('elder-mode');
});
