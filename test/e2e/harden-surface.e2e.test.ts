// Issue 18 §1 and §3 against the built extension, in a Gmail reproduced on 127.0.0.1 under its real
// name (test/e2e/webmail-sites/), DNS from a logging DoH server on 127.0.0.1.
// §1: code run in HeaderLens's content-script isolated world (over the DevTools protocol: what a
//     compromised webmail renderer could run) cannot approve a server, trust an id, read another
//     tab's analysis, change the DNS settings, or have a message judged under another site's rules.
// §3: viewing the inbox makes no DNS query for a name the sender chose (a per-recipient DKIM
//     selector, a bounce domain); opening the message does.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DohServer, startDohServer } from '../helpers/doh-server';
import { sign, testKey } from '../helpers/scenarios';
import { contentScriptWorld, type ExtensionSession, launchWithExtension, openPopup } from './harness';
import { SITE_HOSTS, type SitesServer, startSitesServer } from './webmail-sites/sites-server';

const TRACKED_ID = '18b7621058f8a001';
const FORGED_ID = '18b7621058f8a002';
/** The names only this recipient's copy carries: whoever serves them learns the copy was looked at. */
const SELECTOR = 'u8817-robin';
const BOUNCE = 'b8817.bounce.tracker.example';

let s: ExtensionSession;
let sites: SitesServer;
let doh: DohServer;
let trackedRaw: string;
let forgedRaw: string;

const CRLF = '\r\n';
const gmailHop = (ip: string, helo: string) =>
  `Received: from ${helo} (${helo} [${ip}]) by mx.google.com with ESMTPS id x1si; Tue, 01 Dec 2026 10:00:00 -0800 (PST)`;

beforeAll(async () => {
  const key = testKey();
  const body = [
    'From: Tracker News <news@tracker.example>',
    'To: robin@reader.example',
    'Subject: Weekly digest',
    'Date: Tue, 01 Dec 2026 18:00:00 +0000',
    'Message-ID: <d1@tracker.example>',
    '',
    'Hello Robin',
    '',
  ].join(CRLF);
  const signed = await sign(body, 'tracker.example', SELECTOR, key.privatePem);
  trackedRaw = [
    `Return-Path: <robin=reader.example@${BOUNCE}>`,
    `Authentication-Results: mx.google.com; dkim=pass header.i=@tracker.example header.s=${SELECTOR}; spf=pass (google.com: domain of robin=reader.example@${BOUNCE} designates 192.0.2.55 as permitted sender) smtp.mailfrom=robin=reader.example@${BOUNCE}; dmarc=pass (p=NONE) header.from=tracker.example`,
    gmailHop('192.0.2.55', 'out.tracker.example'),
    signed,
  ].join(CRLF);
  // A PayPal spoof whose only "pass" is an Authentication-Results header the attacker wrote.
  forgedRaw = [
    'Authentication-Results: attacker.example; spf=pass smtp.mailfrom=paypal.com; dkim=pass header.d=paypal.com; dmarc=pass header.from=paypal.com',
    gmailHop('3.85.17.200', 'ec2-3-85-17-200.compute-1.amazonaws.com'),
    'From: PayPal <service@paypal.com>',
    'To: robin@reader.example',
    'Subject: Your account is limited',
    'Date: Tue, 01 Dec 2026 18:00:00 +0000',
    '',
    'Log in now.',
    '',
  ].join(CRLF);
  sites = await startSitesServer({
    gmail: [
      { id: TRACKED_ID, subject: 'Weekly digest', raw: trackedRaw },
      { id: FORGED_ID, subject: 'Your account is limited', raw: forgedRaw },
    ],
    outlook: [],
    yahoo: [],
  });
  doh = await startDohServer({
    'tracker.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
    [`${SELECTOR}._domainkey.tracker.example`]: { TXT: [key.txt] },
    '_dmarc.tracker.example': { TXT: ['v=DMARC1; p=none'] },
    [BOUNCE]: { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
    'paypal.com': { TXT: ['v=spf1 include:pp._spf.paypal.com -all'] },
    '_dmarc.paypal.com': { TXT: ['v=DMARC1; p=reject'] },
  });
  const rules = SITE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${sites.port}`).join(', ');
  s = await launchWithExtension({
    args: [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'],
    ignoreHTTPSErrors: true,
  });
  await s.worker.evaluate(
    (url) => chrome.storage.local.set({ dnsMode: 'custom', customDohUrl: url, showAllBadges: true }),
    doh.url,
  );
}, 120_000);

afterAll(async () => {
  await s?.close();
  await sites?.close();
  await doh?.close();
});

/** Sends a typed message from the isolated world; resolves to `{ res }` or `{ err }` (or a thrown error's text). */
const send = (type: string, data: unknown) =>
  `try { return await chrome.runtime.sendMessage({ id: 1, type: ${JSON.stringify(type)}, data: ${JSON.stringify(data)}, timestamp: Date.now() }); } catch (e) { return { thrown: String(e) }; }`;

async function open(url: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(url);
  return page;
}

const stored = () => s.worker.evaluate(() => chrome.storage.local.get(null));

describe('the inbox view is no tracking beacon (§3)', () => {
  it('badging the inbox asks DNS nothing; opening the message asks for the sender-chosen names', async () => {
    const before = doh.queries.length;
    const inbox = await open('https://mail.google.com/mail/u/0/#inbox');
    // Every row gets its badge (show all badges), so every row was fetched and analysed.
    await expect
      .poll(() => inbox.evaluate(() => document.querySelectorAll('tr.zA [data-headerlens-badge]').length), {
        timeout: 30_000,
      })
      .toBe(2);
    const onInbox = doh.queries.slice(before);
    console.log(`[harden] DoH queries while the inbox was badged: ${onInbox.length}`);
    expect(onInbox).toEqual([]);
    // The tracked row's verdict comes from Gmail's own results: authenticated, read in the
    // extension's world (the page sees no verdict: closed shadow root, no verdict attribute).
    const w = await contentScriptWorld(s, inbox);
    const verdicts = await w.run<string[]>(
      `return [...document.querySelectorAll('tr.zA [data-headerlens-badge]')].map((h) => h.getAttribute('data-headerlens-badge') + '|' + (h.shadowRoot === null) + '|' + chrome.dom.openOrClosedShadowRoot(h).querySelector('[aria-label]').getAttribute('aria-label'));`,
    );
    // The accessible name starts with the verdict and goes on with the first reason (issue 20).
    expect(verdicts).toEqual([
      expect.stringMatching(/^\|true\|HeaderLens: Sender verified/),
      expect.stringMatching(/^\|true\|HeaderLens: Suspicious sender — /),
    ]);
    await inbox.close();

    const opened = await open(`https://mail.google.com/mail/u/0/?m=${TRACKED_ID}#inbox/${TRACKED_ID}`);
    await expect
      .poll(() => doh.queries.slice(before).map((q) => q.name), { timeout: 30_000 })
      .toContain(`${SELECTOR}._domainkey.tracker.example`);
    console.log(`[harden] DoH queries after opening the message: ${doh.queries.length - before}`);
    await opened.close();
  }, 90_000);
});

