// The inspector's analyst pictures in Chromium with the built extension: a signed message with a
// clock-skewed, greylisted route, SPF through an include, a full DMARC record and a DKIM signature
// with l= and x=, DNS from a DoH server on 127.0.0.1. Screenshots in light and dark (and German),
// committed under __screenshots__; axe finds no serious or critical problem in the pictures.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analystMessage } from '../helpers/analyst-message';
import { type DohServer, startDohServer } from '../helpers/doh-server';
import { type ExtensionSession, extensionUrl, launchWithExtension } from './harness';

const SHOTS = join(__dirname, '__screenshots__');
let doh: DohServer;
let message: Awaited<ReturnType<typeof analystMessage>>;
const sessions: ExtensionSession[] = [];

async function launch(args: string[] = []): Promise<ExtensionSession> {
  const s = await launchWithExtension({ args });
  sessions.push(s);
  await s.worker.evaluate(
    (cfg) =>
      chrome.storage.local.set({
        dnsMode: 'custom',
        customDohUrl: cfg.url,
        extraAuthservIds: [cfg.authserv],
      }),
    { url: doh.url, authserv: message.authservId },
  );
  return s;
}

async function inspect(s: ExtensionSession): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(extensionUrl(s, 'inspector.html'));
  await page.getByTestId('raw-input').fill(message.raw);
  await page.getByTestId('analyze').click();
  await page.getByTestId('analyst-pictures').waitFor({ timeout: 20_000 });
  return page;
}

beforeAll(async () => {
  message = await analystMessage();
  doh = await startDohServer(message.zone);
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  for (const s of sessions) await s.close();
  await doh?.close();
});

describe('inspector analyst pictures', () => {
  it('shows the route timeline, SPF tree, DMARC record and DKIM details (screenshots light and dark, axe clean)', async () => {
    const s = await launch();
    const page = await inspect(s);
    const pictures = page.getByTestId('analyst-pictures');
    expect(await page.getByTestId('route-bar').count()).toBe(4);
    expect(await page.getByTestId('route-bar').nth(2).getAttribute('data-marks')).toBe('origin greylisting');
    expect(await page.getByTestId('route-bar').nth(1).getAttribute('data-marks')).toBe('clock-skew');
    expect(await page.getByTestId('spf-tree-lookups').textContent()).toBe('DNS lookups: 2 of 10 allowed');
    expect(
      await page.locator('[data-testid="spf-term"][data-outcome="match"] > code').allTextContents(),
    ).toEqual(['include:_spf.mailhost.example', 'ip4:192.0.2.0/25']);
    expect(await page.getByTestId('dmarc-record').locator('[data-tag="pct"] dd').textContent()).toBe('50%');
    expect(await page.getByTestId('dkim-body-length').textContent()).toBe('only the first 67 bytes');
    const axe = await new AxeBuilder({ page: page as never })
      .include('[data-testid="analyst-pictures"]')
      .analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await pictures.screenshot({ path: join(SHOTS, 'inspector-pictures.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await new AxeBuilder({ page: page as never })
      .include('[data-testid="analyst-pictures"]')
      .analyze();
    expect(
      dark.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
    await pictures.screenshot({ path: join(SHOTS, 'inspector-pictures-dark.png') });
    await page.close();
  }, 150_000);

  it('in German (Chromium --lang=de)', async () => {
    const s = await launch(['--lang=de']);
    const page = await inspect(s);
    expect(await page.locator('[data-testid="analyst-pictures"] h3').allTextContents()).toEqual([
      'Zeitleiste der Route',
      'SPF-Auswertung',
      'DMARC-Eintrag',
      'DKIM-Signaturen',
    ]);
    await page.getByTestId('analyst-pictures').screenshot({ path: join(SHOTS, 'inspector-pictures-de.png') });
    await page.close();
  });
});
