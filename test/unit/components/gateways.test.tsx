// @vitest-environment happy-dom
// "Mail gateways and forwarders you trust": the options section (add, validate, remove, undo), the
// popup's one-click questions, and the worker messages behind them (extension pages only).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TrustedGateways } from '../../../components/options/TrustedGateways';
import { PopupApp } from '../../../components/PopupApp';
import { sendMessage } from '../../../lib/ext/messaging';
import { isExtensionPage as fromExtensionPage } from '../../../lib/ext/sender';
import { dnsModeItem, trustedForwardersItem, trustedGatewaysItem } from '../../../lib/ext/settings';
import { createWorker, startWorker } from '../../../lib/ext/worker';
import type { AnalyzeFn } from '../../../lib/ext/worker-analyze';
import type { AnalyzeOptions } from '../../../lib/types';
import { resetFakeBrowser } from '../ext/browser-stubs';
import { makeAnalysis, makeFinding } from '../ext/make-analysis';
import { mount, typeInto, until } from './render';

vi.mock('../../../lib/analyze', () => ({ analyzeMessage: vi.fn() }));

/** A stand-in engine: a Mimecast gateway at the entry until trusted, a list's seal until trusted. */
function gatewayEngine() {
  const calls: AnalyzeOptions[] = [];
  const analyze: AnalyzeFn = async (_raw, opts) => {
    calls.push(opts);
    const gatewayTrusted = opts.trustedGateways?.domains?.includes('mimecast.com') ?? false;
    const listTrusted = opts.trustedForwarders?.includes('lists.example.org') ?? false;
    const base = makeAnalysis();
    return makeAnalysis({
      verdict: gatewayTrusted ? 'authenticated' : 'unverified',
      arc: { ...base.arc, result: 'pass', sealers: ['lists.example.org'] },
      gateway: {
        trusted: gatewayTrusted,
        name: 'Mimecast',
        ip: '198.51.100.151',
        host: 'eu-smtp-delivery-151.mimecast.com',
        hopIndexes: [0],
        offer: gatewayTrusted ? null : 'mimecast.com',
        resultsLines: [],
        recordedDmarc: 'pass',
      },
      findings: listTrusted
        ? []
        : [
            makeFinding({
              id: 'arc-untrusted-sealer',
              severity: 'low',
              title: 'Sealed on the way by lists.example.org, whose word is not taken',
            }),
          ],
    });
  };
  return { analyze, calls };
}

const EXTENSION_PAGE = 'chrome-extension://test-extension-id/popup.html';
const tab = { id: 7, url: 'https://mail.google.com/mail/u/0/#inbox/x' };
const source = {
  site: 'gmail' as const,
  messageId: 'g1',
  byteExact: true,
  trustedAuthservIds: ['mx.google.com'],
};

/**
 * Messages sent through fake-browser carry an empty sender; a real extension page's carries its
 * URL, a content script's the web page's. Delivered here with the sender a browser would give.
 */
function sendAs(url: string | undefined) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((
    message: unknown,
    callback: (r: unknown) => void,
  ) => {
    void fakeBrowser.runtime.onMessage.trigger(message, (url ? { url } : {}) as never, callback as never);
  }) as never);
}

let stop: () => void = () => {};
let engine = gatewayEngine();
beforeEach(async () => {
  resetFakeBrowser();
  await dnsModeItem.setValue('offline');
  engine = gatewayEngine();
  stop = startWorker(engine);
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
});

