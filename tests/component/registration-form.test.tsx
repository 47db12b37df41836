import { act, fireEvent, render, screen } from '@testing-library/react';
import RegistrationPage from '../../src/features/registration/pages/index';
import { idCheckChar } from '../../types/common/validators';
import { fakeGateway, ok, signedIn } from './support/gateway';
import { typeInto } from './support/taro-input';

const first17 = '44040219650312001';
const validId = first17 + idCheckChar(first17);
const wrongCheckDigit = first17 + (idCheckChar(first17) === '1' ? '2' : '1');

function fill(container: HTMLElement, values: { name: string; idNumber: string; phone: string }) {
  typeInto(container, 'name', values.name);
  typeInto(container, 'idNumber', values.idNumber);
  typeInto(container, 'phone', values.phone);
}

async function submit() {
  await act(async () => fireEvent.click(screen.getByText('提交登记')));
}

beforeEach(() => signedIn('demo-new-1', '新微信用户'));

test('a wrong ID check digit, a non-mainland phone and an empty name are each explained, and nothing is sent', async () => {
  const gateway = fakeGateway(() => ok({ status: 'bound', veteranId: 'v1', gridName: '第三网格' }));
  const { container } = render(<RegistrationPage />);
  fill(container, { name: '', idNumber: wrongCheckDigit, phone: '12345678901' });
  await submit();
  expect(screen.getByTestId('error-idNumber').textContent).toBe('身份证号校验位不正确，请核对后重新输入');
  expect(screen.getByTestId('error-phone').textContent).toBe('请填写11位中国大陆手机号');
  expect(screen.getByTestId('error-name').textContent).toBe('请填写姓名');
  expect(gateway.calls.filter((c) => c.action === 'register')).toHaveLength(0);
});

test('a name longer than 30 characters is refused with its limit', async () => {
  const gateway = fakeGateway(() => ok({ status: 'bound', veteranId: 'v1', gridName: '第三网格' }));
  const { container } = render(<RegistrationPage />);
  fill(container, { name: '王'.repeat(31), idNumber: validId, phone: '13800138000' });
  await submit();
  expect(screen.getByTestId('error-name').textContent).toBe('姓名不能超过30个字');
  expect(screen.queryByTestId('error-idNumber')).toBeNull();
  expect(gateway.calls).toHaveLength(0);
});

test('correcting a field clears the errors; a valid form is sent with the simulated phone check', async () => {
  const gateway = fakeGateway(() => ok({ status: 'bound', veteranId: 'v1', gridName: '永济社区第三网格' }));
  const { container } = render(<RegistrationPage />);
  fill(container, { name: '张建国', idNumber: wrongCheckDigit, phone: '13800138000' });
  await submit();
  expect(screen.getByTestId('error-idNumber')).toBeTruthy();
  typeInto(container, 'idNumber', validId.toLowerCase());
  expect(screen.queryByTestId('error-idNumber')).toBeNull();
  fireEvent.click(screen.getByText('☐ 模拟验证手机号'));
  await submit();
  expect(gateway.calls).toEqual([
    {
      fn: 'account',
      action: 'register',
      input: { name: '张建国', idNumber: validId, phone: '13800138000', phoneProof: { kind: 'demo_verified' } },
      openid: 'demo-new-1',
    },
  ]);
  expect(await screen.findByText('已绑定档案')).toBeTruthy();
  expect(screen.getByText('进入首页')).toBeTruthy();
});

test('an error the function finds in a field is shown under that field', async () => {
  fakeGateway(() => ({
    body: {
      result: {
        ok: false,
        error: { code: 'ALREADY_EXISTS', message: '该身份证号已被其他微信账号绑定', field: 'idNumber' },
      },
    },
  }));
  const { container } = render(<RegistrationPage />);
  fill(container, { name: '张建国', idNumber: validId, phone: '13800138000' });
  await submit();
  expect((await screen.findByTestId('error-idNumber')).textContent).toBe('该身份证号已被其他微信账号绑定');
});
