import { act, fireEvent, render, screen } from '@testing-library/react';
import RegistrationPage from '../../src/features/registration/pages/index';
import { idCheckChar } from '../../types/common/validators';
import { fakeGateway, ok, signedIn } from './support/gateway';
import { typeInto } from './support/taro-input';

const first17 = '44040219700101002';
const id = first17 + idCheckChar(first17);
const children: Record<string, { id: string; name: string; kind: string }[]> = {
  root: [
    { id: 's1', name: '南屏镇', kind: 'street' },
    { id: 's2', name: '香湾街道', kind: 'street' },
  ],
  s1: [{ id: 'c1', name: '永济社区', kind: 'community' }],
  c1: [
    { id: 'g1', name: '第一网格', kind: 'grid' },
    { id: 'g3', name: '第三网格', kind: 'grid' },
  ],
};

beforeEach(() => signedIn('demo-new-2', '新微信用户'));

test('no matching file: the street → community → grid picker files a pending registration', async () => {
  const gateway = fakeGateway((_fn, action, input) => {
    if (action === 'listChildren')
      return ok({ items: children[(input as { parentId: string | null }).parentId ?? 'root'] ?? [] });
    const gridId = (input as { gridId?: string }).gridId;
    return ok(
      gridId
        ? { status: 'pending', registrationId: 'r1', gridName: '永济社区第三网格', matchKind: 'none' }
        : { status: 'needs_grid' },
    );
  });
  const { container } = render(<RegistrationPage />);
  typeInto(container, 'name', '陈志强');
  typeInto(container, 'idNumber', id);
  typeInto(container, 'phone', '13912345678');
  await act(async () => fireEvent.click(screen.getByText('提交登记')));

  expect(await screen.findByText('请选择您居住的网格')).toBeTruthy();
  await act(async () => fireEvent.click(await screen.findByText('南屏镇')));
  await act(async () => fireEvent.click(await screen.findByText('永济社区')));
  await act(async () => fireEvent.click(await screen.findByText('第三网格')));
  expect(screen.getByText('已选择：南屏镇 · 永济社区 · 第三网格')).toBeTruthy();
  await act(async () => fireEvent.click(screen.getByText('提交登记')));

  expect(await screen.findByText('待网格员确认')).toBeTruthy();
  expect(screen.getByText(/已提交到「永济社区第三网格」/)).toBeTruthy();
  const registers = gateway.calls.filter((c) => c.action === 'register');
  expect(registers.map((c) => (c.input as { gridId?: string }).gridId)).toEqual([undefined, 'g3']);
  expect(gateway.calls.filter((c) => c.action === 'listChildren').map((c) => c.input)).toEqual([
    { parentId: null, includeUnits: false },
    { parentId: 's1', includeUnits: false },
    { parentId: 'c1', includeUnits: false },
  ]);
});
