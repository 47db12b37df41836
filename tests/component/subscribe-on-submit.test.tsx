import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import SubmitRequestPage from '../../src/features/requests/pages/submit';
import { templateIdOf } from '../../types/notify/templates';
import { signedIn } from './support/gateway';

type Call = { url: string; body: Record<string, any> };

/** The local cloud's gateway and its stand-in for WeChat's subscribe prompt, recording every request in order. */
function fakeLocalCloud() {
  const calls: Call[] = [];
  (globalThis as { fetch?: unknown }).fetch = jest.fn(async (url: string, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Record<string, any>;
    calls.push({ url, body });
    if (url === '/localcloud/api/subscribe-message') {
      return { ok: true, status: 200, json: async () => ({ errMsg: 'ok', [body.tmplIds[0]]: 'accept' }) } as Response;
    }
    const data = body.data.action === 'submitRequest' ? { id: 'r1', refNo: 'SQ-1' } : { items: [] };
    return { ok: true, status: 200, json: async () => ({ result: { ok: true, data } }) } as Response;
  });
  return calls;
}

beforeEach(() => {
  signedIn('demo-veteran-1', '演示退役军人');
  jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve({ errMsg: 'redirectTo:ok' }) as never);
});

test('tapping 提交诉求 asks WeChat for the request-progress reminder inside the tap, then records the answer', async () => {
  const calls = fakeLocalCloud();
  const { container } = render(<SubmitRequestPage />);
  fireEvent.click(screen.getByTestId('category-政策咨询'));
  const description = container.querySelector('taro-textarea-core[name="description"]');
  act(() => {
    description?.dispatchEvent(
      new CustomEvent('input', { detail: { value: '想了解临时困难补助怎么申请' }, bubbles: true }),
    );
  });
  // Synchronously within the tap (no await yet): WeChat shows its prompt only from a tap. (Reads the page
  // made when it opened, e.g. the session's saved settings, came before the tap.)
  const beforeTap = calls.length;
  act(() => {
    fireEvent.click(screen.getByTestId('submit-request'));
  });
  expect(calls[beforeTap]).toEqual({
    url: '/localcloud/api/subscribe-message',
    body: { tmplIds: [templateIdOf('requestProgress', true)] },
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: expect.stringContaining('r1') });
  const actions = calls.filter((c) => c.url === '/gateway/call').map((c) => c.body.data);
  expect(actions).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ action: 'submitRequest' }),
      { action: 'recordSubscription', input: { results: { requestProgress: 'accept' } } },
    ]),
  );
});
