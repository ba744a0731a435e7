import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, extensionUrl, launchWithExtension, openPopup } from './harness';

describe('the built extension in Chromium', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchWithExtension();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('starts its service worker from the built manifest', async () => {
    expect(s.extensionId).toMatch(/^[a-p]{32}$/);
    // The name is localised (__MSG_ext_name__): Chrome hands getManifest() the raw reference.
    const name = await s.worker.evaluate(() => {
      const raw = chrome.runtime.getManifest().name;
      const ref = /^__MSG_(\w+)__$/.exec(raw);
      return ref?.[1] ? chrome.i18n.getMessage(ref[1]) : raw;
    });
    expect(name).toBe('HeaderLens');
  });

  it('renders the popup', async () => {
    const page = await openPopup(s);
    await expect
      .poll(() => page.getByTestId('popup-status').textContent())
      .toBe('Open an email to check its sender');
    await page.close();
  });

  it('round-trips a typed message popup → background → popup', async () => {
    const page = await openPopup(s);
    // The popup pings the worker on open and shows the version the worker answered with.
    await expect
      .poll(() => page.getByTestId('engine-version').textContent(), { timeout: 10_000 })
      .toMatch(/^HeaderLens \d+\.\d+\.\d+$/);
    await page.close();
  });

  it('renders the options page', async () => {
    const page = await s.context.newPage();
    await page.goto(extensionUrl(s, 'options.html'));
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('HeaderLens');
    await page.close();
  });
});
