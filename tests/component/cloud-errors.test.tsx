import { act, fireEvent, render, screen } from '@testing-library/react';
import HomePage from '../../src/features/home/pages/index';
import { fail, fakeGateway, ok, signedIn } from './support/gateway';

const veteranWho = {
  roles: [{ role: 'veteran', roleLabel: '退役军人', orgId: 'g1', orgName: '第三网格', orgPath: [], isAdmin: false }],
  veteran: {
    id: 'v1',
    name: '张建国',
    idMasked: '440402********1234',
    phoneMasked: '138****5678',
    gridId: 'g1',
    gridName: '第三网格',
  },
  registration: null,
  preferences: { elderMode: null },
};
const grid = {
  grid: { id: 'g1', name: '永济社区第三网格', kind: 'grid' },
  community: {
    id: 'c1',
    name: '永济社区',
    kind: 'community',
    station: { name: '永济社区退役军人服务站', address: '南屏镇永济路1号', phone: '07561234567' },
  },
  street: { id: 's1', name: '南屏镇', kind: 'street' },
  team: [
    {
      staffId: 'st1',
      name: '李网格',
      role: 'grid_leader',
      roleLabel: '网格长',
      workPhone: '13800001111',
      isVeteran: true,
    },
  ],
};

beforeEach(() => signedIn());

test('a network failure shows the Chinese message and 重试, and 重试 loads the page', async () => {
  let online = false;
  const gateway = fakeGateway((_fn, action) => {
    if (!online) return 'network-down';
    if (action === 'myGroups') return ok({ items: [], totalUnread: 0 });
    if (action === 'listNotices') return ok({ items: [], hasMore: false, unread: 0 });
    return action === 'whoami' ? ok(veteranWho) : ok(grid);
  });
  render(<HomePage />);
  expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy();
  online = true;
  await act(async () => fireEvent.click(screen.getByText('重试')));
  expect(await screen.findByText('永济社区第三网格')).toBeTruthy();
  expect(screen.getByText('李网格（退役军人）')).toBeTruthy();
  // The page's own reads, in order (the notices card and the tab badges read alongside; the session's
  // first page also reads the person's saved settings, one whoami).
  expect(gateway.calls.map((c) => c.action).filter((a) => a === 'whoami' || a === 'myGrid')).toEqual([
    'whoami',
    'whoami',
    'whoami',
    'myGrid',
  ]);
  expect(gateway.calls.every((c) => c.openid === 'demo-veteran-1')).toBe(true);
});

test('an error envelope shows its own message and offers no pointless retry', async () => {
  fakeGateway(() => fail('FORBIDDEN', '您没有查看该网格的权限'));
  render(<HomePage />);
  expect(await screen.findByText('您没有查看该网格的权限')).toBeTruthy();
  expect(screen.queryByText('重试')).toBeNull();
});

test('a gateway HTTP error with an error body is shown as that error', async () => {
  fakeGateway(() => ({ status: 429, body: { error: { code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' } } }));
  render(<HomePage />);
  expect(await screen.findByText('操作太频繁，请稍后再试')).toBeTruthy();
  expect(screen.getByText('重试')).toBeTruthy();
});
