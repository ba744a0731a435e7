// Issue 20 in a real Chromium with the built extension: the popup's answer above the fold at
// 400×600, every state screenshotted in light and dark (and German), axe-core on every page and
// state (0 serious/critical), a keyboard-only walk through popup, inspector and options, the
// approve → Options → remove → undo flow, and Options' DoH "Test" against a DoH server on 127.0.0.1.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageSource } from '../../lib/ext/messaging';
import { type DohServer, startDohServer } from '../helpers/doh-server';
import { RECEIVER, type Scenario, scenario } from '../helpers/scenarios';
import { type ExtensionSession, extensionUrl, launchWithExtension, openPopup, sendToWorker } from './harness';

const SHOTS = join(__dirname, '__screenshots__');
const VERDICTS = ['authenticated', 'suspicious', 'spoofed', 'unverified'] as const;
const FOLD = { width: 400, height: 600 };

let s: ExtensionSession;
let doh: DohServer;
const scenarios = {} as Record<Scenario['name'], Scenario>;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  for (const name of VERDICTS) scenarios[name] = await scenario(name);
  doh = await startDohServer(Object.assign({}, ...Object.values(scenarios).map((x) => x.zone)));
  s = await launchWithExtension();
  await useDns(s, doh.url);
});
afterAll(async () => {
  await s?.close();
  await doh?.close();
});

async function useDns(session: ExtensionSession, url: string, mode = 'custom') {
  await session.worker.evaluate(([u, m]) => chrome.storage.local.set({ dnsMode: m, customDohUrl: u }), [
    url,
    mode,
  ] as const);
}

/** A tab that "has a Gmail message open" (the content script's message, sent from an extension page). */
async function tabWithMessage(
  session: ExtensionSession,
  raw: string | null,
  id: string,
  error: string | null = null,
) {
  const page = await session.context.newPage();
  await page.goto(extensionUrl(session, `options.html#message-${id}`));
  const tabId = await page.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
  const source: MessageSource = {
    site: 'gmail',
    messageId: id,
    byteExact: true,
    trustedAuthservIds: [RECEIVER],
  };
  await sendToWorker(page, 'messageOpened', { source, raw, error });
  return { page, tabId };
}

async function popupAt(session: ExtensionSession, tabId: number, dark = false): Promise<Page> {
  const popup = await openPopup(session, tabId);
  await popup.setViewportSize(FOLD);
  await popup.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
  await popup.getByTestId('state').or(popup.getByTestId('verdict')).first().waitFor({ timeout: 20_000 });
  return popup;
}

/** axe-core on the page as it is now: no serious or critical violation (WCAG 2.x A/AA rules). */
async function expectAccessible(page: Page, where: string) {
  const result = await new AxeBuilder({ page: page as never })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect({ where, bad }).toEqual({ where, bad: [] });
}

/** The viewport as the user first sees it (the popup's 400×600), light or dark. */
async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Light and dark: axe in both (contrast differs), a screenshot of each. */
async function bothModes(page: Page, name: string) {
  for (const mode of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: mode });
    await expectAccessible(page, `${name} (${mode})`);
    await shot(page, `${name}-${mode}`);
  }
}

async function bottomOf(page: Page, testid: string): Promise<number> {
  const box = await page.getByTestId(testid).first().boundingBox();
  if (!box) throw new Error(`${testid} is not shown`);
  return box.y + box.height;
}

