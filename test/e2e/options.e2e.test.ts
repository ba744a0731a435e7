// The options page in Chromium: choices are saved as they are made and survive a browser restart
// (same persistent profile, launched twice).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, extensionUrl, launchWithExtension } from './harness';

const profileDir = mkdtempSync(join(tmpdir(), 'headerlens-options-'));
const SHOTS = join(__dirname, '__screenshots__');
let s: ExtensionSession | undefined;

afterAll(async () => {
  await s?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

async function openOptions(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(extensionUrl(session, 'options.html'));
  await page.getByTestId('dns-cloudflare').waitFor();
  return page;
}

describe('options', () => {
  it('saves DNS, badges, history, authserv-ids and approvals, and keeps them across a restart', async () => {
    s = await launchWithExtension({ profileDir });
    await s.worker.evaluate(() =>
      chrome.storage.local.set({ approvedServers: ['203.0.113.5', '198.51.100.7'] }),
    );
    let page = await openOptions(s);
    expect(await page.getByTestId('dns-cloudflare').isChecked()).toBe(true);

    await page.getByTestId('dns-custom').check();
    await page.getByTestId('doh-url').fill('http://127.0.0.1:5353/dns-query');
    await page.getByTestId('doh-save').click();
    await expect.poll(() => page.getByTestId('dns-note').textContent()).toBe('Saved.');
    await page.getByTestId('badges-yahoo').uncheck();
    await page.getByTestId('show-all').check();
    await page.getByTestId('keep-history').check();
    await page.locator('summary', { hasText: 'trusted authserv-ids' }).click();
    await page.getByTestId('authserv-input').fill('MX.Corp.Example');
    await page.getByTestId('authserv-add').click();
    await page.getByTestId('nat-addresses-input').fill('172.17.0.0/16');
    await page.getByTestId('nat-addresses-add').click();
    await page.getByRole('button', { name: 'Remove 203.0.113.5' }).click();
    await expect.poll(() => page.getByTestId('approved-value').count()).toBe(1);
    expect(await page.getByTestId('ip-attribution').textContent()).toMatch(/@ip-location-db\/asn/);
    expect(await page.getByTestId('ip-attribution').locator('a').count()).toBe(0);
    mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize({ width: 800, height: 900 });
    await page.screenshot({ path: join(SHOTS, 'options.png'), fullPage: true });
    await page.close();
    await s.close({ keepProfile: true });

    s = await launchWithExtension({ profileDir });
    page = await openOptions(s);
    expect(await page.getByTestId('dns-custom').isChecked()).toBe(true);
    expect(await page.getByTestId('doh-url').inputValue()).toBe('http://127.0.0.1:5353/dns-query');
    expect(await page.getByTestId('badges-yahoo').isChecked()).toBe(false);
    expect(await page.getByTestId('badges-gmail').isChecked()).toBe(true);
    expect(await page.getByTestId('show-all').isChecked()).toBe(true);
    expect(await page.getByTestId('keep-history').isChecked()).toBe(true);
    expect(await page.getByTestId('approved-value').allTextContents()).toEqual(['198.51.100.7']);
    expect(await page.getByTestId('authserv-value').allTextContents()).toEqual(['mx.corp.example']);
    expect(await page.getByTestId('nat-addresses-value').allTextContents()).toEqual(['172.17.0.0/16']);
    const stored = await s.worker.evaluate(() =>
      chrome.storage.local.get(['dnsMode', 'extraAuthservIds', 'natAddresses']),
    );
    expect(stored).toEqual({
      dnsMode: 'custom',
      extraAuthservIds: ['mx.corp.example'],
      natAddresses: ['172.17.0.0/16'],
    });
    await page.close();
  });

  it('refuses a DoH URL that is not https (except on this computer) without changing anything', async () => {
    const page = await openOptions(s!);
    await page.getByTestId('dns-custom').check();
    await page.getByTestId('doh-url').fill('http://dns.example/dns-query');
    await page.getByTestId('doh-save').click();
    await expect.poll(() => page.getByTestId('dns-note').textContent()).toMatch(/https:\/\//);
    const stored = await s!.worker.evaluate(() => chrome.storage.local.get('customDohUrl'));
    expect(stored.customDohUrl).toBe('http://127.0.0.1:5353/dns-query');
    await page.close();
  });
});