describe('options: mail gateways and forwarders you trust', () => {
  it('says when a gateway domain is a hoster’s reverse-name zone (probe52), not for a host’s own name', async () => {
    const root = await mount(<TrustedGateways />);
    const input = root.querySelector<HTMLInputElement>('[data-testid="gateways-input"]')!;
    const add = () => root.querySelector<HTMLButtonElement>('[data-testid="gateways-add"]')!.click();
    const note = () => root.querySelector('[data-testid="gateways-note"]')?.textContent ?? '';
    await typeInto(input, 'eu-central-1.compute.amazonaws.com');
    add();
    await until(() => expect(note()).toContain('Trusted eu-central-1.compute.amazonaws.com'));
    expect(note()).toMatch(/amazonaws\.com is a cloud or hosting provider’s naming.*exact host name/);
    await typeInto(input, 'static.30.20.198.88.clients.your-server.de');
    add();
    await until(() => expect(note()).toBe('Trusted static.30.20.198.88.clients.your-server.de.'));
  });

  it('adds a validated domain and network, refuses a too-wide one, removes and undoes', async () => {
    const root = await mount(<TrustedGateways />);
    const input = root.querySelector<HTMLInputElement>('[data-testid="gateways-input"]')!;
    const add = () => root.querySelector<HTMLButtonElement>('[data-testid="gateways-add"]')!.click();
    const note = () => root.querySelector('[data-testid="gateways-note"]')?.textContent ?? '';

    await typeInto(input, 'MX1.Mimecast.com');
    add();
    await until(async () => expect(await trustedGatewaysItem.getValue()).toEqual(['mx1.mimecast.com']));
    await until(() => expect(note()).toContain('Trusted mx1.mimecast.com'));
    await typeInto(input, '0.0.0.0/0');
    add();
    await until(() => expect(note()).toMatch(/too wide/));
    await typeInto(input, '209.222.82.7/21');
    add();
    await until(async () =>
      expect(await trustedGatewaysItem.getValue()).toEqual(['mx1.mimecast.com', '209.222.80.0/21']),
    );
    await until(() => expect(note()).toContain('Trusted 209.222.80.0/21'));
    // A network of more than one address: not honoured for a cloud tenant's VM in it (probe41).
    expect(note()).toMatch(/cloud or hosting provider.*its own address alone/);
    await typeInto(input, '<img src=x>');
    add();
    await until(() => expect(note()).toMatch(/not a domain/));
    expect(root.querySelectorAll('[data-testid="gateways-value"]').length).toBe(2);

    root.querySelector<HTMLButtonElement>('[aria-label="Remove mx1.mimecast.com"]')!.click();
    await until(async () => expect(await trustedGatewaysItem.getValue()).toEqual(['209.222.80.0/21']));
    await until(() => expect(root.querySelector('[data-testid="gateways-undo"]')).not.toBeNull());
    expect(note()).toContain('Removed mx1.mimecast.com');
    root.querySelector<HTMLButtonElement>('[data-testid="gateways-undo"]')!.click();
    await until(async () =>
      expect((await trustedGatewaysItem.getValue())?.sort()).toEqual(['209.222.80.0/21', 'mx1.mimecast.com']),
    );
    await until(() => expect(note()).toContain('Restored mx1.mimecast.com'));
    expect(root.querySelector('[data-testid="gateways-undo"]')).toBeNull();
  });

  it('takes only domains as forwarders', async () => {
    const root = await mount(<TrustedGateways />);
    const input = root.querySelector<HTMLInputElement>('[data-testid="forwarders-input"]')!;
    await typeInto(input, '198.51.100.0/24');
    root.querySelector<HTMLButtonElement>('[data-testid="forwarders-add"]')!.click();
    await until(() =>
      expect(root.querySelector('[data-testid="forwarders-note"]')?.textContent).toMatch(/ARC domain/),
    );
    expect(await trustedForwardersItem.getValue()).toEqual([]);
    await typeInto(input, 'lists.example.org');
    root.querySelector<HTMLButtonElement>('[data-testid="forwarders-add"]')!.click();
    await until(async () => expect(await trustedForwardersItem.getValue()).toEqual(['lists.example.org']));
  });
});

