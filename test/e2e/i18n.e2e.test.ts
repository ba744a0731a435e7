// A German Chromium: the extension's text comes from _locales/de, so a pasted spoofed message shows
// the German verdict and the page its German title, with no code choosing a language.
//
// Headless Chromium splits what a German desktop Chromium keeps together: `--lang=de` picks the
// extension's messages (_locales/de), but chrome.i18n.getUILanguage() still answers "en-US" (the
// headless renderer's own locale; LANGUAGE=de in the environment does not change it). Playwright's
// `locale` sets the pages' locale as the German browser would, so <html lang> and Intl follow; the
// worker, which Playwright does not emulate, keeps "en-US" and needs only the messages. The copied
// report is German too, with its dates in UTC.
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
  s = await launchWithExtension({ args: ['--lang=de'], locale: 'de-DE' });
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
  it('gives the extension German messages, in the worker and in its pages', async () => {
    expect(await s.worker.evaluate(() => chrome.i18n.getMessage('verdict_spoofed'))).toBe('Gefälscht');
    const page = await s.context.newPage();
    await page.goto(extensionUrl(s, 'inspector.html'));
    expect(await page.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^de/);
    expect(await page.evaluate(() => chrome.i18n.getMessage('verdict_spoofed'))).toBe('Gefälscht');
    await page.close();
  });

  it('shows the German verdict and page title for a spoofed message', async () => {
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

  it('copies the report in German, with UTC dates, still redacted', async () => {
    const page = await s.context.newPage();
    await page.goto(extensionUrl(s, 'inspector.html'));
    await page.getByTestId('raw-input').fill(spoofedRaw);
    await page.getByTestId('analyze').click();
    await page.getByTestId('verdict').waitFor({ timeout: 20_000 });
    // The copy button's text, read where it would reach the clipboard (headless has no clipboard to read).
    await page.evaluate(() => {
      const w = window as unknown as { copied: string[] };
      w.copied = [];
      navigator.clipboard.writeText = async (text: string) => {
        w.copied.push(text);
      };
    });
    await page.getByTestId('copy-md').click();
    await expect
      .poll(() => page.getByTestId('copy-status').textContent())
      .toBe('Markdown-Bericht kopiert (geschwärzt)');
    await page.getByTestId('copy-text').click();
    const [md, text] = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
    expect(md).toMatch(/^# HeaderLens-Bericht\n\n\*\*Urteil: gefälscht\*\*/);
    expect(md).toContain('## Stationen (älteste zuerst, Zeiten in UTC)');
    expect(md).toMatch(/- Datum: 2026-03-03 10:00:00 UTC/);
    expect(md).toContain('_Geschwärzt: Empfängeradressen, Betreff und Message-ID sind unkenntlich gemacht._');
    expect(md).not.toMatch(/## (Reasons|Authentication|Origin|Versions)/);
    expect(spoofedRaw).toContain('robin@reader.example');
    expect(md).not.toContain('robin@reader.example');
    expect(text).toMatch(/^HeaderLens-Urteil: gefälscht\n/);
    await page.close();
  });
});
