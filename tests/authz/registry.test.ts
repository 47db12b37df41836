/** @jest-environment node */
import fs from 'node:fs';
import path from 'node:path';
import type { ActionModule } from '../../cloudfunctions/_kernel/action';
import { ACTION_REGISTRY } from '../../types/registry';

/**
 * The registry (`types/registry.ts`) is what the matrix and the fuzz suite walk; each function's router
 * (`cloudfunctions/<fn>/index.ts`, its exported `actions`) is what the app can reach. An action in one and
 * not the other is either untested or dead, so the two lists must be equal, name for name.
 */
const FUNCTIONS_DIR = path.resolve(__dirname, '../../cloudfunctions');
const deployable = fs
  .readdirSync(FUNCTIONS_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
  .map((d) => d.name)
  .sort();

function routed(fn: string): string[] {
  const mod = require(path.join(FUNCTIONS_DIR, fn, 'index.ts')) as { actions?: ActionModule[] };
  if (!Array.isArray(mod.actions)) throw new Error(`cloudfunctions/${fn}/index.ts does not export its actions`);
  return mod.actions.map((a) => `${a.contract.fn}.${a.contract.action}`).sort();
}

const registered = (fn: string) =>
  ACTION_REGISTRY.filter((c) => c.fn === fn)
    .map((c) => `${c.fn}.${c.action}`)
    .sort();

describe('the action registry equals the functions’ routers', () => {
  it('names every deployable function, and only those', () => {
    expect([...new Set(ACTION_REGISTRY.map((c) => c.fn))].sort()).toEqual(deployable);
  });

  it('registers each action once', () => {
    const names = ACTION_REGISTRY.map((c) => `${c.fn}.${c.action}`);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it.each(deployable)('%s: the router serves exactly the registered actions', (fn) => {
    const served = routed(fn);
    const listed = registered(fn);
    expect({ routedButNotRegistered: served.filter((a) => !listed.includes(a)) }).toEqual({
      routedButNotRegistered: [],
    });
    expect({ registeredButNotRouted: listed.filter((a) => !served.includes(a)) }).toEqual({
      registeredButNotRouted: [],
    });
  });

  it.each(deployable)('%s: the router routes the registry’s own contract objects', (fn) => {
    const mod = require(path.join(FUNCTIONS_DIR, fn, 'index.ts')) as { actions: ActionModule[] };
    const strangers = mod.actions.filter((a) => !ACTION_REGISTRY.includes(a.contract));
    expect(strangers.map((a) => `${a.contract.fn}.${a.contract.action}`)).toEqual([]);
  });
});