describe('popup: one-click trust questions', () => {
  it('asks about the gateway at the entry hop and about an untrusted sealer; answering re-analyses', async () => {
    sendAs(EXTENSION_PAGE);
    await createWorker(engine).messageOpened({ source, raw: 'x\r\n\r\n', error: null }, tab);
    history.replaceState(null, '', '/popup.html?tabId=7');
    const root = await mount(<PopupApp />);
    const verdict = () => root.querySelector('[data-testid="verdict"]')?.getAttribute('data-verdict');
    await until(() => expect(verdict()).toBe('unverified'));
    const question = root.querySelector('[data-testid="gateway-question"]')!;
    expect(question.textContent).toContain(
      'eu-smtp-delivery-151.mimecast.com (Mimecast) handed this message',
    );
    expect(question.textContent).toContain('sender’s outgoing gateway');
    root.querySelector<HTMLButtonElement>('[data-testid="gateway-trust-add"]')!.click();
    await until(() => expect(verdict()).toBe('authenticated'));
    expect(await trustedGatewaysItem.getValue()).toEqual(['mimecast.com']);
    expect(root.querySelector('[data-testid="gateway-question"]')).toBeNull();
    // The worker passed the decision on to the engine.
    expect(engine.calls.at(-1)?.trustedGateways).toEqual({ domains: ['mimecast.com'], networks: [] });
    expect(engine.calls.at(-1)?.trustedForwarders).toEqual([]);

    const forwarder = root.querySelector<HTMLButtonElement>('[data-testid="forwarder-trust-add"]')!;
    expect(forwarder.textContent).toBe('Trust lists.example.org as a forwarder');
    forwarder.click();
    await until(() => expect(root.querySelector('[data-testid="forwarder-question"]')).toBeNull());
    expect(await trustedForwardersItem.getValue()).toEqual(['lists.example.org']);
    expect(engine.calls.at(-1)?.trustedForwarders).toEqual(['lists.example.org']);
  });
});

describe('worker: trust messages', () => {
  it('refuses them from a content script (a sender that is not an extension page) and stores nothing', async () => {
    sendAs('https://mail.google.com/mail/u/0/');
    await expect(sendMessage('setGatewayTrust', { entry: 'evil.example', trusted: true })).rejects.toThrow(
      /may only be sent by HeaderLens's own pages/,
    );
    await expect(sendMessage('setForwarderTrust', { domain: 'evil.example', trusted: true })).rejects.toThrow(
      /may only be sent by HeaderLens's own pages/,
    );
    expect(await trustedGatewaysItem.getValue()).toEqual([]);
    expect(await trustedForwardersItem.getValue()).toEqual([]);
  });

  it('validates what an extension page sends: header text that is no domain or CIDR is refused', async () => {
    sendAs(EXTENSION_PAGE);
    await expect(
      sendMessage('setGatewayTrust', { entry: 'mimecast.com"><script>', trusted: true }),
    ).rejects.toThrow(/not a domain/);
    await expect(
      sendMessage('setForwarderTrust', { domain: '198.51.100.0/24', trusted: true }),
    ).rejects.toThrow(/ARC domain/);
    expect(await sendMessage('setGatewayTrust', { entry: '198.51.100.9/26', trusted: true })).toBeNull();
    expect(await trustedGatewaysItem.getValue()).toEqual(['198.51.100.0/26']);
    expect(await sendMessage('setGatewayTrust', { entry: '198.51.100.0/26', trusted: false })).toBeNull();
    expect(await trustedGatewaysItem.getValue()).toEqual([]);
  });

  it('tells extension pages from web pages by origin', () => {
    const ext = 'chrome-extension://abc/';
    expect(fromExtensionPage({ url: 'chrome-extension://abc/options.html' }, ext)).toBe(true);
    expect(fromExtensionPage({ url: 'chrome-extension://other/options.html' }, ext)).toBe(false);
    expect(fromExtensionPage({ url: 'chrome-extension://abcd/options.html' }, ext)).toBe(false);
    expect(fromExtensionPage({ url: 'https://mail.google.com/' }, ext)).toBe(false);
    expect(fromExtensionPage({}, ext)).toBe(false);
    expect(fromExtensionPage(undefined, ext)).toBe(false);
  });
});
