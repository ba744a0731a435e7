import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { approvalDetailsItem } from '../../../lib/ext/approvals';
import { badgeFor } from '../../../lib/ext/badge';
import { type MessageSource, sendMessage } from '../../../lib/ext/messaging';
import {
  approvedServersItem,
  customDohUrlItem,
  dnsModeItem,
  extraAuthservIdsItem,
  keepHistoryItem,
  roundcubeAuthservIdsItem,
  roundcubeSitesItem,
} from '../../../lib/ext/settings';
import { createWorker, startWorker } from '../../../lib/ext/worker';
import { engineOptionsFor } from '../../../lib/ext/worker-analyze';
import { forgetHistory, MAX_CACHED } from '../../../lib/ext/worker-cache';
import { dohEndpoint } from '../../../lib/ext/worker-resolver';
import { readSettings } from '../../../lib/ext/worker-settings';
import { readTab } from '../../../lib/ext/worker-tabs';
import type { Verdict } from '../../../lib/types';
import { resetFakeBrowser } from './browser-stubs';
import { fakeEngine } from './fake-engine';

// The engine is built elsewhere: the worker is tested with a stand-in (fake-engine.ts).
vi.mock('../../../lib/analyze', () => ({ analyzeMessage: vi.fn() }));

const gmail = (messageId: string): MessageSource => ({
  site: 'gmail',
  messageId,
  byteExact: true,
  trustedAuthservIds: ['mx.google.com'],
});

beforeEach(() => {
  resetFakeBrowser();
});

describe('badge mapping', () => {
  it('gives each verdict its own glyph and colour', () => {
    expect(badgeFor('authenticated')).toMatchObject({ text: '✓', color: '#1a7f37' });
    expect(badgeFor('suspicious').text).toBe('!');
    expect(badgeFor('spoofed').text).toBe('✕');
    expect(badgeFor('unverified').text).toBe('?');
    const colours = new Set(
      ['authenticated', 'suspicious', 'spoofed', 'unverified'].map((v) => badgeFor(v as Verdict).color),
    );
    expect(colours.size).toBe(4);
  });
});

