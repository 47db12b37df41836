import { act, fireEvent, render, screen } from '@testing-library/react';
import type { GridRoster, RosterRow } from '../../types/ledger/roster';
import RosterPage from '../../src/features/ledger/pages/roster';
import { fakeGateway, ok, signedIn } from './support/gateway';
import { typeInto } from './support/taro-input';

const row = (id: string, name: string): RosterRow => ({
  id,
  name,
  gender: '男',
  age: 70,
  idMasked: '4404**********0011',
  phoneMasked: null,
  keyGroups: [],
  lifeStatus: 'in_district',
  verifiedAt: null,
  verifyDueAt: '2027-01-01',
  overdue: false,
  complete: true,
  bound: false,
  pendingCorrections: 0,
});
const everyone = [row('v1', '张建国'), row('v2', '李红军'), row('v3', '王振华')];
const roster = (items: RosterRow[]): GridRoster => ({
  gridId: 'g1',
  gridName: '永济社区第三网格',
  items,
  counts: {
    all: 3,
    aged80: 0,
    hardship: 0,
    contribution: 0,
    decorated: 0,
    overdue: 0,
    unverified: 0,
    incomplete: 0,
    corrections: 0,
  },
  pendingRegistrations: 0,
});

beforeEach(() => signedIn('demo-grid-1', '网格员'));

// The CI failure of 5 Dec: the page put “张”：找到 on the whole grid's rows while the search was on its way, so
// a member reading the line saw 3 people found where the search finds 1.
test('while a search is on its way the page says it is searching; the count it then shows is the rows the search found', async () => {
  let answerSearch: (() => void) | undefined;
  fakeGateway((_fn, action, input) => {
    if (action !== 'gridRoster') throw new Error(`unexpected ${action}`);
    const { query } = input as { query: string };
    if (!query) return ok(roster(everyone));
    return new Promise((resolve) => {
      answerSearch = () => resolve(ok(roster(everyone.filter((r) => r.name.startsWith(query)))));
    });
  });
  const { container } = render(<RosterPage />);
  expect(await screen.findByText('李红军 · 男 · 70岁')).toBeTruthy();

  typeInto(container, 'rosterQuery', '张');
  await act(async () => fireEvent.click(screen.getByText('搜索')));
  expect(screen.getByTestId('roster-found').textContent).toBe('正在查找“张”…');
  expect(screen.queryByText(/找到/)).toBeNull();

  await act(async () => answerSearch?.());
  expect(screen.getByTestId('roster-found').textContent).toBe('“张”：找到 1 人');
  expect(screen.queryByText('李红军 · 男 · 70岁')).toBeNull();
  expect(screen.getByText('张建国 · 男 · 70岁')).toBeTruthy();
});
