import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PRIVACY_GUIDE_VERSION } from '../../src/lib/preferences/privacy-guide-version';

/**
 * Real-browser harness: Debian's chromium driven by playwright-core (no browser download), a fresh
 * profile per context, helpers to open the H5 app as a demo identity, screenshots in tests/artifacts/.
 * Without chromium the e2e tests are skipped locally and fail in CI.
 */
export const CHROMIUM = process.env.VETGRID_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '../artifacts');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const chromiumAvailable = fs.existsSync(CHROMIUM);

/** `describe` when chromium is present; otherwise skipped, or a failure when CI is set. */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumAvailable) return describe(name, body);
  if (process.env.CI) {
    return describe(name, () => {
      test('chromium is installed', () => {
        throw new Error(`${CHROMIUM} not found: apt-get install -y chromium`);
      });
    });
  }
  return describe.skip(`${name} (skipped: ${CHROMIUM} not found)`, body);
}

export interface BrowserSession {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** A new browser with an empty profile: no consent, no identity, no 长辈模式. */
export async function launchBrowser(options: { mobile?: boolean } = {}): Promise<BrowserSession> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'vetgrid-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: options.mobile === false ? { width: 1280, height: 800 } : { width: 390, height: 844 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface DemoIdentity {
  openid: string;
  label: string;
}

/**
 * Opens `route` of the app at `baseUrl` as `identity`, with the privacy guide already agreed (as after
 * the first visit). Storage is set before the app's scripts run, in the same keys the app uses.
 */
export async function openAs(
  session: BrowserSession,
  baseUrl: string,
  identity: DemoIdentity,
  route = '/',
): Promise<Page> {
  const consent = JSON.stringify({ data: { version: PRIVACY_GUIDE_VERSION, agreedAt: new Date().toISOString() } });
  await session.context.addInitScript(
    ([c, id]) => {
      window.localStorage.setItem('vetgrid.privacyConsent', c);
      window.localStorage.setItem('vetgrid.demoOpenid', id.openid);
      window.localStorage.setItem('vetgrid.demoLabel', id.label);
    },
    [consent, identity] as const,
  );
  const page = await session.context.newPage();
  await page.goto(new URL(route, baseUrl).toString());
  return page;
}

/** Saves a full-page screenshot to tests/artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Computed font size (px) of the element showing `text`. */
export async function fontSizeOf(page: Page, text: string): Promise<number> {
  const size = await page
    .getByText(text, { exact: true })
    .first()
    .evaluate((el) => getComputedStyle(el).fontSize);
  return parseFloat(size);
}

/** The first visible element with `text`. */
export const visible = (page: Page, text: string, exact = false) =>
  page.getByText(text, { exact }).filter({ visible: true }).first();

/** Waits until `text` is visible; on failure saves a screenshot and prints the page text. */
export async function see(page: Page, text: string, timeout = 20_000): Promise<void> {
  try {
    await visible(page, text).waitFor({ timeout });
  } catch (error) {
    await screenshot(page, `failed-${text.slice(0, 20)}`);
    console.log(`page text when "${text}" was missing:\n${await page.locator('body').innerText()}`);
    throw error;
  }
}

/**
 * Fills the visible `inner` element of the Taro component `tag` named `name`. On failure it saves a
 * screenshot and prints what the page showed and whether the component had hydrated (Taro's H5
 * components are custom elements whose inner <input> appears only once their code has loaded).
 */
async function fillTaro(page: Page, tag: string, inner: string, name: string, value: string): Promise<void> {
  const field = page.locator(`${tag}[name="${name}"] ${inner}`).filter({ visible: true });
  try {
    await field.fill(value);
  } catch (error) {
    await screenshot(page, `failed-fill-${name}`);
    const state = await page.evaluate(
      ([t, n]) => ({
        defined: Boolean(customElements.get(t)),
        hosts: document.querySelectorAll(`${t}[name="${n}"]`).length,
        hydrated: document.querySelectorAll(`${t}[name="${n}"].hydrated`).length,
        url: location.href,
      }),
      [tag, name] as const,
    );
    console.log(
      `${tag}[name="${name}"] not fillable: ${JSON.stringify(state)}\npage text:\n${await page.locator('body').innerText()}`,
    );
    throw error;
  }
}

/** Types into the Taro input named `name`. */
export const typeInto = (page: Page, name: string, value: string) =>
  fillTaro(page, 'taro-input-core', 'input', name, value);

/** Types into the Taro textarea named `name`. */
export const typeIntoArea = (page: Page, name: string, value: string) =>
  fillTaro(page, 'taro-textarea-core', 'textarea', name, value);
