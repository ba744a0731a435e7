// "Mail gateways and forwarders you trust" in the built extension (Chromium): the options section
// stores validated entries and undoes a removal; the popup, for a message a well-known gateway
// handed over, asks whether it is the organisation's gateway, and answering re-analyses with the
// real engine (DNS from a DoH server on 127.0.0.1 serving the corpus case's zone).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageSource } from '../../lib/ext/messaging';
import { type DohServer, startDohServer } from '../helpers/doh-server';
import { type ExtensionSession, extensionUrl, launchWithExtension, openPopup, sendToWorker } from './harness';

const SHOTS = join(__dirname, '__screenshots__');
const CASE = join(__dirname, '../fixtures/legit/gw-mimecast-links-untrusted');

let s: ExtensionSession;
let doh: DohServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  doh = await startDohServer(JSON.parse(readFileSync(join(CASE, 'zone.json'), 'utf8')));
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

describe('options: mail gateways and forwarders you trust', () => {
  it('adds a domain and a network, refuses a too-wide one, removes and undoes', async () => {
    const page = await s.context.newPage();
    await page.goto(extensionUrl(s, 'options.html'));
    await page.getByTestId('trusted-gateways').waitFor();
    const note = () => page.getByTestId('gateways-note').textContent();

    await page.getByTestId('gateways-input').fill('mimecast.com');
    await page.getByTestId('gateways-add').click();
    await expect.poll(note).toContain('Trusted mimecast.com');
    await page.getByTestId('gateways-input').fill('0.0.0.0/0');
    await page.getByTestId('gateways-add').click();
    await expect.poll(note).toContain('too wide');
    await page.getByTestId('gateways-input').fill('209.222.80.0/21');
    await page.getByTestId('gateways-add').click();
    await expect.poll(note).toContain('Trusted 209.222.80.0/21');
    await page.getByTestId('forwarders-input').fill('lists.example.org');
    await page.getByTestId('forwarders-add').click();
    await expect
      .poll(() => page.getByTestId('forwarders-note').textContent())
      .toContain('Trusted lists.example.org');

    const stored = () =>
      s.worker.evaluate(() => chrome.storage.local.get(['trustedGateways', 'trustedForwarders']));
    expect(await stored()).toEqual({
      trustedGateways: ['mimecast.com', '209.222.80.0/21'],
      trustedForwarders: ['lists.example.org'],
    });
    await page.getByTestId('trusted-gateways').screenshot({ path: join(SHOTS, 'options-gateways.png') });

    await page.getByRole('button', { name: 'Remove mimecast.com' }).click();
    await expect.poll(async () => (await stored()).trustedGateways).toEqual(['209.222.80.0/21']);
    await page.getByTestId('gateways-undo').click();
    await expect
      .poll(async () => (await stored()).trustedGateways)
      .toEqual(['209.222.80.0/21', 'mimecast.com']);

    // Leave nothing trusted for the popup test below.
    await s.worker.evaluate(() => chrome.storage.local.set({ trustedGateways: [], trustedForwarders: [] }));
    await page.close();
  });
});

describe('popup: is this your organisation’s gateway?', () => {
  it('asks about the Mimecast host at the entry hop; trusting it re-analyses to the real sender', async () => {
    const raw = readFileSync(join(CASE, 'message.eml'), 'utf8');
    const page = await s.context.newPage();
    await page.goto(extensionUrl(s, 'options.html#gateway-message'));
    const tabId = await page.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
    const source: MessageSource = {
      site: 'gmail',
      messageId: 'gw-1',
      byteExact: true,
      trustedAuthservIds: ['mx.reader.example'],
    };
    await sendToWorker(page, 'messageOpened', { source, raw, error: null });

    const popup = await openPopup(s, tabId);
    await popup.setViewportSize({ width: 380, height: 700 });
    const verdict = () => popup.getByTestId('verdict').getAttribute('data-verdict');
    await popup.getByTestId('verdict').waitFor({ timeout: 20_000 });
    expect(await verdict()).toBe('unverified');
    const question = popup.getByTestId('gateway-question');
    expect(await question.textContent()).toContain(
      'eu-smtp-delivery-151.mimecast.com (Mimecast) handed this message to your provider',
    );
    await popup.screenshot({ path: join(SHOTS, 'popup-gateway-question.png'), fullPage: true });

    await popup.getByTestId('gateway-trust-add').click();
    await expect.poll(verdict, { timeout: 20_000 }).toBe('authenticated');
    expect(await popup.getByTestId('gateway-question').count()).toBe(0);
    expect(await s.worker.evaluate(() => chrome.storage.local.get('trustedGateways'))).toEqual({
      trustedGateways: ['mimecast.com'],
    });
    expect(await popup.getByTestId('origin').textContent()).toContain('192.0.2.10');
    await popup.screenshot({ path: join(SHOTS, 'popup-gateway-trusted.png'), fullPage: true });
    await popup.close();
    await page.close();
  });
});
