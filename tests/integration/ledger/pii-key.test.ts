/** @jest-environment node */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { DEV_PII_KEY } from '../../../cloudfunctions/_kernel/pii';
import { BUILT_FUNCTIONS } from '../../support/stack';

/**
 * A production deployment (a WeChat Cloud environment, not the local cloud) refuses to start without a
 * key or with the development key: the function fails to load, so no data is ever touched.
 */
function loadBundle(env: Record<string, string | undefined>, script = '') {
  const bundle = path.join(BUILT_FUNCTIONS, 'profile', 'index.js');
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith('VETGRID_') && !['TCB_ENV', 'SCF_NAMESPACE', 'TENCENTCLOUD_RUNENV'].includes(k),
    ),
  );
  return spawnSync(process.execPath, ['-e', `const m = require(${JSON.stringify(bundle)}); ${script}`], {
    env: { ...clean, ...env } as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 20_000,
  });
}

const onWeChat = { TCB_ENV: 'prod-env-1a2b', SCF_NAMESPACE: 'prod-env-1a2b' };

test('with the development key, a WeChat Cloud function fails to load', () => {
  const run = loadBundle({ ...onWeChat, VETGRID_PII_KEY: DEV_PII_KEY });
  expect(run.status).not.toBe(0);
  expect(run.stderr).toContain('development key');
});

test('with no key, a WeChat Cloud function fails to load', () => {
  const run = loadBundle(onWeChat);
  expect(run.status).not.toBe(0);
  expect(run.stderr).toContain('VETGRID_PII_KEY is not set');
});

test('with a real key it loads', () => {
  const run = loadBundle(
    { ...onWeChat, VETGRID_PII_KEY: randomBytes(32).toString('base64') },
    'console.log(typeof m.main)',
  );
  expect(run.stderr).toBe('');
  expect(run.stdout.trim()).toBe('function');
});

test('outside the local cloud, a call checks the key before it reaches the SDK', () => {
  const call = `m.main({ action: 'myFile', input: {} }, {}).then(() => console.log('answered'), (e) => { console.log('refused: ' + e.message); })`;
  const run = loadBundle({ VETGRID_PII_KEY: DEV_PII_KEY }, call);
  expect(run.stdout).toContain('refused: VETGRID_PII_KEY is the development key');
  expect(run.stdout).not.toContain('Neither on WeChat Cloud');
});