describe('a compromised content script (§1)', () => {
  it('cannot approve a server, trust an id, change DNS settings or read any tab’s state', async () => {
    const other = await open(`https://mail.google.com/mail/u/0/?m=${FORGED_ID}#inbox/${FORGED_ID}`);
    const otherTab = await s.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? 0));
    const page = await open('https://mail.google.com/mail/u/0/#inbox');
    const w = await contentScriptWorld(s, page);
    const replies = {
      approve: await w.run<{ err?: unknown }>(
        send('setServerApproval', { ip: '3.85.17.200', approved: true }),
      ),
      trust: await w.run<{ err?: unknown }>(
        send('setSiteTrust', { tabId: otherTab[0], ids: ['attacker.example'] }),
      ),
      raw: await w.run<{ err?: unknown }>(
        send('analyzeRaw', { raw: forgedRaw, trustedAuthservIds: ['attacker.example'] }),
      ),
      tabs: await Promise.all(
        otherTab.map((id) => w.run<{ err?: unknown }>(send('getTabState', { tabId: id }))),
      ),
      feeds: await w.run<{ err?: unknown }>(send('refreshCloudFeeds', undefined)),
    };
    expect(replies.approve.err).toBeTruthy();
    expect(replies.trust.err).toBeTruthy();
    expect(replies.raw.err).toBeTruthy();
    expect(replies.feeds.err).toBeTruthy();
    for (const t of replies.tabs) expect(t.err).toBeTruthy();
    // storage.local is out of reach (Chrome: TRUSTED_CONTEXTS).
    const write = await w.run<string>(
      `try { await chrome.storage.local.set({ approvedServers: ['3.85.17.200'], extraAuthservIds: ['attacker.example'], dnsMode: 'custom', customDohUrl: 'https://dns.attacker.example/dns-query' }); return 'written'; } catch (e) { return String(e); }`,
    );
    const read = await w.run<string>(
      `try { return JSON.stringify(await chrome.storage.local.get(null)); } catch (e) { return String(e); }`,
    );
    expect(write).not.toBe('written');
    expect(read).not.toContain('dnsMode');
    const settings = await stored();
    expect(settings.approvedServers ?? []).toEqual([]);
    expect(settings.extraAuthservIds ?? []).toEqual([]);
    expect(settings.customDohUrl).toBe(doh.url);
    await page.close();
    await other.close();
  }, 90_000);

  it('cannot get a forged message judged under another site’s rules or its own trusted ids', async () => {
    const page = await open('https://mail.google.com/mail/u/0/#inbox');
    const w = await contentScriptWorld(s, page);
    const asYahoo = await w.run<{ err?: unknown }>(
      send('analyzeRow', {
        source: {
          site: 'yahoo',
          messageId: 'forged-1',
          byteExact: true,
          trustedAuthservIds: ['attacker.example'],
        },
        raw: forgedRaw,
      }),
    );
    expect(asYahoo.err).toBeTruthy();
    const asGmail = await w.run<{ res?: { verdict: string }; err?: unknown }>(
      send('analyzeRow', {
        source: {
          site: 'gmail',
          messageId: 'forged-2',
          byteExact: true,
          trustedAuthservIds: ['attacker.example'],
          receiverNetworks: ['0.0.0.0/0'],
        },
        raw: forgedRaw,
      }),
    );
    expect(asGmail.res?.verdict).toBeDefined();
    expect(asGmail.res?.verdict).not.toBe('authenticated');
    // Yahoo's cache is not reachable from Gmail either.
    const peek = await w.run<{ res?: unknown }>(send('cachedRow', { site: 'yahoo', messageId: 'forged-1' }));
    expect(peek.res ?? null).toBeNull();
    await page.close();
  }, 60_000);

  it('the popup (an extension page) still approves servers', async () => {
    const popup = await openPopup(s);
    const reply = await popup.evaluate(() =>
      chrome.runtime.sendMessage({
        id: 2,
        type: 'setServerApproval',
        data: { ip: '192.0.2.99', approved: true },
        timestamp: Date.now(),
      }),
    );
    expect(reply.err).toBeUndefined();
    expect((await stored()).approvedServers).toEqual(['192.0.2.99']);
    await popup.close();
  });
});
