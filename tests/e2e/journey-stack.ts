import { startApp, type App } from '../../scripts/app';
import { savePreferences } from '../../types/account/preferences';
import { launchBrowser, openAs, type BrowserSession } from './harness';

/**
 * The whole stack for browser journeys: the local cloud in memory running the BUILT functions and
 * serving the BUILT H5 app (npm test builds both first), seeded with the tiny demo district, with the
 * demo sign-in's `/demo/people`. The same `startApp` that `npm start` runs.
 */
export type JourneyStack = App;

export function startJourneyStack(): Promise<JourneyStack> {
  return startApp({ memory: true, seedSize: 'tiny', skipH5Build: true });
}

/**
 * The stack for one describe block (started before its tests, closed after) and `as(openid, label, route)`,
 * which opens a page as a demo person in a browser of their own (closed with the stack).
 */
export function journey(defaultRoute = '/') {
  let stack: JourneyStack;
  const sessions: BrowserSession[] = [];
  beforeAll(async () => {
    stack = await startJourneyStack();
  });
  afterAll(async () => {
    await Promise.all(sessions.map((s) => s.close()));
    await stack?.close();
  });
  return {
    /** Read it inside a test or hook: the stack starts in beforeAll. */
    get app(): JourneyStack {
      return stack;
    },
    async as(openid: string, label: string, route = defaultRoute) {
      const session = await launchBrowser();
      sessions.push(session);
      return openAs(session, stack.url, { openid, label }, route);
    },
  };
}

/**
 * 长辈模式 as `openid` saved it (it follows the person: a page loaded afterwards takes it from the account,
 * whatever the browser had stored).
 */
export async function saveElderModeOf(stack: JourneyStack, openid: string, on: boolean): Promise<void> {
  const inv = await stack.cloud.invoke(
    savePreferences.fn,
    { action: savePreferences.action, input: { elderMode: on } },
    { OPENID: openid },
  );
  const result = inv.result as { ok: boolean };
  if (!result.ok) throw new Error(`savePreferences failed: ${JSON.stringify(inv.result)}`);
}
