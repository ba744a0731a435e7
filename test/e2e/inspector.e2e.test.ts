// The inspector page in Chromium with the built extension: paste a message, get the verdict the
// engine reaches with DNS from a DoH server on 127.0.0.1; hostile header text stays inert.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DohServer, startDohServer } from '../helpers/doh-server';
import { RECEIVER, type Scenario, scenario } from '../helpers/scenarios';
import { type ExtensionSession, extensionUrl, launchWithExtension } from './harness';

const SHOTS = join(__dirname, '__screenshots__');
let s: ExtensionSession;
let doh: DohServer;
const scenarios: Partial<Record<Scenario['name'], Scenario>> = {};
// A Microsoft 365 tenant-to-tenant delivery from the legit corpus (test/fixtures/legit/README-m365.md).
const M365 = join(__dirname, '../fixtures/legit/m365-tenant-to-tenant-onmicrosoft-dkim');
// A spoof under a forged hop behind a NAT'd receiver whose HELO names that hop's host: read as the
// bank's until the reader names the NAT (Options → Advanced).
const NAT = join(__dirname, '../fixtures/adversarial/probe16-declared-nat-helo-names-forged-relay-below');

beforeAll(async () => {
  for (const name of ['authenticated', 'spoofed', 'suspicious', 'unverified'] as const) {
    scenarios[name] = await scenario(name);
  }
  const zone = Object.assign(
    {},
    ...Object.values(scenarios).map((x) => x.zone),
    JSON.parse(readFileSync(join(M365, 'zone.json'), 'utf8')),
    JSON.parse(readFileSync(join(NAT, 'zone.json'), 'utf8')),
  );
  doh = await startDohServer(zone);
  mkdirSync(SHOTS, { recursive: true });
  s = await launchWithExtension();
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

async function inspect(raw: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(extensionUrl(s, 'inspector.html'));
  await page.getByTestId('raw-input').fill(raw);
  await page.getByTestId('analyze').click();
  await page.getByTestId('verdict').waitFor({ timeout: 20_000 });
  return page;
}

describe('inspector', () => {
  it('a NAT named in the options makes the forged hop below it unread: the spoof reads spoofed, the reason points at the NAT line', async () => {
    const raw = readFileSync(join(NAT, 'message.eml'), 'latin1');
    let page = await inspect(raw);
    // Unnamed, the greeting names the host of the line below: read as a relay of the receiver's.
    expect(await page.getByTestId('verdict').getAttribute('data-verdict')).toBe('authenticated');
    await page.close();
    await s.worker.evaluate(() => chrome.storage.local.set({ natAddresses: ['172.22.0.0/16'] }));
    try {
      page = await inspect(raw);
      expect(await page.getByTestId('verdict').getAttribute('data-verdict')).toBe('spoofed');
      const reason = page.locator('[data-testid="reason"][data-finding="entry-behind-nat"]');
      expect(await reason.textContent()).toMatch(/hidden behind a NAT or proxy/);
      await page.close();
    } finally {
      await s.worker.evaluate(() => chrome.storage.local.remove('natAddresses'));
    }
  });

  it.each(['authenticated', 'spoofed', 'suspicious', 'unverified'] as const)(
    'pasting the %s message shows that verdict, with DNS re-checked',
    async (name) => {
      const page = await inspect(scenarios[name]!.raw);
      expect(await page.getByTestId('verdict').getAttribute('data-verdict')).toBe(name);
      expect(await page.getByTestId('summary').textContent()).not.toBe('');
      expect(await page.getByTestId('offline-mode').count()).toBe(0);
      if (name === 'authenticated') {
        expect(await page.getByTestId('auth-dmarc').getByTestId('our-result').textContent()).toBe('pass');
        expect(await page.getByTestId('auth-dkim-0').textContent()).toContain('northbank.example');
      }
      if (name === 'spoofed') {
        expect(await page.getByTestId('auth-dmarc').getByTestId('our-result').textContent()).toBe('fail');
        expect(await page.getByTestId('reason').count()).toBeGreaterThan(0);
      }
      await page.close();
    },
  );

  it('reads a pasted Microsoft 365 message as delivered by Outlook (detected), and the user can change it', async () => {
    const page = await inspect(readFileSync(join(M365, 'message.eml'), 'utf8'));
    const line = page.getByTestId('webmail-profile-line');
    expect(await line.textContent()).toBe('Read as delivered by Outlook (detected)');
    // Read with Exchange Online's entry rule: another tenant's outbound address, never "spoofed".
    expect(await page.getByTestId('verdict').getAttribute('data-verdict')).toBe('unverified');
    await page.screenshot({ path: join(SHOTS, 'inspector-outlook-detected.png'), fullPage: true });
    // Without the profile, Microsoft's internal hop is taken for the sender and SPF fails there.
    await page.getByTestId('webmail-profile-select').selectOption('none');
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="webmail-profile-line"]')
          ?.textContent?.includes('general rules'),
      undefined,
      { timeout: 20_000 },
    );
    await page.getByTestId('verdict').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('verdict').getAttribute('data-verdict')).toBe('spoofed');
    await page.getByTestId('webmail-profile-select').selectOption('outlook');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="webmail-profile-line"]')?.textContent?.includes('your choice'),
      undefined,
      { timeout: 20_000 },
    );
    expect(await page.getByTestId('verdict').getAttribute('data-verdict')).toBe('unverified');
    await page.close();
  });

  it('reads a dropped .eml file', async () => {
    const page = await s.context.newPage();
    await page.goto(extensionUrl(s, 'inspector.html'));
    await page.locator('main').waitFor();
    await page.evaluate((raw) => {
      const dt = new DataTransfer();
      dt.items.add(new File([raw], 'dropped.eml', { type: 'message/rfc822' }));
      const main = document.querySelector('main')!;
      main.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      main.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, scenarios.authenticated!.raw);
    await page.getByTestId('verdict').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('verdict').getAttribute('data-verdict')).toBe('authenticated');
    expect(await page.getByTestId('raw-input').inputValue()).toContain('northbank.example');
    await page.close();
  });

  it('shows the full-width view (screenshots, light and dark)', async () => {
    const page = await inspect(scenarios.suspicious!.raw);
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.screenshot({ path: join(SHOTS, 'inspector-suspicious.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SHOTS, 'inspector-suspicious-dark.png'), fullPage: true });
    await page.close();
  });

  it('says so and uses the provider’s results when DNS cannot be reached', async () => {
    // Port 9 (discard) on loopback: nothing listens, every DoH request fails to connect.
    await s.worker.evaluate(() => chrome.storage.local.set({ customDohUrl: 'http://127.0.0.1:9/dns-query' }));
    try {
      const page = await inspect(scenarios.authenticated!.raw);
      expect(await page.getByTestId('dns-unreachable').textContent()).toMatch(/^DNS unreachable/);
      expect(await page.getByTestId('verdict').getAttribute('data-verdict')).toBe('authenticated');
      expect(await page.getByTestId('auth-dmarc').getByTestId('provider-result').textContent()).toBe('pass');
      await page.close();
    } finally {
      await s.worker.evaluate((url) => chrome.storage.local.set({ customDohUrl: url }), doh.url);
    }
  });

  it('asked the test DoH server (not a public resolver)', () => {
    expect(doh.queries.some((q) => q.name === '_dmarc.northbank.example')).toBe(true);
  });

  it('reads a chosen .eml file', async () => {
    const page = await s.context.newPage();
    await page.goto(extensionUrl(s, 'inspector.html'));
    await page.getByTestId('file-input').setInputFiles({
      name: 'statement.eml',
      mimeType: 'message/rfc822',
      buffer: Buffer.from(scenarios.spoofed!.raw),
    });
    await page.getByTestId('verdict').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('verdict').getAttribute('data-verdict')).toBe('spoofed');
    await page.close();
  });
});

