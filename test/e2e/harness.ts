// Shared e2e helpers: launch Debian Chromium with the built extension, find its id, open the popup
// for a tab, read the action badge. Later issues reuse these.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(process.env.HEADERLENS_EXT_DIR ?? '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Every test browser: no sandbox (root in CI), no GPU, and nothing that phones home. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profileDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile folder (to test persistence across restarts). */
  profileDir?: string;
  /** Extra Chromium flags (e.g. --host-resolver-rules for webmail fixtures). */
  args?: string[];
  ignoreHTTPSErrors?: boolean;
  /** Load the extension from this folder instead of the build (the bench adds a page to a copy). */
  extensionDir?: string;
  /**
   * The pages' locale (navigator.language, Intl, chrome.i18n.getUILanguage()), e.g. 'de-DE'. By
   * default the language of a `--lang=xx` in `args`: headless Chromium takes the extension's
   * messages from `--lang` but keeps its renderer in en-US (LANG/LANGUAGE in the environment do not
   * change that), so dates would come out English beside German text. Playwright's locale override
   * gives the pages the locale a German desktop Chromium has. The service worker is not emulated
   * and keeps en-US (it formats no dates).
   */
  locale?: string;
  /** The pages' time zone (IANA, e.g. 'Europe/Berlin'); the machine's by default. */
  timezoneId?: string;
}

