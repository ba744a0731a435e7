// Installing or updating the extension while the user has Gmail open. A manifest content script
// only reaches pages loaded after the install or update, and an update cuts the old copy off from
// the new worker: without help, the open message gets no verdict until the user reloads. The worker
// starts the new scripts in the open webmail tabs (lib/ext/open-tabs.ts). Both are real here: the
// built extension is loaded into the running Chromium with a Gmail tab open, then loaded again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DohServer, startDohServer } from '../../helpers/doh-server';
import { type Scenario, scenario } from '../../helpers/scenarios';
import {
  type BrowserWithoutExtension,
  type ExtensionSession,
  launchWithoutExtension,
  openPopup,
} from '../harness';
import { SITE_HOSTS, type SitesServer, startSitesServer } from './sites-server';

const GMAIL_ID = '18b7621058f8a001';

let b: BrowserWithoutExtension;
let sites: SitesServer;
let doh: DohServer;
let message: Scenario;

beforeAll(async () => {
  message = await scenario('spoofed');
  sites = await startSitesServer({
    gmail: [
      { id: GMAIL_ID, subject: /^Subject: (.*)$/m.exec(message.raw)?.[1]?.trim() ?? '', raw: message.raw },
    ],
    outlook: [],
    yahoo: [],
  });
  doh = await startDohServer(message.zone);
  // The DoH presets resolve nowhere: until the test points DNS at its own server, nothing leaves.
  const rules = [
    ...SITE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${sites.port}`),
    'MAP cloudflare-dns.com ~NOTFOUND',
    'MAP dns.google ~NOTFOUND',
  ].join(', ');
  b = await launchWithoutExtension({
    args: [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'],
    ignoreHTTPSErrors: true,
  });
}, 120_000);

afterAll(async () => {
  await b?.close();
  await sites?.close();
  await doh?.close();
});

/** What the popup shows for a tab (verdict, or `state:…`), re-opened until `done` or 20 s pass. */
async function popupShows(s: ExtensionSession, tabId: number, done: (v: string) => boolean): Promise<string> {
  let last = '';
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    const popup = await openPopup(s, tabId);
    await popup
      .waitForSelector('[data-testid=verdict], [data-testid=state]', { timeout: 3_000 })
      .catch(() => {});
    const verdict = await popup
      .locator('[data-testid=verdict]')
      .getAttribute('data-verdict', { timeout: 200 })
      .catch(() => null);
    last =
      verdict ??
      `state:${await popup
        .locator('[data-testid=state]')
        .getAttribute('data-state', { timeout: 200 })
        .catch(() => null)}`;
    await popup.close();
    if (done(last)) return last;
    await new Promise((r) => setTimeout(r, 300));
  }
  return last;
}

describe('installing and updating with a Gmail message open', () => {
  it('starts on the open message at install, and again after an update, without a page reload', async () => {
    const page = await b.context.newPage();
    await page.goto(`https://mail.google.com/mail/u/0/?m=${GMAIL_ID}#inbox/${GMAIL_ID}`);
    await page.waitForSelector('h2');

    const installed = await b.install();
    const tabId = await installed.worker.evaluate(
      async () => (await chrome.tabs.query({ url: 'https://mail.google.com/*' }))[0]?.id ?? -1,
    );
    expect(tabId).toBeGreaterThan(0);
    // DNS is unreachable at first (presets resolve nowhere): an offline verdict, but a verdict.
    const first = await popupShows(installed, tabId, (v) => !v.startsWith('state:'));
    expect(first).not.toMatch(/^state:/);

    // Settings survive an update; the tab states and the old scripts' link to the worker do not.
    await installed.worker.evaluate(
      (url) => chrome.storage.local.set({ dnsMode: 'custom', customDohUrl: url }),
      doh.url,
    );
    const updated = await b.install();
    // Only a content script started after the update can report the message to the new worker,
    // and only with DNS re-checked does it come out spoofed.
    expect(await popupShows(updated, tabId, (v) => v === 'spoofed')).toBe('spoofed');
    const badge = await updated.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe('✕');
    expect(await page.evaluate(() => location.href)).toBe(
      `https://mail.google.com/mail/u/0/?m=${GMAIL_ID}#inbox/${GMAIL_ID}`,
    );
  });
});
