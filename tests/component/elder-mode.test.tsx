import fs from 'node:fs';
import path from 'node:path';
import { act, fireEvent, render, screen } from '@testing-library/react';
import MePage from '../../src/features/me/pages/index';
import HomePage from '../../src/features/home/pages/index';
import { fakeGateway, ok, signedIn } from './support/gateway';

const newUser = { roles: [], veteran: null, registration: null, preferences: { elderMode: null } };

beforeEach(() => signedIn());

test('长辈模式 in 我的 puts the large-text class on the page root, remembers it, and other pages follow', async () => {
  fakeGateway(() => ok(newUser));
  render(
    <>
      <MePage />
      <HomePage />
    </>,
  );
  const [me, home] = screen.getAllByTestId('page-root');
  expect(me.className).not.toContain('elder-mode');
  await act(async () => fireEvent.click(screen.getByTestId('elder-mode-row')));
  expect(me.className).toContain('elder-mode');
  expect(home.className).toContain('elder-mode');
  expect(JSON.parse(window.localStorage.getItem('vetgrid.elderMode') ?? 'null')).toMatchObject({ data: true });
  await act(async () => fireEvent.click(screen.getByTestId('elder-mode-row')));
  expect(me.className).not.toContain('elder-mode');
});

test('the large-text class sets at least 20px text and 48px tap targets', () => {
  const css = fs.readFileSync(path.resolve(__dirname, '../../src/app.css'), 'utf8');
  const block = /\.app-root\.elder-mode\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const px = (name: string) => Number(new RegExp(`--${name}:\\s*(\\d+)px`).exec(block)?.[1] ?? 0);
  expect(px('font-base')).toBeGreaterThanOrEqual(20);
  expect(px('font-small')).toBeGreaterThanOrEqual(18);
  expect(px('tap-min')).toBeGreaterThanOrEqual(48);
});