/** 'de' for `--lang=de`, 'pt-BR' for `--lang=pt-BR`: the locale a browser started that way shows. */
export function localeOfLangArg(args: readonly string[] = []): string | undefined {
  const arg = args.find((a) => a.startsWith('--lang='));
  return arg ? arg.slice('--lang='.length) || undefined : undefined;
}

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'headerlens-e2e-'));
  const locale = opts.locale ?? localeOfLangArg(opts.args);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: opts.ignoreHTTPSErrors ?? false,
    ...(locale ? { locale } : {}),
    ...(opts.timezoneId ? { timezoneId: opts.timezoneId } : {}),
    args: [
      // Playwright adds --disable-extensions; this is what re-enables ours.
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...QUIET_FLAGS,
      ...(opts.args ?? []),
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profileDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !opts.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** A browser without the extension, which a test installs later (and again, as an update). */
export interface BrowserWithoutExtension {
  context: BrowserContext;
  /** Installs the built extension into the running browser; a second call is an update. */
  install(): Promise<ExtensionSession>;
  close(): Promise<void>;
}

/**
 * Chromium started without the extension, so pages can be open before it is installed: it is
 * then loaded into the running browser through the DevTools protocol (Extensions.loadUnpacked,
 * allowed by --enable-unsafe-extension-debugging on a debugging port bound to 127.0.0.1), the way
 * a store install or update reaches a browser whose tabs are already open.
 */
export async function launchWithoutExtension(opts: LaunchOptions = {}): Promise<BrowserWithoutExtension> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'headerlens-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: opts.ignoreHTTPSErrors ?? false,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--enable-unsafe-extension-debugging',
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      ...QUIET_FLAGS,
      ...(opts.args ?? []),
    ],
  });
  const port = readFileSync(join(profileDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const cdpBrowser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const cdp = await cdpBrowser.newBrowserCDPSession();
  return {
    context,
    async install() {
      const before = new Set(context.serviceWorkers());
      const { id } = (await cdp.send(
        'Extensions.loadUnpacked' as never,
        { path: EXTENSION_DIR } as never,
      )) as {
        id: string;
      };
      const url = `chrome-extension://${id}/background.js`;
      const fresh = () => context.serviceWorkers().find((w) => w.url() === url && !before.has(w));
      for (let i = 0; i < 100 && !fresh(); i++) await new Promise((r) => setTimeout(r, 100));
      const worker = fresh();
      if (!worker) throw new Error('the installed extension started no service worker');
      return {
        context,
        worker,
        extensionId: id,
        profileDir,
        close: async () => {},
      };
    },
    async close() {
      await cdpBrowser.close().catch(() => {});
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export function extensionUrl(s: ExtensionSession, path: string): string {
  return `chrome-extension://${s.extensionId}/${path.replace(/^\//, '')}`;
}

/** The popup page as the browser would open it for `tabId` (the popup reads `?tabId=`). */
export async function openPopup(s: ExtensionSession, tabId?: number): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(extensionUrl(s, `popup.html${tabId === undefined ? '' : `?tabId=${tabId}`}`));
  return page;
}

/** The id of the tab showing `page`, asked from the worker. */
export async function tabIdOf(s: ExtensionSession, page: Page): Promise<number> {
  const url = page.url();
  const id = await s.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab found for ${url}`);
  return id;
}

/** Text and colour of the toolbar badge for a tab. */
export async function readBadge(
  s: ExtensionSession,
  tabId: number,
): Promise<{ text: string; color: number[] }> {
  return s.worker.evaluate(async (id) => {
    const text = await chrome.action.getBadgeText({ tabId: id });
    const color = await chrome.action.getBadgeBackgroundColor({ tabId: id });
    return { text, color: [...color] };
  }, tabId);
}

/**
 * Sends one typed message from an extension page to the worker, in @webext-core/messaging v4's
 * wire format (`{ id, type, data, timestamp }` → `{ res }` or `{ err }`), as the content scripts
 * and the popup do.
 */
export async function sendToWorker<T>(page: Page, type: string, data: unknown): Promise<T> {
  const reply = await page.evaluate(
    ([t, d]) =>
      chrome.runtime.sendMessage({
        id: Math.floor(Math.random() * 1e9),
        type: t,
        data: d,
        timestamp: Date.now(),
      }),
    [type, data] as const,
  );
  if (reply?.err) throw new Error(`worker answered ${type} with an error: ${JSON.stringify(reply.err)}`);
  return reply?.res as T;
}

/**
 * Code run in HeaderLens's content-script isolated world of `page`'s main frame, over the DevTools
 * protocol: what a compromised webmail renderer could run there, and the only place a badge's
 * closed shadow root can be read (chrome.dom.openOrClosedShadowRoot).
 */
export async function contentScriptWorld(
  s: ExtensionSession,
  page: Page,
): Promise<{ run<T>(code: string): Promise<T>; cdp: CDPSession }> {
  const cdp = await s.context.newCDPSession(page);
  const contexts: Array<{
    id: number;
    origin: string;
    auxData?: { isDefault?: boolean; type?: string; frameId?: string };
  }> = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) =>
    contexts.push(e.context),
  );
  await cdp.send('Runtime.enable');
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const ours = () =>
    contexts.filter(
      (c) =>
        c.auxData?.type === 'isolated' &&
        c.auxData.frameId === frameTree.frame.id &&
        c.origin === `chrome-extension://${s.extensionId}`,
    );
  // After an extension update the page keeps the old copy's world beside the new one (same
  // origin), whose extension context is gone: take the newest world that is still connected.
  const live = async (c: (typeof contexts)[number]) => {
    const r = (await cdp
      .send('Runtime.evaluate', {
        expression: 'typeof chrome !== "undefined" && !!chrome.runtime && !!chrome.runtime.id',
        contextId: c.id,
        returnByValue: true,
      })
      .catch(() => null)) as { result?: { value?: unknown } } | null;
    return r?.result?.value === true;
  };
  const find = async () => {
    for (const c of ours().reverse()) if (await live(c)) return c;
    return undefined;
  };
  let world = await find();
  for (let i = 0; i < 100 && !world; i++) {
    await new Promise((r) => setTimeout(r, 100));
    world = await find();
  }
  if (!world) throw new Error('no HeaderLens isolated world in this page');
  return {
    cdp,
    async run<T>(code: string): Promise<T> {
      const r = (await cdp.send('Runtime.evaluate', {
        expression: `(async () => { ${code} })()`,
        contextId: world.id,
        awaitPromise: true,
        returnByValue: true,
      })) as { result: { value: T }; exceptionDetails?: { exception?: { description?: string } } };
      if (r.exceptionDetails)
        throw new Error(r.exceptionDetails.exception?.description ?? 'evaluation failed');
      return r.result.value;
    },
  };
}
