// Sender memory end to end (issue 21): the built extension in Chromium reads three northbank.example
// messages in the fixture Gmail (SendGrid, the domain's own DKIM key), then a fourth from an AWS
// server that passes SPF through the domain's broad include: the popup names the new
// infrastructure. "Forget everything" in Options clears the memory, and the same message opened
// again no longer has a history to differ from. DNS from a DoH server on 127.0.0.1.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DohServer, startDohServer } from '../helpers/doh-server';
import { message, zone } from '../unit/memory/sequence';
import { type ExtensionSession, extensionUrl, launchWithExtension, openPopup } from './harness';
import { SITE_HOSTS, type SitesServer, startSitesServer } from './webmail-sites/sites-server';

const IDS = ['18b7621058f8a001', '18b7621058f8a002', '18b7621058f8a003', '18b7621058f8a004'];
const AWS = IDS[3]!;

let s: ExtensionSession;
let sites: SitesServer;
let doh: DohServer;

beforeAll(async () => {
  const gmail = await Promise.all(
    IDS.map(async (id, i) => ({
      id,
      subject: `Statement ${i + 1}`,
      raw: await message(
        i < 3
          ? { n: i + 1, by: 'mx.google.com' }
          : { n: i + 1, via: 'aws', selector: null, by: 'mx.google.com' },
      ),
    })),
  );
  sites = await startSitesServer({ gmail, outlook: [], yahoo: [] });
  doh = await startDohServer(zone());
  const rules = SITE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${sites.port}`).join(', ');
  s = await launchWithExtension({
    args: [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'],
    ignoreHTTPSErrors: true,
  });
  await s.worker.evaluate(
    (url) => chrome.storage.local.set({ dnsMode: 'custom', customDohUrl: url }),
    doh.url,
  );
}, 120_000);

afterAll(async () => {
  await s?.close();
  await sites?.close();
  await doh?.close();
});

/** Opens a Gmail message in a new active tab; returns the page and its tab id. */
async function openMessage(id: string): Promise<{ page: Page; tabId: number }> {
  const page = await s.context.newPage();
  await page.bringToFront();
  const tabId = await s.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (tabId === null) throw new Error('no active tab');
  await page.goto(`https://mail.google.com/mail/u/0/?m=${id}#inbox/${id}`);
  return { page, tabId };
}

/** The popup's verdict and its sender-memory line, once the analysis is there. */
async function popupView(tabId: number): Promise<{ verdict: string | null; line: string; text: string }> {
  const popup = await openPopup(s, tabId);
  try {
    const until = Date.now() + 20_000;
    while (Date.now() < until) {
      const verdict = await popup
        .locator('[data-testid=verdict]')
        .first()
        .getAttribute('data-verdict', { timeout: 500 })
        .catch(() => null);
      if (verdict) {
        return {
          verdict,
          line:
            (await popup
              .getByTestId('sender-memory-line')
              .textContent({ timeout: 2_000 })
              .catch(() => '')) ?? '',
          text: (await popup.locator('body').textContent()) ?? '',
        };
      }
      await popup.waitForTimeout(300);
      await popup.reload();
    }
    return { verdict: null, line: '', text: (await popup.locator('body').textContent()) ?? '' };
  } finally {
    await popup.close();
  }
}

describe('sender memory in the fixture Gmail', () => {
  it('three usual messages, then the fourth from new infrastructure shows the finding; forgetting clears it', async () => {
    const lines: string[] = [];
    for (const id of IDS.slice(0, 3)) {
      const { page, tabId } = await openMessage(id);
      const view = await popupView(tabId);
      expect(view.verdict, view.text).toBe('authenticated');
      lines.push(view.line);
      await page.close();
    }
    expect(lines[0]).toContain('First message from northbank.example');
    expect(lines[2]).toBe('✓ Usual for this sender');

    const fourth = await openMessage(AWS);
    const view = await popupView(fourth.tabId);
    expect(view.verdict, view.text).toBe('suspicious');
    expect(view.text).toContain(
      'northbank.example has never sent you mail from Amazon Web Services before; its last 3 messages came from SendGrid',
    );
    expect(view.line).toBe('⚠ New for this sender: network Amazon Web Services, no DKIM signature');
    await fourth.page.close();

    // Options: the remembered domain is listed; "Forget everything" empties the memory.
    const options = await s.context.newPage();
    await options.goto(extensionUrl(s, 'options.html'));
    await expect
      .poll(
        () =>
          options
            .getByTestId('memory-domain')
            .first()
            .textContent()
            .catch(() => ''),
        { timeout: 10_000 },
      )
      .toContain('northbank.example');
    await options.getByTestId('memory-forget-all').click();
    await options.getByTestId('memory-empty').waitFor({ timeout: 10_000 });
    const stored = await s.worker.evaluate(() => chrome.storage.local.get('senderMemory'));
    expect((stored.senderMemory as { domains: unknown[] }).domains).toEqual([]);
    await options.close();

    // The same message again: analysed anew (the cache follows the memory), with nothing to differ from.
    const again = await openMessage(AWS);
    const after = await popupView(again.tabId);
    expect(after.text).not.toContain('has never sent you mail from');
    expect(after.line).toContain('First message from northbank.example');
    await again.page.close();
  }, 180_000);
});
