import { bootApp, renderPage, waitForText } from './support/weapp-app';

const calls: { name: string; data: { action: string } }[] = [];
const veteran = {
  roles: [{ role: 'veteran', roleLabel: '退役军人', orgId: 'g3', orgName: '第三网格', orgPath: [], isAdmin: false }],
  veteran: {
    id: 'v1',
    name: '张建国',
    idMasked: '440402********1234',
    phoneMasked: '138****5678',
    gridId: 'g3',
    gridName: '第三网格',
  },
  registration: null,
  preferences: { elderMode: null },
};
const grid = {
  grid: { id: 'g3', name: '永济社区第三网格', kind: 'grid' },
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
      name: '李卫东',
      role: 'grid_leader',
      roleLabel: '网格长',
      workPhone: '13800001111',
      isVeteran: true,
    },
  ],
};

const notices = {
  items: [
    {
      id: 'n1',
      title: '退役军人优待证集中申领',
      category: '优待证',
      summary: '',
      scopeName: '香洲区',
      publisherLabel: '区退役军人事务局',
      createdAt: '2026-03-01T02:00:00.000Z',
      expiresAt: '2026-05-01T02:00:00.000Z',
      expired: false,
      requireAck: false,
      revision: 1,
      withdrawn: false,
      unread: true,
      needsMyAck: false,
      mine: false,
    },
  ],
  hasMore: false,
  unread: 1,
};
const answers: Record<string, unknown> = {
  whoami: veteran,
  myGrid: grid,
  myGroups: { items: [], totalUnread: 0 },
  listNotices: notices,
};

const fakeCloud = {
  inited: [] as unknown[],
  init(options: unknown) {
    this.inited.push(options);
  },
  async callFunction(request: { name: string; data: { action: string } }) {
    calls.push(request);
    return { result: { ok: true, data: answers[request.data.action] ?? {} } };
  },
};

beforeAll(() => bootApp(fakeCloud));

test('the built 首页 calls the account and org functions through wx.cloud and shows the grid and its members', async () => {
  const page = renderPage('features/home/pages/index');
  const text = await waitForText(page, '永济社区第三网格');
  expect(text).toContain('永济社区第三网格');
  expect(text).toContain('李卫东（退役军人）');
  expect(text).toContain('永济社区退役军人服务站');
  await waitForText(page, '退役军人优待证集中申领');
  expect(text).not.toContain('本地演示环境');
  // Besides the grid: the latest notices, and the unread counts behind the tab badges.
  expect([...new Set(calls.map((c) => `${c.name}.${c.data.action}`))].sort()).toEqual([
    'account.whoami',
    'groups.myGroups',
    'notices.listNotices',
    'org.myGrid',
  ]);
  // No VETGRID_CLOUD_ENV at build time: the AppID's default environment (README, deploying).
  expect(fakeCloud.inited).toEqual([{ traceUser: true }]);
});
