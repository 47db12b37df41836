/** @jest-environment node */
import fs from 'node:fs';
import path from 'node:path';
import { buildConstants, CLOUD_ENV_VARIABLE } from '../../config/constants';

const README = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

describe("the README's weapp build step and the build agree on the cloud environment", () => {
  it('the variable the README sets before `npm run build:weapp` is the one the build reads', () => {
    const step = /`([A-Z_]+)=<[A-Za-z-]+> npm run build:weapp`/.exec(README);
    expect(step?.[1]).toBe(CLOUD_ENV_VARIABLE);
    expect(buildConstants('weapp', { [step?.[1] ?? '']: 'vetgrid-prod-1a2b3c' }).CLOUD_ENV).toBe(
      JSON.stringify('vetgrid-prod-1a2b3c'),
    );
  });

  it('without it the weapp uses the default environment, not an invented id', () => {
    expect(buildConstants('weapp', {}).CLOUD_ENV).toBe(JSON.stringify(''));
  });
});
