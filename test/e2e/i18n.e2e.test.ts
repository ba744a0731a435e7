// A German Chromium (`--lang=de`; LANGUAGE for Linux builds that read the UI language from the
// environment): the extension's text comes from _locales/de, so a pasted spoofed message shows the
// German verdict and the page its German title, with no code choosing a language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DohServer, startDohServer } from '../helpers/doh-server';
import { RECEIVER, scenario } from '../helpers/scenarios';
import { type ExtensionSession, extensionUrl, launchWithExtension } from './harness';

let s: ExtensionSession;
let doh: DohServer;
let spoofedRaw = '';

beforeAll(async () => {
  const spoofed = await scenario('spoofed');
  spoofedRaw = spoofed.raw;
  doh = await startDohServer(spoofed.zone);
  process.env.LANGUAGE = 'de';
  s = await launchWithExtension({ args: ['--lang=de'] });
  await s.worker.evaluate(
    (cfg) =>
      chrome.storage.local.set({
        dnsMode: 'custom',
        customDohUrl: cfg.url,
        extraAuthservIds: [cfg.authserv],
      }),
    { url: doh.url, authserv: RECEIVER },
  );
});
afterAll(async () => {
  await s?.close();
  await doh?.close();
});

describe('a German-locale Chromium', () => {
  it('gives the extension German messages', async () => {
    const lang = await s.worker.evaluate(() => chrome.i18n.getUILanguage());
    expect(lang).toMatch(/^de/);
    expect(await s.worker.evaluate(() => chrome.i18n.getMessage('verdict_spoofed'))).toBe('Gefälscht');
  });

  it('shows the German verdict, summary and page title for a spoofed message', async () => {
    const page = await s.context.newPage();
    await page.goto(extensionUrl(s, 'inspector.html'));
    expect(await page.title()).toBe('HeaderLens-Inspektor');
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await page.getByTestId('raw-input').fill(spoofedRaw);
    await page.getByTestId('analyze').click();
    await page.getByTestId('verdict').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('verdict').getAttribute('data-verdict')).toBe('spoofed');
    expect(await page.locator('.verdict-title').textContent()).toBe('Gefälscht');
    await page.close();
  });
});