describe('worker messages', () => {
  it('refuses privileged messages from a sender outside the extension’s pages', async () => {
    const engine = fakeEngine();
    const stop = startWorker({ analyze: engine.analyze });
    try {
      // fake-browser records no sender URL: as a content script would be, the sender is no extension page.
      await expect(sendMessage('analyzeRaw', { raw: 'X-Test-Verdict: spoofed\r\n\r\n' })).rejects.toThrow(
        /only be sent by HeaderLens/,
      );
      await expect(sendMessage('setServerApproval', { ip: '192.0.2.1', approved: true })).rejects.toThrow();
      expect(await approvedServersItem.getValue()).toEqual([]);
      expect(engine.calls).toHaveLength(0);
    } finally {
      stop();
    }
  });

  it('analyses pasted text (analyzeRaw) with the user’s extra authserv-ids, offline when asked', async () => {
    await dnsModeItem.setValue('offline');
    await storage.setItem('local:extraAuthservIds', ['mx.corp.example']);
    const engine = fakeEngine();
    const w = createWorker({ analyze: engine.analyze });
    const state = await w.analyzeRaw({ raw: 'X-Test-Verdict: spoofed\r\n\r\nbody' });
    expect(state.kind).toBe('analysis');
    if (state.kind !== 'analysis') return;
    expect(state.site).toBe('inspector');
    expect(state.analysis.verdict).toBe('spoofed');
    expect(state.dnsUnreachable).toBe(false);
    expect(engine.calls[0]?.opts.resolver).toBeUndefined();
    expect(engine.calls[0]?.opts.trustedAuthservIds).toEqual(['mx.corp.example']);
  });

  it('falls back to provider results and says so when every DNS query fails', async () => {
    await dnsModeItem.setValue('custom');
    // Port 9 (discard) on this machine: nothing listens, every query fails to connect.
    await customDohUrlItem.setValue('http://127.0.0.1:9/dns-query');
    const engine = fakeEngine();
    const w = createWorker({ analyze: engine.analyze });
    const state = await w.analyzeRaw({ raw: 'X-Test-Dns: yes\r\nX-Test-Verdict: unverified\r\n\r\n' });
    expect(state.kind === 'analysis' && state.dnsUnreachable).toBe(true);
    expect(state.kind === 'analysis' && state.analysis.mode).toBe('offline');
    expect(engine.calls.map((c) => c.opts.resolver === undefined)).toEqual([false, true]);
  });

  it('reads pasted text with the webmail profile the inspector picked (auto by default), a tab with its site’s', async () => {
    await dnsModeItem.setValue('offline');
    const engine = fakeEngine();
    const w = createWorker({ analyze: engine.analyze });
    const raw = 'X-Test-Verdict: unverified\r\n\r\n';
    await w.analyzeRaw({ raw });
    await w.analyzeRaw({ raw, webmail: 'outlook', notByteExact: true });
    // Not a profile name: read as auto, never passed through.
    await w.analyzeRaw({ raw: `${raw} `, webmail: 'hotmail' as never });
    await w.analyzeRow({ source: gmail('m9'), raw });
    expect(engine.calls.map((c) => [c.opts.webmail, c.opts.notByteExact])).toEqual([
      ['auto', false],
      ['outlook', true],
      ['auto', false],
      ['gmail', false],
    ]);
  });

  it('shares one analysis between concurrent requests and reuses it from the cache', async () => {
    await dnsModeItem.setValue('offline');
    const engine = fakeEngine();
    const w = createWorker({ analyze: engine.analyze });
    const raw = 'X-Test-Verdict: suspicious\r\n\r\n';
    const [a, b] = await Promise.all([
      w.analyzeRow({ source: gmail('m1'), raw }),
      w.analyzeRow({ source: gmail('m1'), raw }),
    ]);
    expect(a.verdict).toBe('suspicious');
    expect(b).toEqual(a);
    expect(engine.calls).toHaveLength(1);
    expect(await w.cachedRow({ site: 'gmail', messageId: 'm1' })).toEqual(a);
    expect(await w.cachedRow({ site: 'gmail', messageId: 'other' })).toBeNull();
    await w.analyzeRow({ source: gmail('m1'), raw });
    expect(engine.calls).toHaveLength(1);
  });

  it('keeps analyses off the disk unless history is on', async () => {
    await dnsModeItem.setValue('offline');
    const w = createWorker(fakeEngine());
    await w.analyzeRow({ source: gmail('m1'), raw: 'X-Test-Verdict: spoofed\r\n\r\n' });
    const local = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(local).some((k) => k.startsWith('hl-analysis'))).toBe(false);
    const session = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(session).some((k) => k.startsWith('hl-analysis:gmail:m1'))).toBe(true);

    await keepHistoryItem.setValue(true);
    await w.analyzeRow({ source: gmail('m2'), raw: 'X-Test-Verdict: spoofed\r\n\r\n' });
    const local2 = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(local2).some((k) => k.startsWith('hl-analysis:gmail:m2'))).toBe(true);
  });
});

