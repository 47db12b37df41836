import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { serveDemoPeople, startFixtureStack } from './fixture-stack';

/**
 * The whole stack for journeys: `startApp({ port, memory, seedSize })` from scripts/start.ts (local cloud +
 * built functions + seeded demo district + H5 + /demo/people) when it exists; until then the fixture stack.
 * Required at run time so the type-check does not depend on a file a colleague is still writing.
 */
interface StartedApp {
  url: string;
  close: () => Promise<void>;
}
type StartApp = (options: { port: number; memory: boolean; seedSize: string }) => Promise<StartedApp>;

const START_SCRIPT = path.resolve(__dirname, '../../scripts/start.ts');

export interface JourneyStack {
  url: string;
  kind: 'startApp' | 'fixture';
  /** Per browser context: what the stack does not serve itself. */
  prepare: (context: BrowserContext) => Promise<void>;
  close: () => Promise<void>;
}

export async function startJourneyStack(): Promise<JourneyStack> {
  const startApp = fs.existsSync(START_SCRIPT) ? (require(START_SCRIPT) as { startApp?: StartApp }).startApp : undefined;
  if (startApp) {
    const app = await startApp({ port: 0, memory: true, seedSize: 'small' });
    return { url: app.url, kind: 'startApp', prepare: async () => {}, close: () => app.close() };
  }
  const fixture = await startFixtureStack();
  return { url: fixture.url, kind: 'fixture', prepare: (context) => serveDemoPeople(context), close: fixture.close };
}
