import { startApp, type App } from '../../scripts/app';

/**
 * The whole stack for browser journeys: the local cloud in memory running the BUILT functions and
 * serving the BUILT H5 app (npm test builds both first), seeded with the tiny demo district, with the
 * demo sign-in's `/demo/people`. The same `startApp` that `npm start` runs.
 */
export type JourneyStack = App;

export function startJourneyStack(): Promise<JourneyStack> {
  return startApp({ memory: true, seedSize: 'tiny', skipH5Build: true });
}