describe('popup: the answer above the fold, accessible in every state', () => {
  it.each(VERDICTS)(
    '%s: verdict, summary, top reason and who sent it fit in 400×600',
    async (verdict) => {
      const { page, tabId } = await tabWithMessage(s, scenarios[verdict].raw, `fold-${verdict}`);
      const popup = await popupAt(s, tabId);
      await popup.getByTestId('verdict').waitFor({ timeout: 20_000 });
      expect(await popup.getByTestId('verdict').getAttribute('data-verdict')).toBe(verdict);
      for (const part of ['verdict', 'summary', 'sender-strip', 'options-link', 'full-report'])
        expect({ part, bottom: await bottomOf(popup, part) }).toEqual({ part, bottom: expect.any(Number) });
      const parts = ['verdict', 'summary', 'sender-strip'];
      if (verdict !== 'authenticated') parts.push('top-reason');
      for (const part of parts)
        expect({ part, fits: (await bottomOf(popup, part)) <= FOLD.height }).toEqual({ part, fits: true });
      // The strip names the From domain with its DMARC state, the server with its IP, the provider's word.
      const strip = (await popup.getByTestId('sender-strip').textContent()) ?? '';
      expect(strip).toMatch(/DMARC (pass|fail|none)/);
      expect(strip).toContain(scenarios[verdict].authservId === RECEIVER ? RECEIVER : '');
      // Announced: a polite live region holds the verdict word.
      await expect
        .poll(() => popup.getByTestId('verdict-status').textContent())
        .toMatch(/^(Authenticated|Suspicious|Spoofed|Unverified)\. /);
      expect(await popup.getByTestId('verdict-status').getAttribute('role')).toBe('status');
      // One version line.
      expect(await popup.getByText(/^HeaderLens \d/).count()).toBe(1);
      await bothModes(popup, `ui-popup-${verdict}`);
      await popup.close();
      await page.close();
    },
    180_000,
  );

  it('the full analysis link opens the inspector for this tab; Options is linked', async () => {
    const { page, tabId } = await tabWithMessage(s, scenarios.spoofed.raw, 'links');
    const popup = await popupAt(s, tabId);
    expect(await popup.getByTestId('full-report').getAttribute('href')).toBe(
      `/inspector.html?tabId=${tabId}`,
    );
    expect(await popup.getByTestId('options-link').getAttribute('href')).toBe('/options.html');
    await popup.close();
    await page.close();
  });

  it('states without an analysis: loading, error, unsupported, no message, changed layout', async () => {
    // error
    const err = await tabWithMessage(s, null, 'st-err', 'Gmail did not return this message (signed out?).');
    let popup = await popupAt(s, err.tabId);
    await bothModes(popup, 'ui-popup-error');
    await popup.close();
    await err.page.close();
    // unsupported (a tab nobody reported on)
    const blank = await s.context.newPage();
    await blank.goto(extensionUrl(s, 'options.html#nothing'));
    const blankId = await blank.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
    popup = await popupAt(s, blankId);
    expect(await popup.getByTestId('state').getAttribute('data-state')).toBe('unsupported');
    await bothModes(popup, 'ui-popup-unsupported');
    await popup.close();
    // no message, then a changed layout
    await sendToWorker(blank, 'pageState', { site: 'gmail', state: 'no-message' });
    popup = await popupAt(s, blankId);
    expect(await popup.getByTestId('state').getAttribute('data-state')).toBe('no-message');
    await bothModes(popup, 'ui-popup-no-message');
    await popup.close();
    await sendToWorker(blank, 'pageState', {
      site: 'gmail',
      state: 'layout-changed',
      detail: 'div.adn not found',
    });
    popup = await popupAt(s, blankId);
    expect(await popup.getByTestId('state').getAttribute('data-state')).toBe('layout-changed');
    await bothModes(popup, 'ui-popup-layout-changed');
    await popup.close();
    await blank.close();
    // loading: a slow DNS server keeps the worker busy
    const slow = await startDohServer(scenarios.spoofed.zone, { latencyMs: 1500 });
    await useDns(s, slow.url);
    try {
      // Not awaited: the worker answers messageOpened only once the analysis is done.
      const loadingPage = await s.context.newPage();
      await loadingPage.goto(extensionUrl(s, 'options.html#message-st-loading'));
      const loadingTab = await loadingPage.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
      const sent = sendToWorker(loadingPage, 'messageOpened', {
        source: { site: 'gmail', messageId: 'st-loading', byteExact: true, trustedAuthservIds: [RECEIVER] },
        raw: scenarios.spoofed.raw,
        error: null,
      });
      const loading = { page: loadingPage };
      popup = await popupAt(s, loadingTab);
      await popup.locator('[data-state="loading"]').waitFor({ timeout: 5_000 });
      await popup.emulateMedia({ colorScheme: 'light' });
      await expectAccessible(popup, 'loading');
      await shot(popup, 'ui-popup-loading-light');
      await popup.emulateMedia({ colorScheme: 'dark' });
      await shot(popup, 'ui-popup-loading-dark');
      await popup.getByTestId('verdict').waitFor({ timeout: 60_000 });
      await sent;
      await popup.close();
      await loading.page.close();
    } finally {
      await useDns(s, doh.url);
      await slow.close();
    }
  }, 240_000);

  it('DNS unreachable is said apart from offline mode, with a link to the DNS setting; unchecked rows say so', async () => {
    await useDns(s, 'http://127.0.0.1:9/dns-query');
    try {
      const { page, tabId } = await tabWithMessage(s, scenarios.spoofed.raw, 'st-unreachable');
      const popup = await popupAt(s, tabId);
      await popup.getByTestId('verdict').waitFor({ timeout: 30_000 });
      expect(await popup.getByTestId('dns-unreachable').textContent()).toMatch(/^DNS unreachable/);
      expect(await popup.getByTestId('offline-mode').count()).toBe(0);
      expect(await popup.getByTestId('dns-setting-link').getAttribute('href')).toBe('/options.html#dns');
      expect(await popup.getByTestId('auth-dmarc').getByTestId('our-result').textContent()).toBe(
        'not checked',
      );
      expect(await popup.getByTestId('not-checked-why').textContent()).toContain('DNS unreachable');
      await bothModes(popup, 'ui-popup-dns-unreachable');
      await popup.close();
      await page.close();
    } finally {
      await useDns(s, doh.url);
    }
    await useDns(s, doh.url, 'offline');
    try {
      const { page, tabId } = await tabWithMessage(s, scenarios.authenticated.raw, 'st-offline');
      const popup = await popupAt(s, tabId);
      await popup.getByTestId('verdict').waitFor({ timeout: 30_000 });
      expect(await popup.getByTestId('offline-mode').textContent()).toMatch(/^Offline mode/);
      expect(await popup.getByTestId('dns-unreachable').count()).toBe(0);
      expect(await popup.getByTestId('auth-spf').getByTestId('our-result').textContent()).toBe('not checked');
      expect(await popup.getByTestId('not-checked-why').textContent()).toContain('offline mode');
      for (const row of await popup.locator('[data-testid^="auth-"]').all()) {
        const id = await row.getAttribute('data-testid');
        if (id === 'auth-table' || id === 'auth-arc') continue;
        expect({ id, alignment: await row.getByTestId('alignment').count() }).toEqual({ id, alignment: 1 });
      }
      await bothModes(popup, 'ui-popup-offline');
      await popup.close();
      await page.close();
    } finally {
      await useDns(s, doh.url);
    }
  }, 240_000);
});

