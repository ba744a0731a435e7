// The toolbar popup and badge for a tab whose "content script" reported an open message. The
// webmail content scripts are tested elsewhere; here an extension page in an ordinary tab sends
// the same typed message (`messageOpened`, @webext-core wire format), so the worker records the
// state for that tab exactly as it would for Gmail. DNS from a DoH server on 127.0.0.1.
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageSource } from '../../lib/ext/messaging';
import { type DohServer, startDohServer } from '../helpers/doh-server';
import { RECEIVER, type Scenario, scenario } from '../helpers/scenarios';
import {
  type ExtensionSession,
  extensionUrl,
  launchWithExtension,
  openPopup,
  readBadge,
  sendToWorker,
} from './harness';

const SHOTS = join(__dirname, '__screenshots__');
const VERDICTS = ['authenticated', 'suspicious', 'spoofed', 'unverified'] as const;
const BADGE: Record<(typeof VERDICTS)[number], { text: string; color: number[] }> = {
  authenticated: { text: '✓', color: [0x1a, 0x7f, 0x37, 255] },
  suspicious: { text: '!', color: [0x9a, 0x67, 0x00, 255] },
  spoofed: { text: '✕', color: [0xcf, 0x22, 0x2e, 255] },
  unverified: { text: '?', color: [0x65, 0x6d, 0x76, 255] },
};

let s: ExtensionSession;
let doh: DohServer;
const scenarios = {} as Record<Scenario['name'], Scenario>;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  for (const name of VERDICTS) scenarios[name] = await scenario(name);
  doh = await startDohServer(Object.assign({}, ...Object.values(scenarios).map((x) => x.zone)));
  s = await launchWithExtension();
  await s.worker.evaluate(
    (url) => chrome.storage.local.set({ dnsMode: 'custom', customDohUrl: url }),
    doh.url,
  );
});
afterAll(async () => {
  await s?.close();
  await doh?.close();
});

/** A tab that "has a Gmail message open": returns the page and its tab id. */
async function tabWithMessage(raw: string | null, messageId: string, error: string | null = null) {
  const page = await s.context.newPage();
  await page.goto(extensionUrl(s, `options.html#message-${messageId}`));
  const tabId = await page.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
  const source: MessageSource = { site: 'gmail', messageId, byteExact: true, trustedAuthservIds: [RECEIVER] };
  await sendToWorker(page, 'messageOpened', { source, raw, error });
  return { page, tabId };
}

/**
 * Reads the browser's clipboard back. Chromium refuses permission grants to chrome-extension://
 * origins ("opaque"), so the reading is done by an ordinary page on 127.0.0.1 that was granted
 * clipboard-read; the clipboard is the same one the popup wrote to.
 */