describe('tab state and badge', () => {
  const tab = { id: 7, url: 'https://mail.google.com/mail/u/0/#inbox/abc' };
  const w7 = () => createWorker(fakeEngine()).getTabState(7);

  it('sets the tab state and a red ✕ badge for a spoofed message, clears both when the user leaves', async () => {
    await dnsModeItem.setValue('offline');
    const w = createWorker(fakeEngine());
    const state = await w.messageOpened(
      { source: gmail('m1'), raw: 'X-Test-Verdict: spoofed\r\n\r\n', error: null },
      tab,
    );
    expect(state.kind).toBe('analysis');
    expect((await w.getTabState(7)).kind).toBe('analysis');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✕');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 })).toEqual([0xcf, 0x22, 0x2e, 255]);

    await w.tabNavigated(7, tab.url); // same URL: the message is still open
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✕');
    // Composing over the open message changes the address, not the message: the content script,
    // which reports every change of the open message, decides.
    await w.tabNavigated(7, `${tab.url}?compose=new`);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✕');
    await w.pageState(
      { site: 'gmail', state: 'no-message' },
      { ...tab, url: 'https://mail.google.com/mail/u/0/#inbox' },
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    expect(await w.getTabState(7)).toEqual({ kind: 'no-message', site: 'gmail' });
    // Leaving the webmail: no script will report there, so the tab's state and badge go.
    await w.messageOpened({ source: gmail('m1'), raw: 'X-Test-Verdict: spoofed\r\n\r\n', error: null }, tab);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✕');
    await w.tabNavigated(7, 'https://example.com/article');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    expect(await w.getTabState(7)).toEqual({ kind: 'unsupported' });
  });

  it('forgets the message when the tab loads a page this extension may not see (it left the webmail)', async () => {
    await dnsModeItem.setValue('offline');
    const stop = startWorker(fakeEngine());
    await createWorker(fakeEngine()).messageOpened(
      { source: gmail('m1'), raw: 'X-Test-Verdict: spoofed\r\n\r\n', error: null },
      tab,
    );
    const updated = fakeBrowser.tabs.onUpdated as unknown as {
      trigger(id: number, change: object, tab: object): Promise<unknown>;
    };
    // A reload of the same webmail page: the address is visible and the content script will report.
    await updated.trigger(7, { status: 'loading' }, { id: 7, url: tab.url });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✕');
    await updated.trigger(7, { status: 'loading' }, { id: 7 });
    await expect.poll(async () => (await w7()).kind).toBe('unsupported');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    stop();
  });

  it('reports no-message, layout-changed and read errors as tab states without a badge', async () => {
    const w = createWorker(fakeEngine());
    await w.pageState({ site: 'gmail', state: 'layout-changed', detail: 'no div.adn' }, tab);
    expect(await w.getTabState(7)).toEqual({ kind: 'layout-changed', site: 'gmail', detail: 'no div.adn' });
    await w.messageOpened({ source: gmail('m9'), raw: null, error: 'Logged out' }, tab);
    expect(await w.getTabState(7)).toMatchObject({ kind: 'error', reason: 'Logged out', messageId: 'm9' });
    await w.messageOpened({ source: gmail(''), raw: null, error: null }, tab);
    expect(await w.getTabState(7)).toEqual({ kind: 'no-message', site: 'gmail' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('does not let a slow analysis of a message the user already left overwrite the newer one', async () => {
    await dnsModeItem.setValue('offline');
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const engine = fakeEngine();
    const w = createWorker({
      analyze: async (raw, opts) => {
        if (String(raw).includes('slow')) await gate;
        return engine.analyze(raw, opts);
      },
    });
    const slow = w.messageOpened(
      { source: gmail('old'), raw: 'slow\r\nX-Test-Verdict: spoofed\r\n\r\n', error: null },
      tab,
    );
    await w.messageOpened(
      { source: gmail('new'), raw: 'X-Test-Verdict: authenticated\r\n\r\n', error: null },
      tab,
    );
    release();
    await slow;
    expect(await w.getTabState(7)).toMatchObject({ kind: 'analysis', messageId: 'new' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✓');
  });

  it('re-analyses the open message when the user approves its server, and again on removal', async () => {
    await dnsModeItem.setValue('offline');
    const w = createWorker(fakeEngine());
    await w.messageOpened(
      { source: gmail('h1'), raw: 'X-Test-Verdict: suspicious\r\n\r\n', error: null },
      tab,
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('!');
    const approved = await w.setServerApproval({ ip: '192.0.2.10', approved: true, tabId: 7 });
    expect(approved?.kind === 'analysis' && approved.analysis.verdict).toBe('authenticated');
    expect(await approvedServersItem.getValue()).toEqual(['192.0.2.10']);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✓');
    const removed = await w.setServerApproval({ ip: '192.0.2.10', approved: false, tabId: 7 });
    expect(removed?.kind === 'analysis' && removed.analysis.verdict).toBe('suspicious');
    expect(await approvedServersItem.getValue()).toEqual([]);
  });

  it('an approval given in the popup covers the From domain it was given on; the engine is told so', async () => {
    const w = createWorker(fakeEngine());
    const note = { fromDomain: 'vendor.example', network: 'AS8075 Microsoft · Azure' };
    await w.setServerApproval({ ip: '192.0.2.10', approved: true, note });
    expect((await readSettings()).approvedServerDomains).toEqual({ '192.0.2.10': ['vendor.example'] });
    const stamp = (await readSettings()).stamp;
    await w.setServerApproval({
      ip: '192.0.2.10',
      approved: true,
      note: { ...note, fromDomain: 'shop.example' },
    });
    const after = await readSettings();
    expect(after.approvedServerDomains).toEqual({ '192.0.2.10': ['vendor.example', 'shop.example'] });
    // A wider approval changes verdicts: cached analyses must not answer for it.
    expect(after.stamp).not.toBe(stamp);
    await w.setServerApproval({ ip: '192.0.2.10', approved: false });
    expect((await readSettings()).approvedServerDomains).toEqual({});
    // Details left behind without the IP (an interrupted write) are not added to on a new approval.
    await approvalDetailsItem.setValue({
      '192.0.2.10': { approvedAt: '2026-01-01T00:00:00.000Z', fromDomain: 'old.example', network: null },
    });
    await w.setServerApproval({ ip: '192.0.2.10', approved: true, note });
    expect((await readSettings()).approvedServerDomains).toEqual({ '192.0.2.10': ['vendor.example'] });
  });

  it('forgets a closed tab', async () => {
    await dnsModeItem.setValue('offline');
    const w = createWorker(fakeEngine());
    await w.messageOpened({ source: gmail('m1'), raw: 'X-Test-Verdict: spoofed\r\n\r\n', error: null }, tab);
    await w.tabClosed(7);
    expect(await w.getTabState(7)).toEqual({ kind: 'unsupported' });
    expect(await storage.getItem('session:hl-tab-raw:7')).toBeNull();
  });

  it('keeps the raw message apart from the state the popup reads, and never pairs a state with an older message', async () => {
    await dnsModeItem.setValue('offline');
    const w = createWorker(fakeEngine());
    const raw = 'X-Test-Verdict: suspicious\r\n\r\n';
    await w.messageOpened({ source: gmail('r1'), raw, error: null }, tab);
    const state = await storage.getItem<Record<string, unknown>>('session:hl-tab:7');
    expect(state).toMatchObject({ state: { kind: 'analysis', messageId: 'r1' } });
    expect(state).not.toHaveProperty('raw');
    expect(await storage.getItem('session:hl-tab-raw:7')).toBe(raw);
    expect(await readTab(7)).toMatchObject({ source: { messageId: 'r1' }, raw });
    // A read error for the next message leaves no message behind to re-analyse by mistake.
    await w.messageOpened({ source: gmail('r2'), raw: null, error: 'Logged out' }, tab);
    expect(await storage.getItem('session:hl-tab-raw:7')).toBeNull();
    expect((await readTab(7))?.raw).toBeUndefined();
    expect(await w.setServerApproval({ ip: '192.0.2.10', approved: true, tabId: 7 })).toMatchObject({
      kind: 'error',
    });
  });
});

describe('authserv-ids trusted on one Roundcube site', () => {
  const SITE = 'https://mail.example.org';
  const roundcube = (messageId: string, origin?: string): MessageSource => ({
    site: 'roundcube',
    messageId: `${SITE}|INBOX|${messageId}`,
    byteExact: false,
    trustedAuthservIds: [],
    ...(origin ? { origin } : {}),
  });
  // The preview pane is an iframe: the frame's URL is the one that names the site.
  const frame = { id: 7, url: `${SITE}/?_task=mail`, frameUrl: `${SITE}/?_task=mail&_action=preview&_uid=1` };
  const raw = 'X-Test-Verdict: authenticated\r\n\r\n';
  beforeEach(async () => {
    await roundcubeSitesItem.setValue([SITE, 'https://other.example']);
  });

  it('trusts a site’s ids for mail read on that site only, whatever origin the page claims', async () => {
    await dnsModeItem.setValue('offline');
    await roundcubeAuthservIdsItem.setValue({
      [SITE]: ['mx.example.org'],
      'https://other.example': ['mx.other.example'],
    });
    const engine = fakeEngine();
    const w = createWorker(engine);
    await w.messageOpened({ source: roundcube('1', 'https://other.example'), raw, error: null }, frame);
    expect(engine.calls[0]?.opts.trustedAuthservIds).toEqual(['mx.example.org']);
    // Inbox rows: the same rule, from the frame that asked.
    await w.analyzeRow({ source: roundcube('2'), raw }, { frameUrl: 'https://other.example/?_task=mail' });
    expect(engine.calls[1]?.opts.trustedAuthservIds).toEqual(['mx.other.example']);
    // Nowhere else: not in Gmail.
    await w.analyzeRow({ source: { ...gmail('g1'), origin: SITE }, raw }, frame);
    expect(engine.calls[2]?.opts.trustedAuthservIds).toEqual(['mx.google.com']);
    // The options' global list still applies everywhere, next to the site's own.
    await extraAuthservIdsItem.setValue(['gw.corp.example']);
    await w.analyzeRow({ source: roundcube('4'), raw }, frame);
    expect(engine.calls[3]?.opts.trustedAuthservIds).toEqual(['gw.corp.example', 'mx.example.org']);
  });

  it('reads nothing more from a Roundcube site the user removed (its open tabs keep the script)', async () => {
    await dnsModeItem.setValue('offline');
    const engine = fakeEngine();
    const w = createWorker(engine);
    await w.messageOpened({ source: roundcube('1'), raw, error: null }, frame);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✓');
    expect(await w.cachedRow({ site: 'roundcube', messageId: `${SITE}|INBOX|1` }, frame)).not.toBeNull();

    await roundcubeSitesItem.setValue(['https://other.example']);
    expect(await w.messageOpened({ source: roundcube('2'), raw, error: null }, frame)).toEqual({
      kind: 'unsupported',
    });
    expect(await w.getTabState(7)).toEqual({ kind: 'unsupported' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    await expect(w.analyzeRow({ source: roundcube('3'), raw }, frame)).rejects.toThrow(/not enabled/);
    expect(await w.cachedRow({ site: 'roundcube', messageId: `${SITE}|INBOX|1` }, frame)).toBeNull();
    await w.pageState({ site: 'roundcube', state: 'no-message' }, frame);
    expect(await w.getTabState(7)).toEqual({ kind: 'unsupported' });
    // A Roundcube message without a sender address is no site at all.
    await expect(w.analyzeRow({ source: roundcube('4', 'https://other.example'), raw })).rejects.toThrow();
    expect(engine.calls).toHaveLength(1);
  });

  it('offers the receiving server’s id in the popup, trusts it on request and takes it back', async () => {
    await dnsModeItem.setValue('offline');
    const engine = fakeEngine();
    const w = createWorker(engine);
    const opened = await w.messageOpened({ source: roundcube('1'), raw, error: null }, frame);
    expect(opened).toMatchObject({
      kind: 'analysis',
      siteTrust: { origin: SITE, ids: [], suggestion: 'mx.example.org' },
    });
    expect(opened.kind === 'analysis' && opened.analysis.provider).toBeNull();

    // Ids from the popup come from a header: anything but a host name is dropped.
    const trusted = await w.setSiteTrust({ tabId: 7, ids: ['MX.example.org', '<b>x</b>', 'mx.example.org'] });
    expect(await roundcubeAuthservIdsItem.getValue()).toEqual({ [SITE]: ['mx.example.org'] });
    expect(trusted).toMatchObject({ siteTrust: { ids: ['mx.example.org'], suggestion: null } });
    // Re-analysed (the settings stamp changed), now with the provider's results.
    expect(engine.calls).toHaveLength(2);
    expect(trusted?.kind === 'analysis' && trusted.analysis.provider).not.toBeNull();
    expect(await w.getTabState(7)).toMatchObject({ siteTrust: { ids: ['mx.example.org'] } });

    const untrusted = await w.setSiteTrust({ tabId: 7, ids: [] });
    expect(await roundcubeAuthservIdsItem.getValue()).toEqual({});
    expect(untrusted?.kind === 'analysis' && untrusted.analysis.provider).toBeNull();
  });

  it('reads the per-site map defensively: storage holds whatever was written to it', async () => {
    await storage.setItem('local:roundcubeAuthservIds', {
      'https://a.example': 'mx.a.example',
      'https://b.example': ['MX.B.example', 3, '<b>x</b>'],
      'https://c.example': [],
    });
    expect((await readSettings()).siteAuthservIds).toEqual({ 'https://b.example': ['mx.b.example'] });
    await storage.setItem('local:roundcubeAuthservIds', 'nonsense');
    expect((await readSettings()).siteAuthservIds).toEqual({});
  });

  it('reads the NAT addresses defensively and gives them to Roundcube and the inspector only', async () => {
    await storage.setItem('local:natAddresses', [
      ' 172.17.0.1 ',
      'fd00::/8',
      'not an address',
      7,
      '10.0.0.0/33',
    ]);
    const settings = await readSettings();
    expect(settings.natNetworks).toEqual(['172.17.0.1', 'fd00::/8']);
    const roundcube: MessageSource = {
      site: 'roundcube',
      messageId: '1',
      byteExact: true,
      trustedAuthservIds: [],
      origin: 'https://mail.example.org',
    };
    expect(engineOptionsFor(roundcube, settings).natNetworks).toEqual(['172.17.0.1', 'fd00::/8']);
    expect(engineOptionsFor({ ...roundcube, site: 'inspector' }, settings).natNetworks).toEqual([
      '172.17.0.1',
      'fd00::/8',
    ]);
    // Gmail's receiver is Google's: the user's own network has nothing to say there.
    expect(engineOptionsFor(gmail('1'), settings).natNetworks).toBeUndefined();
    // A changed list makes cached verdicts stale.
    const stamp = settings.stamp;
    await storage.setItem('local:natAddresses', ['172.17.0.1']);
    expect((await readSettings()).stamp).not.toBe(stamp);
  });

  it("reads the organisation's domains defensively and gives them to every webmail as the reader's", async () => {
    await storage.setItem('local:organisationDomains', [
      ' Tidewater.Example ',
      'tidewater.example',
      'nodot',
      7,
      'tidewater-group.example',
    ]);
    const settings = await readSettings();
    expect(settings.organisationDomains).toEqual(['tidewater.example', 'tidewater-group.example']);
    expect(engineOptionsFor(gmail('1'), settings).recipientDomains).toEqual([
      'tidewater.example',
      'tidewater-group.example',
    ]);
    const outlook: MessageSource = {
      site: 'outlook',
      messageId: '1',
      byteExact: true,
      trustedAuthservIds: [],
    };
    expect(engineOptionsFor(outlook, settings).recipientDomains).toEqual([
      'tidewater.example',
      'tidewater-group.example',
    ]);
    const stamp = settings.stamp;
    await storage.setItem('local:organisationDomains', []);
    const none = await readSettings();
    expect(none.stamp).not.toBe(stamp);
    expect(engineOptionsFor(outlook, none).recipientDomains).toBeUndefined();
  });

  it('changes nothing for a tab that is not a Roundcube message', async () => {
    await dnsModeItem.setValue('offline');
    const w = createWorker(fakeEngine());
    await w.messageOpened(
      { source: gmail('g1'), raw, error: null },
      { id: 7, url: 'https://mail.google.com/' },
    );
    const state = await w.setSiteTrust({ tabId: 7, ids: ['mx.example.org'] });
    expect(state).toMatchObject({ kind: 'analysis', site: 'gmail' });
    expect(state).not.toHaveProperty('siteTrust');
    expect(await roundcubeAuthservIdsItem.getValue()).toEqual({});
    expect(await w.setSiteTrust({ tabId: 99, ids: ['mx.example.org'] })).toBeNull();
  });
});

describe('history', () => {
  it('turning history off deletes the analyses kept on disk, and only those', async () => {
    await dnsModeItem.setValue('offline');
    await keepHistoryItem.setValue(true);
    const w = createWorker(fakeEngine());
    await w.analyzeRow({ source: gmail('kept'), raw: 'X-Test-Verdict: spoofed\r\n\r\n' });
    const kept = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(kept.some((k) => k.startsWith('hl-analysis:gmail:kept'))).toBe(true);
    expect(await forgetHistory()).toBe(1);
    const left = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(left.some((k) => k.startsWith('hl-analysis:'))).toBe(false);
    expect(left).toContain('keepHistory');
  });
});

describe('failures', () => {
  it('an engine failure becomes an error state with a reason, and no badge', async () => {
    await dnsModeItem.setValue('offline');
    const w = createWorker({
      analyze: async () => {
        throw new Error('parser exploded');
      },
    });
    const state = await w.messageOpened(
      { source: gmail('boom'), raw: 'X: y\r\n\r\n', error: null },
      { id: 3, url: 'https://mail.google.com/mail/u/0/#inbox/boom' },
    );
    expect(state).toMatchObject({ kind: 'error', site: 'gmail', messageId: 'boom' });
    expect(state.kind === 'error' && state.reason).toContain('parser exploded');
    expect(await w.getTabState(3)).toEqual(state);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });

  it('uses only https DoH URLs (plain http only on this computer); anything else means offline', () => {
    const custom = (customDohUrl: string) =>
      dohEndpoint({ dnsMode: 'custom', customDohUrl, customDohGranted: true });
    expect(custom('https://dns.example/dns-query')).toBe('https://dns.example/dns-query');
    expect(custom('http://127.0.0.1:8053/dns-query')).toBe('http://127.0.0.1:8053/dns-query');
    expect(custom('http://dns.example/dns-query')).toBeNull();
    expect(custom('javascript:alert(1)')).toBeNull();
    expect(custom('')).toBeNull();
    expect(dohEndpoint({ dnsMode: 'google', customDohUrl: '', customDohGranted: false })).toBe('google');
    expect(
      dohEndpoint({ dnsMode: 'offline', customDohUrl: 'https://x.example/', customDohGranted: true }),
    ).toBeNull();
    // A URL whose host permission the user never granted (written by anyone but the options page).
    expect(
      dohEndpoint({ dnsMode: 'custom', customDohUrl: 'https://dns.example/', customDohGranted: false }),
    ).toBeNull();
  });
});

describe('cache bounds', () => {
  it('keeps at most MAX_CACHED analyses in session storage, dropping the oldest', async () => {
    await dnsModeItem.setValue('offline');
    const engine = fakeEngine();
    const w = createWorker(engine);
    for (let i = 0; i <= MAX_CACHED; i++) {
      await w.analyzeRow({ source: gmail(`r${i}`), raw: 'X-Test-Verdict: unverified\r\n\r\n' });
    }
    const keys = Object.keys(await fakeBrowser.storage.session.get(null)).filter((k) =>
      k.startsWith('hl-analysis:'),
    );
    expect(keys).toHaveLength(MAX_CACHED);
    expect(await w.cachedRow({ site: 'gmail', messageId: 'r0' })).toBeNull();
    expect(await w.cachedRow({ site: 'gmail', messageId: `r${MAX_CACHED}` })).not.toBeNull();
  });
});
