// The worker believes the browser's record of a sender, never its payload (issue 18 §1).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageSource } from '../../../lib/ext/messaging';
import { isExtensionPage } from '../../../lib/ext/sender';
import { roundcubeSitesItem } from '../../../lib/ext/settings';
import { createWorker } from '../../../lib/ext/worker';
import { sourceFromSender } from '../../../lib/ext/worker-sites';
import { resetFakeBrowser } from './browser-stubs';
import { fakeEngine } from './fake-engine';

const EXT = 'chrome-extension://abcdefghijklmnop/';

beforeEach(() => resetFakeBrowser());

describe('extension pages', () => {
  it('are pages under the extension origin, not frames of a web page', () => {
    expect(isExtensionPage({ url: `${EXT}popup.html` }, EXT)).toBe(true);
    expect(isExtensionPage({ url: `${EXT}inspector.html`, tab: { id: 4 }, frameId: 0 }, EXT)).toBe(true);
    // An extension page framed by a webmail: the webmail's tab, a sub-frame.
    expect(isExtensionPage({ url: `${EXT}popup.html`, tab: { id: 4 }, frameId: 3 }, EXT)).toBe(false);
    expect(
      isExtensionPage({ url: 'https://mail.google.com/mail/u/0/', tab: { id: 4 }, frameId: 0 }, EXT),
    ).toBe(false);
    expect(isExtensionPage({ url: 'chrome-extension://otherextension/popup.html' }, EXT)).toBe(false);
    expect(isExtensionPage({}, EXT)).toBe(false);
    expect(isExtensionPage(undefined, EXT)).toBe(false);
  });
});

describe('sources from content scripts', () => {
  const claim = (site: MessageSource['site']): MessageSource => ({
    site,
    messageId: 'm1',
    byteExact: true,
    // What a compromised renderer would send: a trusted id of its choosing and a wide network.
    trustedAuthservIds: ['attacker.example'],
    receiverNetworks: ['0.0.0.0/0'],
    origin: 'https://mail.example.org',
  });

  it("take the site, trusted ids and networks from the frame's URL, not the payload", () => {
    const gmail = sourceFromSender(claim('gmail'), 'https://mail.google.com/mail/u/0/#inbox', {
      roundcubeSites: [],
    });
    expect(gmail).toEqual({
      site: 'gmail',
      messageId: 'm1',
      byteExact: true,
      trustedAuthservIds: ['mx.google.com'],
      origin: 'https://mail.google.com',
    });
    // Yahoo's rules claimed from a Gmail frame: refused.
    expect(
      sourceFromSender(claim('yahoo'), 'https://mail.google.com/mail/', { roundcubeSites: [] }),
    ).toBeNull();
    // A page that is no webmail, or a Roundcube the user did not enable.
    expect(sourceFromSender(claim('gmail'), 'https://evil.example/', { roundcubeSites: [] })).toBeNull();
    expect(
      sourceFromSender(claim('roundcube'), 'https://mail.example.org/?_task=mail', { roundcubeSites: [] }),
    ).toBeNull();
    const rc = sourceFromSender(claim('roundcube'), 'https://mail.example.org/?_task=mail', {
      roundcubeSites: ['https://mail.example.org'],
    });
    expect(rc).toMatchObject({
      site: 'roundcube',
      trustedAuthservIds: [],
      origin: 'https://mail.example.org',
    });
    expect(rc?.receiverNetworks).toBeUndefined();
  });

  it('a content script cannot get a message judged under another site’s rules, nor read its cache', async () => {
    await roundcubeSitesItem.setValue(['https://mail.example.org']);
    const engine = fakeEngine();
    const w = createWorker(engine);
    const yahooFrame = { id: 7, url: 'https://mail.yahoo.com/d/folders/1', contentScript: true };
    const gmailFrame = { id: 8, url: 'https://mail.google.com/mail/u/0/', contentScript: true };
    await w.analyzeRow({ source: claim('yahoo'), raw: 'X-Test-Verdict: authenticated\r\n\r\n' }, yahooFrame);
    expect(engine.calls[0]?.opts.trustedAuthservIds).toEqual(['*.yahoo.com']);
    expect(engine.calls[0]?.opts.receiverNetworks).toBeUndefined();
    // Rows are judged without DNS (issue 18 §3).
    expect(engine.calls[0]?.opts.resolver).toBeUndefined();
    await expect(
      w.analyzeRow({ source: claim('yahoo'), raw: 'X-Test-Verdict: authenticated\r\n\r\n' }, gmailFrame),
    ).rejects.toThrow(/does not read mail/);
    // Yahoo's cached verdict is not Gmail's, whatever id the Gmail frame asks for.
    expect(await w.cachedRow({ site: 'yahoo', messageId: 'm1' }, gmailFrame)).toBeNull();
    expect(await w.cachedRow({ site: 'gmail', messageId: 'm1' }, gmailFrame)).toBeNull();
    expect(await w.cachedRow({ site: 'yahoo', messageId: 'm1' }, yahooFrame)).toMatchObject({
      verdict: 'authenticated',
    });
  });

  it('badge settings are answered for the sender’s own site only', async () => {
    const w = createWorker(fakeEngine());
    expect(await w.badgeSettings({ url: 'https://mail.google.com/mail/', contentScript: true })).toEqual({
      enabled: true,
      showAll: false,
    });
    expect(await w.badgeSettings({ url: 'https://evil.example/', contentScript: true })).toEqual({
      enabled: false,
      showAll: false,
    });
  });

  it('approves only IP literals, in canonical form', async () => {
    const w = createWorker(fakeEngine());
    await expect(w.setServerApproval({ ip: 'mx.evil.example', approved: true })).rejects.toThrow(
      /IP address/,
    );
    await w.setServerApproval({ ip: ' 2001:DB8:0:0::1 ', approved: true });
    const { approvedServersItem } = await import('../../../lib/ext/settings');
    expect(await approvedServersItem.getValue()).toEqual(['2001:db8::1']);
  });
});

describe('storage bounds (issue 18 §2)', () => {
  it('caps an analysis’s long lists before caching it, and never caches one over 200 KB', async () => {
    const { compactForCache, MAX_ENTRY_BYTES } = await import('../../../lib/ext/worker-cache');
    const { analyzeMessage } =
      await vi.importActual<typeof import('../../../lib/analyze')>('../../../lib/analyze');
    const { hostileMessage } = await import('../../helpers/hostile');
    const hops = Array.from(
      { length: 1000 },
      (_, i) =>
        `Received: from h${i}.relay.example (h${i}.relay.example [198.51.100.${i % 250}]) by h${i + 1}.relay.example with ESMTP id q${i}; Tue, 01 Dec 2026 10:00:00 +0000`,
    );
    const analysis = await analyzeMessage(hostileMessage(hops));
    const full = JSON.stringify({ analysis, dnsUnreachable: false }).length;
    const compact = compactForCache({ analysis, dnsUnreachable: false });
    expect(full).toBeGreaterThan(MAX_ENTRY_BYTES);
    expect(compact).not.toBeNull();
    expect(compact!.bytes).toBeLessThanOrEqual(MAX_ENTRY_BYTES);
    expect(compact!.value.analysis.verdict).toBe(analysis.verdict);
    console.log(`[harden] cached analysis of a 1000-hop message: ${full} → ${compact!.bytes} bytes`);
  });
});