async function readClipboard(): Promise<string> {
  const server = createServer((_req, res) => res.end('<!doctype html><title>clipboard</title>'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await s.context.newPage();
  try {
    await page.goto(`${origin}/`);
    await page.bringToFront();
    return await page.evaluate(() => navigator.clipboard.readText());
  } finally {
    await page.close();
    server.close();
  }
}

async function popupFor(tabId: number, dark = false): Promise<Page> {
  const popup = await openPopup(s, tabId);
  await popup.setViewportSize({ width: 380, height: 600 });
  if (dark) await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.getByTestId('state').or(popup.getByTestId('verdict')).first().waitFor();
  return popup;
}

async function shoot(page: Page, name: string) {
  // Reasons open, so the screenshot shows evidence lines too.
  await page.evaluate(() =>
    document.querySelector('[data-testid="reason"] details')?.setAttribute('open', ''),
  );
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

describe('popup for an open message', () => {
  it.each(VERDICTS)('%s: verdict banner, reasons and the matching badge', async (verdict) => {
    const { page, tabId } = await tabWithMessage(scenarios[verdict].raw, `m-${verdict}`);
    const popup = await popupFor(tabId);
    await popup.getByTestId('verdict').waitFor({ timeout: 20_000 });
    expect(await popup.getByTestId('verdict').getAttribute('data-verdict')).toBe(verdict);
    expect(await readBadge(s, tabId)).toEqual(BADGE[verdict]);
    expect(await popup.getByTestId('auth-table').isVisible()).toBe(true);
    expect(await popup.getByTestId('full-report').getAttribute('href')).toBe(
      `/inspector.html?tabId=${tabId}`,
    );
    await shoot(popup, `popup-${verdict}`);
    if (verdict === 'spoofed') {
      await popup.emulateMedia({ colorScheme: 'dark' });
      await shoot(popup, 'popup-spoofed-dark');
    }
    await popup.close();
    await page.close();
  });

  it('is readable at 360 px: nothing wider than the popup', async () => {
    const { page, tabId } = await tabWithMessage(scenarios.suspicious.raw, 'm-narrow');
    const popup = await popupFor(tabId);
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.getByTestId('verdict').waitFor({ timeout: 20_000 });
    const overflow = await popup.evaluate(() => {
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => `${el.tagName}.${el.className}`);
      return { by: document.documentElement.scrollWidth - window.innerWidth, wide };
    });
    expect(overflow).toEqual({ by: 0, wide: [] });
    await popup.close();
    await page.close();
  });

  it('is keyboard reachable: Tab reaches the reasons, the approval and the copy buttons', async () => {
    const { page, tabId } = await tabWithMessage(scenarios.suspicious.raw, 'm-keys');
    const popup = await popupFor(tabId);
    await popup.getByTestId('verdict').waitFor({ timeout: 20_000 });
    const reached = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await popup.keyboard.press('Tab');
      reached.add(
        await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return (
            el?.dataset.testid ??
            el?.closest('[data-testid]')?.getAttribute('data-testid') ??
            el?.tagName ??
            ''
          );
        }),
      );
    }
    expect([...reached]).toEqual(
      expect.arrayContaining([
        'reason',
        'approval',
        'copy-md',
        'copy-json',
        'redact',
        'full-report',
        'options-link',
      ]),
    );
    // Enter on a focused reason opens its evidence.
    await popup.locator('[data-testid="reason"] summary').first().focus();
    await popup.keyboard.press('Enter');
    expect(await popup.locator('[data-testid="reason"] details').first().getAttribute('open')).not.toBeNull();
    await popup.close();
    await page.close();
  });

  it('approving the hosted server changes the verdict, removing the approval restores it', async () => {
    const { page, tabId } = await tabWithMessage(scenarios.suspicious.raw, 'm-hosted');
    const popup = await popupFor(tabId);
    const verdict = () => popup.getByTestId('verdict').getAttribute('data-verdict');
    await expect.poll(verdict, { timeout: 20_000 }).toBe('suspicious');
    const button = popup.getByTestId('approval');
    expect(await button.textContent()).toBe('Approve this server…');
    await button.click();
    await popup.getByTestId('approval-yes').click();
    await expect.poll(verdict, { timeout: 20_000 }).not.toBe('suspicious');
    expect(await button.textContent()).toBe('Remove approval');
    await expect.poll(async () => (await readBadge(s, tabId)).text).not.toBe('!');
    const stored = await s.worker.evaluate(() => chrome.storage.local.get('approvedServers'));
    expect(stored.approvedServers).toEqual(['20.1.2.3']);
    // The approval was given on supplyco.example's mail: the same server sending for another
    // domain is still a hosted server, with its own question.
    const other = await tabWithMessage(
      scenarios.suspicious.raw.replaceAll('supplyco.example', 'othersupply.example'),
      'm-hosted-other',
    );
    const otherPopup = await popupFor(other.tabId);
    await otherPopup.getByTestId('verdict').waitFor({ timeout: 20_000 });
    expect(await otherPopup.getByTestId('approval').textContent()).toBe('Approve this server…');
    await otherPopup.getByTestId('approval').click();
    expect(await otherPopup.getByTestId('approval-scope').textContent()).toBe(
      'every message from 20.1.2.3 whose From domain belongs to othersupply.example, in every webmail',
    );
    await otherPopup.close();
    await other.page.close();
    await button.click();
    await expect.poll(verdict, { timeout: 20_000 }).toBe('suspicious');
    expect((await readBadge(s, tabId)).text).toBe('!');
    await popup.close();
    await page.close();
  });

  it('copies the report and says so; the clipboard holds it', async () => {
    const { page, tabId } = await tabWithMessage(scenarios.spoofed.raw, 'm-copy');
    const popup = await popupFor(tabId);
    await popup.getByTestId('verdict').waitFor({ timeout: 20_000 });
    await popup.getByTestId('copy-json').click();
    await expect.poll(() => popup.getByTestId('copy-status').textContent()).toMatch(/^Copied JSON report/);
    const json = JSON.parse(await readClipboard());
    expect(json.verdict).toBe('spoofed');
    await popup.getByTestId('copy-md').click();
    await expect
      .poll(() => popup.getByTestId('copy-status').textContent())
      .toMatch(/^Copied Markdown report/);
    const md = await readClipboard();
    expect(md.toLowerCase()).toContain('spoofed');
    await popup.close();
    await page.close();
  });

  it('clears the badge when the tab leaves the message, and when it leaves the webmail', async () => {
    const { page, tabId } = await tabWithMessage(scenarios.spoofed.raw, 'm-leave');
    await expect.poll(async () => (await readBadge(s, tabId)).text, { timeout: 20_000 }).toBe('✕');
    // Within the webmail its content script says when the message is gone; an address change
    // alone (Gmail's `?compose=`) leaves the verdict of the message still on screen.
    await page.goto(extensionUrl(s, 'options.html#message-m-leave?compose=new'));
    await page.waitForTimeout(300);
    expect((await readBadge(s, tabId)).text).toBe('✕');
    await page.goto(extensionUrl(s, 'options.html#inbox'));
    await sendToWorker(page, 'pageState', { site: 'gmail', state: 'no-message' });
    await expect.poll(async () => (await readBadge(s, tabId)).text).toBe('');
    let popup = await popupFor(tabId);
    expect(await popup.getByTestId('popup-status').textContent()).toBe('Open an email to check its sender');
    await popup.close();

    // Leaving the webmail for another site: no script reports there, the tab forgets the message.
    await sendToWorker(page, 'messageOpened', {
      source: { site: 'gmail', messageId: 'm-leave', byteExact: true, trustedAuthservIds: [RECEIVER] },
      raw: scenarios.spoofed.raw,
      error: null,
    });
    await expect.poll(async () => (await readBadge(s, tabId)).text, { timeout: 20_000 }).toBe('✕');
    await page.goto('about:blank');
    await expect.poll(async () => (await readBadge(s, tabId)).text).toBe('');
    popup = await popupFor(tabId);
    expect(await popup.getByTestId('state').getAttribute('data-state')).toBe('unsupported');
    await popup.close();
    await page.close();
  });
});

