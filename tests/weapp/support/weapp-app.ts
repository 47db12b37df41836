import fs from 'node:fs';
import path from 'node:path';
import simulate from 'miniprogram-simulate';

/**
 * Runs the BUILT weapp bundle (dist/weapp) in miniprogram-simulate: app.js is required with a global
 * App() that keeps its options, and a page is loaded through a global Page() that wraps the page
 * options in a Component, which is what simulate can render.
 */
export const WEAPP_DIST = path.resolve(__dirname, '../../../dist/weapp');

type Options = Record<string, unknown>;
type Fn = (this: unknown, ...args: unknown[]) => unknown;
const g = global as unknown as Record<string, unknown> & { wx: Record<string, unknown> };

export function assertBuilt(): void {
  if (!fs.existsSync(path.join(WEAPP_DIST, 'app.js'))) {
    throw new Error('dist/weapp is missing: run `npm run build:weapp` before the weapp tests');
  }
}

let app: Options | null = null;
const pageStack: Options[] = [];

/** Boots app.js once, with `cloud` standing in for wx.cloud. */
export function bootApp(cloud: Record<string, unknown>): Options {
  assertBuilt();
  g.wx.cloud = cloud;
  if (app) return app;
  g.App = (options: Options) => {
    app = options;
  };
  g.getApp = () => app;
  g.getCurrentPages = () => pageStack;
  require(path.join(WEAPP_DIST, 'app.js'));
  if (!app) throw new Error('app.js did not call App()');
  const launched = app as Options;
  (launched.onLaunch as Fn | undefined)?.call(launched, { path: 'features/home/pages/index', query: {}, scene: 1001 });
  (launched.onShow as Fn | undefined)?.call(launched, { path: 'features/home/pages/index', query: {}, scene: 1001 });
  return launched;
}

function pageAsComponent(route: string, options: Options, query: Record<string, string>): Options {
  const methods: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value;
  return {
    data: options.data ?? {},
    methods,
    lifetimes: {
      attached(this: Record<string, Fn> & { route?: string }) {
        this.route = route;
        pageStack.push(this);
        this.onLoad?.call(this, query);
        this.onShow?.call(this);
      },
      ready(this: Record<string, Fn>) {
        this.onReady?.call(this);
      },
    },
  };
}

/** Renders a page of the built bundle, e.g. `features/home/pages/index`, opened with `query` (its onLoad options). */
export function renderPage(route: string, query: Record<string, string> = {}) {
  g.Page = (options: Options) => (g.Component as (o: Options) => void)(pageAsComponent(route, options, query));
  const id = simulate.load(path.join(WEAPP_DIST, route), 'page', { rootPath: WEAPP_DIST });
  const page = simulate.render(id);
  page.attach(document.createElement('parent-wrapper'));
  return page;
}

/** All text the page shows, whitespace collapsed. */
export function textOf(page: { dom: Element | undefined }): string {
  return (page.dom?.textContent ?? '').replace(/\s+/g, ' ');
}

/** Waits until the page shows `text` (Taro renders through setData, asynchronously). */
export async function waitForText(page: { dom: Element | undefined }, text: string, timeoutMs = 3000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!textOf(page).includes(text)) {
    if (Date.now() > deadline) throw new Error(`page never showed "${text}"; it shows: ${textOf(page)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return textOf(page);
}
