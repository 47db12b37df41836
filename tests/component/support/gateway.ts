import { DEMO_LABEL_KEY, DEMO_OPENID_KEY } from '../../../src/lib/demo/identity';
import { agreePrivacy } from '../../../src/lib/preferences/privacy-consent';

type Answer = { status?: number; body: unknown } | 'network-down';
/** An answer, or a promise of one for a test that decides when the server answers. */
type Handler = (fn: string, action: string, input: unknown) => Answer | Promise<Answer>;

export interface FakeGateway {
  /** Every call the client made: function, action, input and the identity header. */
  calls: { fn: string; action: string; input: unknown; openid: string | null }[];
  fetch: jest.Mock;
}

/** Replaces window.fetch with a stand-in for the local cloud's /gateway/call. */
export function fakeGateway(handler: Handler): FakeGateway {
  const calls: FakeGateway['calls'] = [];
  const fetchMock = jest.fn(async (url: string, init?: RequestInit) => {
    if (url !== '/gateway/call') throw new Error(`unexpected fetch ${url}`);
    const { fn, data } = JSON.parse(String(init?.body)) as { fn: string; data: { action: string; input: unknown } };
    const headers = (init?.headers ?? {}) as Record<string, string>;
    calls.push({ fn, action: data.action, input: data.input, openid: headers['X-WX-OPENID'] ?? null });
    const answer = await handler(fn, data.action, data.input);
    if (answer === 'network-down') throw new TypeError('Failed to fetch');
    const status = answer.status ?? 200;
    return { ok: status < 400, status, json: async () => answer.body } as Response;
  });
  (globalThis as { fetch?: unknown }).fetch = fetchMock;
  return { calls, fetch: fetchMock };
}

export const ok = (data: unknown): Answer => ({ body: { result: { ok: true, data } } });
export const fail = (code: string, message: string, field?: string): Answer => ({
  body: { result: { ok: false, error: { code, message, field } } },
});

/** A session as after the consent page and the demo sign-in. */
export function signedIn(openid = 'demo-veteran-1', label = '演示退役军人'): void {
  agreePrivacy();
  window.localStorage.setItem(DEMO_OPENID_KEY, openid);
  window.localStorage.setItem(DEMO_LABEL_KEY, label);
}