describe('popup states without an analysis', () => {
  it('shows “checking” while the worker analyses, then the verdict', async () => {
    const slow = await startDohServer(scenarios.spoofed.zone, { latencyMs: 700 });
    await s.worker.evaluate((url) => chrome.storage.local.set({ customDohUrl: url }), slow.url);
    try {
      const page = await s.context.newPage();
      await page.goto(extensionUrl(s, 'options.html#slow'));
      const tabId = await page.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
      const source: MessageSource = {
        site: 'gmail',
        messageId: 'm-slow',
        byteExact: true,
        trustedAuthservIds: [RECEIVER],
      };
      const sent = sendToWorker(page, 'messageOpened', { source, raw: scenarios.spoofed.raw, error: null });
      const popup = await popupFor(tabId);
      await popup.locator('[data-state="loading"]').waitFor({ timeout: 5_000 });
      expect(await popup.locator('[data-state="loading"]').textContent()).toContain(
        'Checking this message in Gmail',
      );
      await shoot(popup, 'popup-loading');
      await popup.getByTestId('verdict').waitFor({ timeout: 30_000 });
      expect(await popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('spoofed');
      await sent;
      await popup.close();
      await page.close();
    } finally {
      await s.worker.evaluate((url) => chrome.storage.local.set({ customDohUrl: url }), doh.url);
      await slow.close();
    }
  });

  it('a read error gives the reason and a way to paste the message', async () => {
    const { page, tabId } = await tabWithMessage(
      null,
      'm-err',
      'Gmail did not return this message (signed out?).',
    );
    const popup = await popupFor(tabId);
    expect(await popup.getByTestId('error-reason').textContent()).toBe(
      'Gmail did not return this message (signed out?).',
    );
    expect(await popup.getByTestId('inspector-link').textContent()).toBe('Paste it instead');
    await shoot(popup, 'popup-error');
    await popup.close();
    await page.close();
  });

  it('a changed layout says so and offers the inspector', async () => {
    const page = await s.context.newPage();
    await page.goto(extensionUrl(s, 'options.html#layout'));
    const tabId = await page.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
    await sendToWorker(page, 'pageState', {
      site: 'gmail',
      state: 'layout-changed',
      detail: 'div.adn not found',
    });
    const popup = await popupFor(tabId);
    expect(await popup.locator('[data-state="layout-changed"]').textContent()).toContain(
      'HeaderLens could not find the open message in this Gmail layout',
    );
    await popup.close();
    await page.close();
  });

  it('“Open full report” shows the same analysis in the inspector', async () => {
    const { page, tabId } = await tabWithMessage(scenarios.spoofed.raw, 'm-full');
    const inspector = await s.context.newPage();
    await inspector.goto(extensionUrl(s, `inspector.html?tabId=${tabId}`));
    await inspector.getByTestId('verdict').waitFor({ timeout: 20_000 });
    expect(await inspector.getByTestId('verdict').getAttribute('data-verdict')).toBe('spoofed');
    await inspector.close();
    await page.close();
  });
});