describe('approve with care', () => {
  it('confirms the scope, stores date, From domain and network; Options lists it; remove and undo', async () => {
    await s.worker.evaluate(() => chrome.storage.local.set({ approvedServers: ['203.0.113.5'] }));
    const { page, tabId } = await tabWithMessage(s, scenarios.suspicious.raw, 'approve');
    const popup = await popupAt(s, tabId);
    const verdict = () => popup.getByTestId('verdict').getAttribute('data-verdict');
    await expect.poll(verdict, { timeout: 20_000 }).toBe('suspicious');
    await popup.getByTestId('approval').click();
    const confirm = popup.getByTestId('approval-confirm');
    expect(await popup.getByTestId('approval-scope').textContent()).toBe(
      'every message from 20.1.2.3 whose From domain belongs to supplyco.example, in every webmail',
    );
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('approval-confirm');
    await confirm.scrollIntoViewIfNeeded();
    await bothModes(popup, 'ui-popup-approve-confirm');
    // Nothing stored until confirmed.
    expect(
      (await s.worker.evaluate(() => chrome.storage.local.get('approvedServers'))).approvedServers,
    ).toEqual(['203.0.113.5']);
    await popup.getByTestId('approval-yes').click();
    await expect.poll(verdict, { timeout: 20_000 }).not.toBe('suspicious');
    const stored = await s.worker.evaluate(() =>
      chrome.storage.local.get(['approvedServers', 'approvedServerDetails']),
    );
    expect(stored.approvedServers).toEqual(['203.0.113.5', '20.1.2.3']);
    const detail = (
      stored.approvedServerDetails as Record<
        string,
        { fromDomain: string; network: string; approvedAt: string }
      >
    )['20.1.2.3']!;
    expect(detail.fromDomain).toBe(scenarios.suspicious.raw.match(/^From:.*@([^>\s]+)/m)![1]!.toLowerCase());
    expect(detail.network).toMatch(/Azure|Microsoft/i);
    expect(Date.now() - Date.parse(detail.approvedAt)).toBeLessThan(60_000);
    await popup.close();
    await page.close();

    const options = await s.context.newPage();
    await options.setViewportSize({ width: 800, height: 900 });
    await options.goto(extensionUrl(s, 'options.html#approved'));
    await options.getByTestId('approved-row').first().waitFor();
    const rows = () => options.getByTestId('approved-value').allTextContents();
    expect(await rows()).toEqual(['20.1.2.3', '203.0.113.5']);
    const first = options.getByTestId('approved-row').first();
    expect(await first.textContent()).toContain(`approved on mail from ${detail.fromDomain}`);
    expect(await first.locator('time').getAttribute('datetime')).toBe(detail.approvedAt);
    // The approval from before details were kept stays listed and readable.
    expect(await options.getByTestId('approved-row').nth(1).textContent()).toContain(
      'approved before HeaderLens kept',
    );
    await options.getByRole('button', { name: 'Remove 20.1.2.3' }).click();
    await expect.poll(rows).toEqual(['203.0.113.5']);
    await expect
      .poll(() => options.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('approved-undo');
    await options.getByTestId('approved-undo').click();
    await expect.poll(rows).toEqual(['20.1.2.3', '203.0.113.5']);
    await expect
      .poll(() => options.evaluate(() => document.activeElement?.closest('li')?.dataset.approvalIp))
      .toBe('20.1.2.3');
    const back = await s.worker.evaluate(() => chrome.storage.local.get('approvedServerDetails'));
    expect((back.approvedServerDetails as Record<string, unknown>)['20.1.2.3']).toEqual(detail);
    await options.close();
  }, 240_000);

  it('on a message failing DMARC, approving is not the primary action and the confirmation says it still fails', async () => {
    const { page, tabId } = await tabWithMessage(s, scenarios.spoofed.raw, 'approve-spoofed');
    const popup = await popupAt(s, tabId);
    await popup.getByTestId('verdict').waitFor({ timeout: 20_000 });
    const open = popup.getByTestId('approval');
    expect(await open.getAttribute('data-primary')).toBe('no');
    expect(await open.getAttribute('class')).toContain('link-button');
    await open.click();
    expect(await popup.getByTestId('approval-still-fails').textContent()).toContain('still fails DMARC');
    expect(await popup.getByTestId('approval-cancel').getAttribute('class')).toBe('primary');
    expect(await popup.getByTestId('approval-yes').textContent()).toBe('Approve anyway');
    await popup.getByTestId('approval-cancel').click();
    expect(await popup.getByTestId('approval-confirm').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('inspector', () => {
  it('after "Check sender" the verdict has focus and is announced; every state passes axe', async () => {
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(extensionUrl(s, 'inspector.html'));
    await page.getByTestId('raw-input').waitFor();
    await bothModes(page, 'ui-inspector-empty');
    await page.getByTestId('analyze').click();
    await page.getByTestId('inspector-error').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('inspector-error');
    await bothModes(page, 'ui-inspector-error');
    await page.getByTestId('raw-input').fill(scenarios.spoofed.raw);
    await page.getByTestId('analyze').click();
    await page.getByTestId('verdict').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('verdict');
    await expect.poll(() => page.getByTestId('verdict-status').textContent()).toMatch(/^Spoofed\. /);
    await bothModes(page, 'ui-inspector-spoofed');
    await page.close();
  }, 240_000);
});

describe('options', () => {
  it('passes axe in both modes; the DoH Test button asks the server and says what it found', async () => {
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(extensionUrl(s, 'options.html'));
    await page.getByTestId('doh-url').waitFor();
    const before = doh.queries.length;
    await page.getByTestId('doh-url').fill(doh.url);
    await page.getByTestId('doh-test').click();
    await expect
      .poll(() => page.getByTestId('dns-note').textContent())
      .toMatch(/^The server answered \(\d+ ms\)/);
    expect(doh.queries.slice(before)).toEqual([{ name: 'example.com', type: 'A' }]);
    await bothModes(page, 'ui-options');
    await page.getByTestId('doh-url').fill('http://127.0.0.1:9/dns-query');
    await page.getByTestId('doh-test').click();
    await expect
      .poll(() => page.getByTestId('dns-note').textContent(), { timeout: 10_000 })
      .toMatch(/^The server did not work: it could not be reached/);
    // Testing changes nothing.
    expect((await s.worker.evaluate(() => chrome.storage.local.get('customDohUrl'))).customDohUrl).toBe(
      doh.url,
    );
    await page.close();
  }, 240_000);
});

describe('keyboard only', () => {
  async function tabUntil(page: Page, testid: string, max = 60): Promise<void> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(
        () => (document.activeElement as HTMLElement | null)?.dataset.testid ?? '',
      );
      if (at === testid) return;
    }
    throw new Error(`Tab never reached ${testid}`);
  }

  it('popup: links, reasons, approval (Enter opens the confirmation, Escape closes it and returns focus)', async () => {
    // The approve/undo test above leaves this message's server (20.1.2.3) approved, and an approved
    // server's button removes the approval at once (no confirmation): start from none approved.
    await s.worker.evaluate(() =>
      chrome.storage.local.set({ approvedServers: [], approvedServerDetails: {} }),
    );
    const { page, tabId } = await tabWithMessage(s, scenarios.suspicious.raw, 'kbd');
    const popup = await popupAt(s, tabId);
    await popup.getByTestId('verdict').waitFor({ timeout: 20_000 });
    await tabUntil(popup, 'full-report', 5);
    await tabUntil(popup, 'options-link', 3);
    await tabUntil(popup, 'approval');
    await popup.keyboard.press('Enter');
    const focused = () => popup.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    await expect.poll(focused).toBe('approval-confirm');
    await popup.keyboard.press('Escape');
    await expect.poll(focused).toBe('approval');
    await tabUntil(popup, 'copy-md');
    await popup.close();
    await page.close();
  });

  it('inspector: paste, Tab to "Check sender", Enter; focus lands on the verdict', async () => {
    const page = await s.context.newPage();
    await page.goto(extensionUrl(s, 'inspector.html'));
    await page.getByTestId('raw-input').waitFor();
    await tabUntil(page, 'raw-input', 5);
    await page.keyboard.insertText(scenarios.suspicious.raw);
    await tabUntil(page, 'analyze', 5);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 20_000 })
      .toBe('verdict');
    await tabUntil(page, 'approval');
    await page.close();
  });

  it('options: DNS choice, DoH URL, Test and Save are reachable and work from the keyboard', async () => {
    const page = await s.context.newPage();
    await page.goto(extensionUrl(s, 'options.html'));
    await page.getByTestId('doh-url').waitFor();
    await tabUntil(page, 'dns-custom', 10);
    await tabUntil(page, 'doh-url', 5);
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(doh.url);
    await tabUntil(page, 'doh-test', 3);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('dns-note').textContent()).toMatch(/^The server answered/);
    await tabUntil(page, 'doh-save', 3);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('dns-note').textContent()).toBe('Saved.');
    await page.close();
  });
});