describe('hostile headers', () => {
  const huge = 'X'.repeat(100_000);
  const hostileLines = [
    'From: "<script>window.__pwned=1</script>" <evil@northbank.example>',
    'Subject: <img src=x onerror="window.__pwned=2"><svg onload="window.__pwned=3">',
    'Reply-To: "<a href=\'javascript:window.__pwned=4\'>x</a>" <r@evil.example>',
    'X-Bidi: invoice\u202Egpj.exe',
    `X-${huge}: long name`,
    `X-Long: ${huge}`,
    'Authentication-Results: mx.inbound.example; dmarc=fail header.from="<iframe src=javascript:alert(1)>"',
    'Received: from <b>bold</b> (<script>x</script> [203.0.113.9]) by mx.inbound.example; Tue, 3 Mar 2026 10:00:05 +0000',
  ];

  it('shows them as text, creates no elements and runs no script', async () => {
    const raw = `${hostileLines.join('\r\n')}\r\nTo: r@reader.example\r\nDate: Tue, 3 Mar 2026 10:00:00 +0000\r\n\r\nbody\r\n`;
    const page = await s.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(extensionUrl(s, 'inspector.html'));
    const count = () =>
      page.evaluate(() => ({
        script: document.querySelectorAll('script').length,
        img: document.querySelectorAll('img').length,
        a: document.querySelectorAll('a').length,
        svg: document.querySelectorAll('svg').length,
        iframe: document.querySelectorAll('iframe').length,
        b: document.querySelectorAll('b').length,
      }));
    const before = await count();
    await page.getByTestId('raw-input').fill(raw);
    await page.getByTestId('analyze').click();
    await page.getByTestId('verdict').waitFor({ timeout: 20_000 });
    // Open every reason so the evidence lines are in the DOM and visible.
    for (const d of await page.locator('details').all())
      await d.evaluate((el) => el.setAttribute('open', ''));
    const after = await count();
    expect(after).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('<script>window.__pwned=1</script>');
    expect(text).not.toContain('\u202E');
    // The page stays usable: the view is no wider than the window (long values wrap).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.close();
  });
});