describe('in German (--lang=de)', () => {
  // A German reader in Berlin: German messages (--lang=de), German dates (the harness gives the pages
  // the locale of --lang) in Berlin time. Every state of the English run is shot again in German.
  let de: ExtensionSession;
  beforeAll(async () => {
    de = await launchWithExtension({ args: ['--lang=de'], timezoneId: 'Europe/Berlin' });
    await useDns(de, doh.url);
  });
  afterAll(async () => {
    await de?.close();
  });

  it('popup and approval confirmation in German, light and dark, accessible', async () => {
    const { page, tabId } = await tabWithMessage(de, scenarios.suspicious.raw, 'de');
    const popup = await popupAt(de, tabId);
    await popup.getByTestId('verdict').waitFor({ timeout: 20_000 });
    expect(await popup.locator('#verdict-title').textContent()).toBe('Verdächtig');
    expect(await popup.getByTestId('options-link').textContent()).toBe('Optionen');
    await bothModes(popup, 'ui-popup-suspicious-de');
    await popup.getByTestId('approval').click();
    expect(await popup.getByTestId('approval-scope').textContent()).toBe(
      'jede Nachricht von 20.1.2.3, deren From-Domain zu supplyco.example gehört, in jedem Webmail',
    );
    await popup.getByTestId('approval-confirm').scrollIntoViewIfNeeded();
    await bothModes(popup, 'ui-popup-approve-confirm-de');
    await popup.close();
    await page.close();
  }, 240_000);

  it.each(['authenticated', 'spoofed', 'unverified'] as const)(
    '%s popup in German, with the message date in German format and Berlin time',
    async (verdict) => {
      const { page, tabId } = await tabWithMessage(de, scenarios[verdict].raw, `de-${verdict}`);
      const popup = await popupAt(de, tabId);
      await popup.getByTestId('verdict').waitFor({ timeout: 20_000 });
      expect(await popup.getByTestId('verdict').getAttribute('data-verdict')).toBe(verdict);
      expect(await popup.locator('html').getAttribute('lang')).toBe('de');
      // Date: Tue, 3 Mar 2026 10:00:00 +0000 is 11:00 in Berlin (CET, "MEZ" in German).
      expect(await popup.getByTestId('message-facts').textContent()).toContain('03.03.2026, 11:00 MEZ');
      await bothModes(popup, `ui-popup-${verdict}-de`);
      await popup.close();
      await page.close();
    },
    180_000,
  );

  it('states without an analysis in German: error, unsupported, no message, changed layout, loading', async () => {
    const err = await tabWithMessage(
      de,
      null,
      'de-err',
      'Gmail hat die Nachricht nicht herausgegeben: Sie scheinen abgemeldet zu sein. Laden Sie Gmail neu und melden Sie sich an.',
    );
    let popup = await popupAt(de, err.tabId);
    await bothModes(popup, 'ui-popup-error-de');
    await popup.close();
    await err.page.close();
    const blank = await de.context.newPage();
    await blank.goto(extensionUrl(de, 'options.html#nothing'));
    const blankId = await blank.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
    popup = await popupAt(de, blankId);
    expect(await popup.getByTestId('state').getAttribute('data-state')).toBe('unsupported');
    await bothModes(popup, 'ui-popup-unsupported-de');
    await popup.close();
    await sendToWorker(blank, 'pageState', { site: 'gmail', state: 'no-message' });
    popup = await popupAt(de, blankId);
    expect(await popup.getByTestId('state').getAttribute('data-state')).toBe('no-message');
    await bothModes(popup, 'ui-popup-no-message-de');
    await popup.close();
    await sendToWorker(blank, 'pageState', { site: 'gmail', state: 'layout-changed', detail: 'div.adn' });
    popup = await popupAt(de, blankId);
    expect(await popup.getByTestId('state').getAttribute('data-state')).toBe('layout-changed');
    await bothModes(popup, 'ui-popup-layout-changed-de');
    await popup.close();
    await blank.close();
    const slow = await startDohServer(scenarios.spoofed.zone, { latencyMs: 1500 });
    await useDns(de, slow.url);
    try {
      const loadingPage = await de.context.newPage();
      await loadingPage.goto(extensionUrl(de, 'options.html#message-de-loading'));
      const loadingTab = await loadingPage.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
      const sent = sendToWorker(loadingPage, 'messageOpened', {
        source: { site: 'gmail', messageId: 'de-loading', byteExact: true, trustedAuthservIds: [RECEIVER] },
        raw: scenarios.spoofed.raw,
        error: null,
      });
      popup = await popupAt(de, loadingTab);
      await popup.locator('[data-state="loading"]').waitFor({ timeout: 5_000 });
      await popup.emulateMedia({ colorScheme: 'light' });
      await expectAccessible(popup, 'loading (de)');
      await shot(popup, 'ui-popup-loading-de-light');
      await popup.emulateMedia({ colorScheme: 'dark' });
      await shot(popup, 'ui-popup-loading-de-dark');
      await popup.getByTestId('verdict').waitFor({ timeout: 60_000 });
      await sent;
      await popup.close();
      await loadingPage.close();
    } finally {
      await useDns(de, doh.url);
      await slow.close();
    }
  }, 240_000);

  it('DNS unreachable and offline mode in German', async () => {
    await useDns(de, 'http://127.0.0.1:9/dns-query');
    try {
      const { page, tabId } = await tabWithMessage(de, scenarios.spoofed.raw, 'de-unreachable');
      const popup = await popupAt(de, tabId);
      await popup.getByTestId('verdict').waitFor({ timeout: 30_000 });
      expect(await popup.getByTestId('dns-unreachable').textContent()).toMatch(/^DNS nicht erreichbar/);
      expect(await popup.getByTestId('auth-dmarc').getByTestId('our-result').textContent()).toBe(
        'nicht geprüft',
      );
      await bothModes(popup, 'ui-popup-dns-unreachable-de');
      await popup.close();
      await page.close();
    } finally {
      await useDns(de, doh.url);
    }
    await useDns(de, doh.url, 'offline');
    try {
      const { page, tabId } = await tabWithMessage(de, scenarios.authenticated.raw, 'de-offline');
      const popup = await popupAt(de, tabId);
      await popup.getByTestId('verdict').waitFor({ timeout: 30_000 });
      expect(await popup.getByTestId('offline-mode').count()).toBe(1);
      await bothModes(popup, 'ui-popup-offline-de');
      await popup.close();
      await page.close();
    } finally {
      await useDns(de, doh.url);
    }
  }, 240_000);

  it('inspector states in German', async () => {
    const page = await de.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(extensionUrl(de, 'inspector.html'));
    await page.getByTestId('raw-input').waitFor();
    await bothModes(page, 'ui-inspector-empty-de');
    await page.getByTestId('analyze').click();
    await page.getByTestId('inspector-error').waitFor();
    await bothModes(page, 'ui-inspector-error-de');
    await page.getByTestId('raw-input').fill(scenarios.spoofed.raw);
    await page.getByTestId('analyze').click();
    await page.getByTestId('verdict').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByTestId('verdict-status').textContent()).toMatch(/^Gefälscht\. /);
    await bothModes(page, 'ui-inspector-spoofed-de');
    await page.close();
  }, 240_000);

  it('options in German, an approval dated the German way', async () => {
    await de.worker.evaluate(() =>
      chrome.storage.local.set({
        approvedServers: ['20.1.2.3'],
        approvedServerDetails: {
          '20.1.2.3': {
            fromDomain: 'example.com',
            network: 'Microsoft Azure',
            approvedAt: '2026-03-04T09:30:00Z',
          },
        },
      }),
    );
    const page = await de.context.newPage();
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(extensionUrl(de, 'options.html'));
    await page.getByTestId('approved-row').first().waitFor();
    expect(await page.getByTestId('approved-row').first().locator('time').textContent()).toBe('04.03.2026');
    expect(await page.getByTestId('ip-attribution').textContent()).toMatch(/^Datenquellen und Lizenzen: /);
    await bothModes(page, 'ui-options-de');
    await page.close();
  }, 240_000);
});
