// @vitest-environment happy-dom
// Red-team round 167: the webmail side. The attacker sends mail to a HeaderLens user on Gmail,
// Outlook on the web, Yahoo Mail or Roundcube, and owns everything in the message (From display
// name, Subject, snippet, Message-ID, HTML body). These tests build the DOM / responses the webmail
// would produce for such a message and assert the SAFE behaviour of the content-script side
// (lib/webmail/*). Tests that fail today are `test.fails`, with what happens now, the function at
// fault and the smallest fix above them; passing tests pin a defence.
//
// Layouts come from:
// - Gmail: test/fixtures/webmail/gmail/{inbox,conversation}.html (InboxSDK gmail-thread-row-view /
//   gmail-message-view, gmail.js: tr.zA > span[data-thread-id][data-legacy-last-message-id],
//   div.adn[data-message-id="#msg-f:<decimal>"][data-legacy-message-id]), /work/shared/notes/webmail-facts.md.
// - Roundcube: test/fixtures/webmail/roundcube/{inbox,preview}.html (saved from a real Roundcube
//   1.6.5); its set_env carries the sender's display name ("sender":"Sender 3 \u003C…\u003E").
//   roundcube/roundcubemail program/lib/Roundcube/rcube_washtml.php: message HTML keeps `input`
//   elements with `type`, `name`, `value` (only id/class/for get the css prefix), drops `script`.
// - Yahoo: test/fixtures/webmail/yahoo/inbox.html (inline state script, message-list links).
// - Outlook: OWA paths `/mail/inbox/id/<encoded id>` (webmail-facts.md), test/unit/webmail/outlook.test.ts.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it, test, vi } from 'vitest';
import { MAX_HASHED_MESSAGE_BYTES } from '../../../lib/auth/limits';
import type { MessageSource, RowVerdict } from '../../../lib/ext/messaging';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceivedChain } from '../../../lib/message/received';
import type { Verdict } from '../../../lib/types';
import { BADGE_ATTR, badgeTitle, renderBadge, renderedBadge } from '../../../lib/webmail/badge-render';
import { MAX_ROW_FETCH_BYTES } from '../../../lib/webmail/fetch-cap';
import { createFetchQueue } from '../../../lib/webmail/fetch-queue';
import { createGmailAdapter, ikFromInlineScripts } from '../../../lib/webmail/gmail';
import { type BadgeDeps, startInboxBadges } from '../../../lib/webmail/inbox-badges';
import { watchOpenMessage } from '../../../lib/webmail/open-message';
import { createOutlookAdapter, itemIdFromPath } from '../../../lib/webmail/outlook';
import { detectProfile } from '../../../lib/webmail/profile-detect';
import { createRoundcubeAdapter } from '../../../lib/webmail/roundcube';
import type { FetchLike, MessageRef } from '../../../lib/webmail/types';
import type { WorkerPort } from '../../../lib/webmail/worker-port';
import { listYahooRows, rawPlainTextUrl, yahooStateFromScripts } from '../../../lib/webmail/yahoo';
import { fixtureWindow } from '../../helpers/fixture-page';

type DomWindow = BadgeDeps['win'];
const gmail = createGmailAdapter();
const RC_ORIGIN = 'https://mail.example.test';
const rc = createRoundcubeAdapter({ origin: RC_ORIGIN });
const fixture = (p: string) => readFileSync(`test/fixtures/webmail/${p}`, 'utf8');

class FakeIntersectionObserver {
  static last: FakeIntersectionObserver | null = null;
  observed = new Set<Element>();
  constructor(private cb: (entries: Array<{ target: Element; isIntersecting: boolean }>) => void) {
    FakeIntersectionObserver.last = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.observed.clear();
  }
  show(els: Element[]) {
    this.cb(els.filter((e) => this.observed.has(e)).map((target) => ({ target, isIntersecting: true })));
  }
}

function withIo(win: Window): DomWindow {
  (win as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeIntersectionObserver;
  return win as unknown as DomWindow;
}

/** A Gmail inbox whose rows are `rows` (inner HTML of each tr.zA's subject cell span). */
function gmailInbox(rows: Array<{ hex: string; text: string }>): DomWindow {
  const trs = rows
    .map(
      (r, i) =>
        `<tr class="zA zE" role="row"><td class="xY a4W"><span data-thread-id="#thread-f:${1781000000000000001n + BigInt(i)}" data-legacy-thread-id="${r.hex}" data-legacy-last-message-id="${r.hex}">${r.text}</span></td></tr>`,
    )
    .join('');
  const html = `<html><body><div role="main"><table><tbody>${trs}</tbody></table></div></body></html>`;
  return withIo(fixtureWindow(html, 'https://mail.google.com/mail/u/0/#inbox'));
}

/** A fake worker giving each raw message the verdict its `X-Row:` header names in `verdicts`. */
function gmailWorld(verdicts: Record<string, Verdict>, answer?: (hex: string) => Promise<Response>) {
  const fetched: string[] = [];
  const urls: string[] = [];
  const fetch: FetchLike = async (url) => {
    urls.push(url);
    const hex = new URL(url).searchParams.get('th') ?? '?';
    fetched.push(hex);
    if (answer) return answer(hex);
    return new Response(
      `X-Row: ${hex}\r\nMessage-ID: <statement-2026@bank.example>\r\nFrom: Bank <alerts@bank.example>\r\n\r\nx\r\n`,
    );
  };
  const analysed: string[] = [];
  const port: WorkerPort = {
    messageOpened: async () => ({ kind: 'unsupported' }),
    pageState: async () => {},
    badgeSettings: async () => ({ enabled: true, showAll: true }),
    cachedRow: async () => null,
    analyzeRow: async ({ source, raw }) => {
      const hex = /X-Row: (\w+)/.exec(raw)?.[1] ?? '?';
      analysed.push(hex);
      return { messageId: source.messageId, verdict: verdicts[hex] ?? 'unverified', reason: `row ${hex}` };
    },
  };
  return { fetch, port, fetched, urls, analysed };
}

const badgeIn = (row: Element) => row.querySelector(`[${BADGE_ATTR}]`);
const v = (verdict: Verdict, reason: string): RowVerdict => ({ messageId: 'm1', verdict, reason });

afterEach(() => {
  vi.useRealTimers();
});

// ------------------------------------------------------------------ goal 3: the badge itself

describe('r167 badge and tooltip: the display name is the attacker’s', () => {
  it('markup in the reason stays text: nothing lands in the page or the shadow root but the badge', () => {
    const d = new Window().document as unknown as Document;
    const cell = d.createElement('span');
    d.body.append(cell);
    const reason =
      'From "</style><svg onload=alert(1)><img src=x onerror=alert(2)>" <x@bank.example> fails DMARC';
    const host = renderBadge(cell, v('spoofed', reason), true)!;
    const root = renderedBadge(host)!.root;
    expect(root.querySelectorAll('img, script, iframe').length).toBe(0);
    // Only our own icon's svg, one, and the style is still our CSS alone.
    expect(root.querySelectorAll('svg').length).toBe(1);
    expect(root.querySelector('style')?.textContent).not.toContain('onload');
    expect(d.body.querySelectorAll('img, svg').length).toBe(0);
    expect([...host.attributes].map((a) => a.name)).toEqual([BADGE_ATTR]);
    expect(root.querySelector('.b')?.getAttribute('title')).toContain('<svg onload=alert(1)>');
  });

  it('bidi isolates, overrides and LRM/RLM in the name are shown escaped', () => {
    const title = badgeTitle(
      v('spoofed', 'From \u2067Bank\u2069 \u2066x\u2069 \u2068y\u2069 \u202Dz\u202C \u200Fw\u200E'),
    );
    expect(title).not.toMatch(/[\u2066-\u2069\u202a-\u202e\u200e\u200f]/);
    expect(title).toContain('⟨U+2067⟩Bank⟨U+2069⟩');
  });

  // Defence: U+061C ARABIC LETTER MARK, a zero-width bidi mark like RLM (UAX #9), and U+180E (the
  // old invisible Mongolian separator) are in components/format.ts HIDDEN: the tooltip and the
  // accessible name show them as ⟨U+061C⟩, so a display name cannot move the text around it.
  test('U+061C ARABIC LETTER MARK is escaped like RLM', () => {
    const title = badgeTitle(v('spoofed', 'From \u061CBank\u061C Ltd'));
    expect(title).not.toMatch(/\u061c/);
  });

  // Defence: visibleText (components/format.ts) counts each ⟨U+XXXX⟩ escape against `max`, so a
  // display name of 1,000 overrides gives a 300-character reason plus "… (N more characters)".
  test('the tooltip stays bounded when the name is made of bidi overrides', () => {
    const title = badgeTitle(v('suspicious', `From ${'\u202E'.repeat(1000)}Bank`));
    expect(title.length).toBeLessThan(400);
  });

  // Defence: visibleText never cuts between the halves of an astral character (a name in
  // mathematical bold letters): the cut steps back before a high surrogate.
  test('a long astral-letter name is not cut inside a surrogate pair', () => {
    const title = badgeTitle(v('spoofed', `a${'𝐁'.repeat(400)}`));
    expect(title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});

// ------------------------------------------------------------------ goal 1: row ↔ message

describe('r167 Gmail rows: which message a row stands for', () => {
  it('ids come from Gmail’s attributes, never from id-like text in the Subject or snippet', () => {
    const genuine = '18b7621058f88001';
    const spoof = '18b7621058f883e7';
    const text =
      // What Gmail renders for Subject + snippet: escaped text, whatever it looks like.
      'data-legacy-last-message-id=&quot;18b7621058f88001&quot; #msg-f:1781000000000000001 ' +
      '&lt;span data-thread-id="#thread-f:1" data-legacy-last-message-id="18b7621058f88001"&gt;';
    const win = gmailInbox([
      { hex: genuine, text: 'Your statement' },
      { hex: spoof, text },
    ]);
    const rows = gmail.listRows(win.document);
    expect(rows.map((r) => r.messageId)).toEqual([genuine, spoof]);
    expect(rows[1]!.element.textContent).toContain('18b7621058f88001');
  });

  it('two messages sharing one Message-ID header keep their own analyses (cache by webmail id)', async () => {
    const win = gmailInbox([
      { hex: '18b7621058f88001', text: 'genuine' },
      { hex: '18b7621058f883e7', text: 'spoof copying the bank’s Message-ID' },
    ]);
    const w = gmailWorld({ '18b7621058f88001': 'authenticated', '18b7621058f883e7': 'spoofed' });
    const ac = new AbortController();
    const badges = startInboxBadges({
      adapter: gmail,
      win,
      port: w.port,
      fetch: w.fetch,
      signal: ac.signal,
      showAll: true,
    });
    const rows = [...win.document.querySelectorAll('tr.zA')];
    FakeIntersectionObserver.last!.show(rows);
    await badges.idle();
    expect(w.fetched.sort()).toEqual(['18b7621058f88001', '18b7621058f883e7']);
    expect(renderedBadge(badgeIn(rows[0]!))?.verdict).toBe('authenticated');
    expect(renderedBadge(badgeIn(rows[1]!))?.verdict).toBe('spoofed');
    ac.abort();
  });

  it('a row Gmail reuses while its fetch is in flight never gets the old message’s verdict', async () => {
    const win = gmailInbox([{ hex: '18b7621058f88001', text: 'genuine bank mail' }]);
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const w = gmailWorld(
      { '18b7621058f88001': 'authenticated', '18b7621058f883e7': 'spoofed' },
      async (hex) => {
        if (hex === '18b7621058f88001') await gate;
        return new Response(`X-Row: ${hex}\r\nFrom: a@bank.example\r\n\r\nx\r\n`);
      },
    );
    const ac = new AbortController();
    const badges = startInboxBadges({
      adapter: gmail,
      win,
      port: w.port,
      fetch: w.fetch,
      signal: ac.signal,
      showAll: true,
    });
    const row = win.document.querySelector('tr.zA')!;
    FakeIntersectionObserver.last!.show([row]);
    await Promise.resolve();
    // Gmail re-renders the same tr for the attacker's newer message.
    const span = row.querySelector('span[data-thread-id]')!;
    span.setAttribute('data-legacy-last-message-id', '18b7621058f883e7');
    span.textContent = 'spoof';
    badges.scan();
    FakeIntersectionObserver.last!.show([row]);
    release();
    await badges.idle();
    expect(renderedBadge(badgeIn(row))?.verdict).toBe('spoofed');
    ac.abort();
  });

  // Defence: startInboxBadges → scan (lib/webmail/inbox-badges.ts) removes a row's badge as soon as
  // the row shows another message (or none it can name), before that message's analysis starts:
  // the spoof reusing the bank mail's tr is never shown the bank's "authenticated" badge.
  test('a reused row drops the previous message’s badge as soon as it shows another message', async () => {
    const win = gmailInbox([{ hex: '18b7621058f88001', text: 'genuine bank mail' }]);
    const w = gmailWorld({ '18b7621058f88001': 'authenticated' }, async (hex) => {
      if (hex === '18b7621058f883e7') return new Promise<Response>(() => {}); // still loading
      return new Response(`X-Row: ${hex}\r\nFrom: a@bank.example\r\n\r\nx\r\n`);
    });
    const ac = new AbortController();
    const badges = startInboxBadges({
      adapter: gmail,
      win,
      port: w.port,
      fetch: w.fetch,
      signal: ac.signal,
      showAll: true,
    });
    const row = win.document.querySelector('tr.zA')!;
    FakeIntersectionObserver.last!.show([row]);
    await badges.idle();
    expect(renderedBadge(badgeIn(row))?.verdict).toBe('authenticated');
    const span = row.querySelector('span[data-thread-id]')!;
    span.setAttribute('data-legacy-last-message-id', '18b7621058f883e7');
    span.textContent = 'Your account is locked';
    badges.scan();
    FakeIntersectionObserver.last!.show([row]);
    expect(renderedBadge(badgeIn(row))?.verdict).not.toBe('authenticated');
    ac.abort();
  });

  it('row ids that are not Gmail hex ids are skipped; fetch URLs stay on mail.google.com', async () => {
    const bad = [
      '../../x',
      '18b7621058f883e7?view=om',
      '18b7621058f883e7%2F..',
      'https://evil.example/',
      '18b7621058f883e7#x',
    ];
    const win = gmailInbox([
      ...bad.map((hex) => ({ hex, text: 'x' })),
      { hex: '18B7621058F883E7', text: 'ok' },
    ]);
    const rows = gmail.listRows(win.document);
    expect(rows.map((r) => r.messageId)).toEqual(['18b7621058f883e7']);
    const w = gmailWorld({});
    const res = await gmail.fetchRaw(rows[0]!.ref, { fetch: w.fetch, pageValues: { ik: '1c74bed0af' } });
    expect(res.ok).toBe(true);
    const u = new URL(w.urls[0]!);
    expect(u.origin + u.pathname).toBe('https://mail.google.com/mail/u/0/');
    expect(u.searchParams.getAll('th')).toEqual(['18b7621058f883e7']);
    expect(u.searchParams.getAll('view')).toEqual(['att']);
  });
});

describe('r167 Gmail open message: the body is the attacker’s', () => {
  const conv = () =>
    fixtureWindow(fixture('gmail/conversation.html'), 'https://mail.google.com/mail/u/0/#inbox/x')
      .document as unknown as Document;
  const loc = new URL('https://mail.google.com/mail/u/0/#inbox/x');

  it('a permanent id with extra text is not taken as an id', () => {
    const doc = conv();
    const adns = doc.querySelectorAll('div.adn');
    adns[1]!.setAttribute('data-message-id', '#msg-f:1781000000000000999/../../x');
    adns[1]!.setAttribute('data-legacy-message-id', '18b7621058f883e7&view=om');
    const found = gmail.findOpenMessage(doc, loc);
    // That message is skipped (the other expanded one is read) rather than a mangled id used.
    expect(found.kind === 'message' && found.ref.messageId).toBe('18b7621058f88001');
  });

  // Defence: findGmailOpenMessage (lib/webmail/gmail.ts) skips a `div.adn[data-message-id]` that
  // sits inside another div.adn or a message body (div.ii.gt, div.a3s): Gmail's messages are
  // siblings, so such a node is the sender's HTML, not Gmail's, whatever Gmail's sanitiser lets by.
  test('a div.adn look-alike inside the open message’s body does not name the open message', () => {
    const doc = conv();
    const body = doc.querySelectorAll('div.adn')[1]!.querySelector('div.ii.gt')!;
    body.innerHTML =
      '<div dir="ltr">Dear customer,<div class="adn ads" data-message-id="#msg-f:1781000000000000001" data-legacy-message-id="18b7621058f88001"></div></div>';
    const found = gmail.findOpenMessage(doc, loc);
    expect(found.kind === 'message' && found.ref.messageId).toBe('18b7621058f883e7');
  });

  it('id-shaped text in a later inline data script does not replace the ik Gmail set', () => {
    const doc = conv();
    const s = doc.createElement('script');
    // A data blob holding a subject the attacker wrote, unquoted numbers and all.
    s.textContent = 'var VIEW_DATA=[["t","Re: GLOBALS=[0,0,0,0,0,0,0,0,0,deadbeef00]"]];';
    doc.body.append(s);
    expect(ikFromInlineScripts(doc)).toBe('1c74bed0af');
  });
});

// ------------------------------------------------------------------ Roundcube

describe('r167 Roundcube: rows, the preview frame and the fetch URL', () => {
  function inbox() {
    return withIo(fixtureWindow(fixture('roundcube/inbox.html'), `${RC_ORIGIN}/?_task=mail&_mbox=INBOX`));
  }

  it('a Subject that spells another row’s link or id does not move the row’s uid', () => {
    const win = inbox();
    const row = win.document.querySelector('#rcmrowNg')!;
    // Roundcube escapes the subject (rcube::Q): it arrives as text in the subject link's span.
    row.querySelector('span.subject a span')!.textContent =
      '<a href="./?_task=mail&_mbox=Bank&_uid=1&_action=show">rcmrowMQ</a> _uid=1&_mbox=Bank';
    row.querySelector('span.rcmContactAddress')!.textContent = 'Bank <a href="?_uid=1">';
    const rows = rc.listRows(win.document);
    const mine = rows.find((r) => r.element === row)!;
    expect(mine.ref.params.uid).toBe('6');
    expect(mine.ref.params.mbox).toBe('INBOX');
    expect(new Set(rows.map((r) => r.messageId)).size).toBe(rows.length);
  });

  it('a folder name with URL syntax is one encoded _mbox: one _uid, no _save/_token from it', async () => {
    const calls: string[] = [];
    const fetch: FetchLike = async (url) => {
      calls.push(url);
      return new Response('From: a@example.net\r\n\r\nx\r\n', { headers: { 'content-type': 'text/plain' } });
    };
    const ref: MessageRef = {
      messageId: `${RC_ORIGIN}|x|6`,
      params: { uid: '6', mbox: 'INBOX&_uid=1&_save=1#/../../', base: `${RC_ORIGIN}/` },
    };
    await rc.fetchRaw(ref, { fetch, pageValues: {} });
    const u = new URL(calls[0]!);
    expect(u.origin).toBe(RC_ORIGIN);
    expect(u.searchParams.getAll('_uid')).toEqual(['6']);
    expect(u.searchParams.getAll('_mbox')).toEqual(['INBOX&_uid=1&_save=1#/../../']);
    expect(u.hash).toBe('');
  });

  it('preview frame: the sender name in set_env and a hidden _token input in the body change nothing', async () => {
    const url = readFileSync('test/fixtures/webmail/roundcube/preview-url.txt', 'utf8').trim();
    // The attacker's display name, as Roundcube's JSON encoder writes it into set_env.
    const name = 'Bank","uid":"1","mailbox":"Bank","request_token":"AttackerToken000';
    let html = fixture('roundcube/preview.html').replace(
      /"sender":"[^"]*"/,
      `"sender":${JSON.stringify(`${name} <x@bank.example>`).replace(/</g, '\\u003C').replace(/>/g, '\\u003E')}`,
    );
    // washtml keeps <input type name value>: the HTML body can carry a _token look-alike.
    html = html.replace(
      '<div id="messagebody">',
      '<div id="messagebody"><input type="hidden" name="_token" value="AttackerToken0000000000"><a href="./?_task=mail&_uid=1&_mbox=Bank&_action=show">x</a>',
    );
    const doc = fixtureWindow(html, url).document as unknown as Document;
    const found = rc.findOpenMessage(doc, new URL(url));
    expect(found.kind).toBe('message');
    const ref = (found as { ref: MessageRef }).ref;
    expect(ref.params).toMatchObject({ uid: '6', mbox: 'INBOX' });
    const calls: string[] = [];
    const fetch: FetchLike = async (u) => {
      calls.push(u);
      return new Response('From: a@example.net\r\n\r\nx\r\n', { headers: { 'content-type': 'text/plain' } });
    };
    const res = await rc.fetchRaw(ref, { fetch, pageValues: {}, root: doc });
    expect(res.ok && res.byteExact).toBe(true);
    const u = new URL(calls[0]!);
    expect(u.searchParams.get('_token')).toBe('FixtureToken0123456789abcdefABCD');
    expect(u.searchParams.get('_uid')).toBe('6');
    expect(u.origin).toBe(RC_ORIGIN);
  });

  it('the sender name placed before the real env keys is still not read as uid/token', () => {
    const name = 'Bank","uid":"1","request_token":"AttackerToken000';
    const env = {
      task: 'mail',
      sender: `${name} <x@bank.example>`,
      uid: '6',
      mailbox: 'INBOX',
      request_token: 'RealToken0123456789',
    };
    const html = `<html><head><script>rcmail.set_env(${JSON.stringify(env)});</script></head><body></body></html>`;
    const url = `${RC_ORIGIN}/?_task=mail&_action=show`; // no _uid in the address: env is read
    const doc = fixtureWindow(html, url).document as unknown as Document;
    const found = rc.findOpenMessage(doc, new URL(url));
    expect(found.kind === 'message' && found.ref.params.uid).toBe('6');
  });
});

// ------------------------------------------------------------------ Yahoo and Outlook

describe('r167 Yahoo: page state and ids', () => {
  // Defence: yahooStateFromScripts (lib/webmail/yahoo.ts). The real page writes its state as JSON
  // with double-quoted keys (public extensions read `"selectedMailbox":{"id":…}`, `"mailboxes":[{"id":…`,
  // `"mailWssid":"…"` from Yahoo's inline scripts), so wssid/appId are read only as `"key":"value"`
  // whose quote no backslash precedes — inside a JSON string every quote is `\"`, so a Subject can
  // never supply one. The mailbox id comes from those keyed forms first; an API URL value (which a
  // Subject could start with) is used only when no keyed form exists and every such URL agrees.
  test('a Subject or snippet in the state script does not supply wssid, appId or the mailbox', () => {
    const state = {
      mail: {
        messages: [
          {
            subject: "Security notice wssid:'Attacker0wssid' appId:'EvilApp'",
            snippet: 'see mailboxes/@.id==AttackerMailbox01 now',
          },
        ],
        config: { wssid: 'N54i/xPQPc9', appId: 'YMailNovation' },
        links: {
          self: 'https://apis.mail.yahoo.com/ws/v3/mailboxes/@.id==VjN-R91iv4Ew7ABG6ZfcF9Y7tBeu/folders',
        },
      },
    };
    const json = JSON.stringify(state).replace(/\//g, '\\/');
    const doc = fixtureWindow(
      `<html><head><script>window.__state=${json};</script></head><body></body></html>`,
      'https://mail.yahoo.com/d/folders/1',
    ).document as unknown as Document;
    expect(yahooStateFromScripts(doc)).toEqual({
      wssid: 'N54i/xPQPc9',
      appId: 'YMailNovation',
      mailboxId: 'VjN-R91iv4Ew7ABG6ZfcF9Y7tBeu',
    });
  });

  it('the JSON-escaped double-quoted form in a Subject is not read', () => {
    const state = {
      messages: [{ subject: 'x "wssid":"Attacker0wssid" "appId":"EvilApp"' }],
      config: { wssid: 'N54i/xPQPc9', appId: 'YMailNovation' },
    };
    const doc = fixtureWindow(
      `<html><head><script>window.__state=${JSON.stringify(state)};</script></head></html>`,
      'https://mail.yahoo.com/d/',
    ).document as unknown as Document;
    expect(yahooStateFromScripts(doc)).toMatchObject({ wssid: 'N54i/xPQPc9', appId: 'YMailNovation' });
  });

  it('row links with path tricks are skipped; the API URL has exactly one message segment', () => {
    const mid = 'AOyS3goAAAMLWnG7EQJCIEz14Ds';
    const links = [
      `/d/folders/1/messages/..%2F..%2Fmailboxes`,
      `/d/folders/1/messages/${mid}%3Fappid%3Dx`,
      `/d/folders/1/messages/%2E%2E`,
      `/d/folders/1/messages/${mid}`,
    ];
    const html = `<html><body><ul role="list">${links
      .map(
        (h) =>
          `<li><a data-test-id="message-list-item" href="${h}"><span data-test-id="message-subject">s</span></a></li>`,
      )
      .join('')}</ul></body></html>`;
    const doc = fixtureWindow(html, 'https://mail.yahoo.com/d/folders/1').document as unknown as Document;
    const rows = listYahooRows(doc);
    expect(rows.map((r) => r.messageId)).toEqual([mid]);
    const url = new URL(
      rawPlainTextUrl({
        mailboxId: 'VjN-R91iv4Ew7ABG6ZfcF9Y7tBeu',
        mid,
        appId: 'YMailNovation',
        wssid: 'a/../b?c',
      }),
    );
    expect(url.origin).toBe('https://apis.mail.yahoo.com');
    expect(url.pathname.match(/\/messages\//g)).toHaveLength(1);
    expect(url.searchParams.get('wssid')).toBe('a/../b?c');
    expect(url.searchParams.getAll('appid')).toEqual(['YMailNovation']);
  });
});

describe('r167 Outlook: item ids', () => {
  it('ids with path or query syntax in the address are refused; others go only into the JSON header', async () => {
    expect(itemIdFromPath('/mail/inbox/id/AAMkADAwATM0MDAAMS1hYzU3%3Faction%3DDeleteItem')).toBeNull();
    expect(itemIdFromPath('/mail/inbox/id/https%3A%2F%2Fevil.example%2Fx')).toBeNull();
    expect(
      itemIdFromPath('/mail/inbox/id/AAMkADAwATM0MDAAMS1hYzU3%2F..%2F..%2Fowa%2Fservice.svc'),
    ).toBeNull();
    // Slashes are base64: such an id is accepted, and only ever travels inside X-OWA-UrlPostData.
    const id = itemIdFromPath('/mail/inbox/id/AAMkADAwATM0MDAAMS1hYzU3%2Fowa%2Fx%3D%3D')!;
    expect(id).toBe('AAMkADAwATM0MDAAMS1hYzU3/owa/x==');
    const outlook = createOutlookAdapter('https://outlook.office.com');
    const calls: string[] = [];
    const fetch: FetchLike = async (url) => {
      calls.push(url);
      return new Response('{}');
    };
    await outlook.fetchRaw(
      { messageId: id, params: { itemId: id } },
      { fetch, pageValues: { canary: 'Canary0123456789' } },
    );
    expect(calls).toEqual(['https://outlook.office.com/owa/service.svc?action=GetItem&EP=1&app=Mail']);
  });

  it('conversation rows are never badged (no guessing which message a row is)', () => {
    const outlook = createOutlookAdapter('https://outlook.office.com');
    const doc = fixtureWindow(
      '<div role="listbox"><div role="option" data-convid="AAQkAD=" aria-selected="true">Bank <span data-itemid="AAMkADAwATM0MDAAMS1hYzU3">x</span></div></div>',
      'https://outlook.office.com/mail/inbox',
    ).document as unknown as Document;
    expect(outlook.listRows(doc)).toEqual([]);
  });
});

// ------------------------------------------------------------------ goal 4: size, time, count

/** A response streaming `total` bytes of one message, counting what the reader pulled. */
function bigResponse(total: number, chunk = 1 << 20) {
  const stats = { pulled: 0 };
  const head = new TextEncoder().encode('From: a@bank.example\r\nSubject: big\r\n\r\n');
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(ctrl) {
      if (sent >= total) {
        ctrl.close();
        return;
      }
      const n = Math.min(chunk, total - sent);
      const part = new Uint8Array(n).fill(0x61);
      if (sent === 0) part.set(head);
      for (let i = 78; i < n; i += 78) part[i] = 0x0a;
      sent += n;
      stats.pulled += n;
      ctrl.enqueue(part);
    },
  });
  return { res: new Response(body, { headers: { 'content-type': 'text/plain' } }), stats };
}

describe('r167 fetch caps, time-outs and queue', () => {
  it('a row reads at most the row cap of a huge message', async () => {
    const win = withIo(
      fixtureWindow(fixture('roundcube/inbox.html'), `${RC_ORIGIN}/?_task=mail&_mbox=INBOX`),
    );
    const big = bigResponse(30 << 20, 64 << 10);
    const raws: string[] = [];
    const port: WorkerPort = {
      messageOpened: async () => ({ kind: 'unsupported' }),
      pageState: async () => {},
      badgeSettings: async () => ({ enabled: true, showAll: true }),
      cachedRow: async () => null,
      analyzeRow: async ({ source, raw }) => {
        raws.push(raw);
        return { messageId: source.messageId, verdict: 'unverified', reason: 'r' };
      },
    };
    const ac = new AbortController();
    const badges = startInboxBadges({
      adapter: rc,
      win,
      port,
      fetch: async () => big.res,
      signal: ac.signal,
      showAll: true,
    });
    FakeIntersectionObserver.last!.show([win.document.querySelector('#rcmrowNg')!]);
    await badges.idle();
    // The cap, plus what the stream had queued ahead (two chunks).
    expect(big.stats.pulled).toBeLessThanOrEqual(MAX_ROW_FETCH_BYTES + (128 << 10));
    expect(raws[0]!.length).toBeLessThan(1024);
    ac.abort();
  });

  // Defence: watchOpenMessage (lib/webmail/open-message.ts) reads the open message through
  // cappedFetch(MAX_OPEN_FETCH_BYTES = MAX_HASHED_MESSAGE_BYTES + 1): a message that reaches it is
  // sent as its header block with messageBytes over the limit (Content-Length when given), which the
  // popup already shows as "Body not hashed (message is … MB)".
  test('opening a huge message does not read it whole', async () => {
    const url = readFileSync('test/fixtures/webmail/roundcube/preview-url.txt', 'utf8').trim();
    const win = fixtureWindow(fixture('roundcube/preview.html'), url) as unknown as DomWindow;
    const total = MAX_HASHED_MESSAGE_BYTES + (14 << 20);
    const big = bigResponse(total);
    const sent: Array<{ source: MessageSource; raw: string | null }> = [];
    const port: WorkerPort = {
      messageOpened: async (d) => {
        sent.push(d);
        return { kind: 'loading', site: 'roundcube', messageId: d.source.messageId };
      },
      pageState: async () => {},
      analyzeRow: async () => {
        throw new Error('unused');
      },
      badgeSettings: async () => ({ enabled: false, showAll: false }),
      cachedRow: async () => null,
    };
    const ac = new AbortController();
    const w = watchOpenMessage({ adapter: rc, win, port, fetch: async () => big.res, signal: ac.signal });
    await w.checkNow();
    ac.abort();
    expect(sent).toHaveLength(1);
    expect(big.stats.pulled).toBeLessThanOrEqual(MAX_HASHED_MESSAGE_BYTES + (2 << 20));
    // Sent as over the limit: the header block only, and a size past the hashing limit.
    expect(sent[0]!.source.messageBytes).toBeGreaterThan(MAX_HASHED_MESSAGE_BYTES);
    expect(sent[0]!.raw).toBe('From: a@bank.example\r\nSubject: big\r\n\r\n');
  });

  // Defence: each row's fetch in startInboxBadges has a deadline (ROW_FETCH_DEADLINE_MS, 30 s, a
  // setTimeout): it then settles as a 'network' failure (no retry), frees its queue slot, and its
  // request is cancelled through the AbortSignal now passed in FetchLike's init.
  test('four fetches that never answer do not stop every other row from being badged', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const hexes = [
      '18b7621058f88001',
      '18b7621058f88002',
      '18b7621058f88003',
      '18b7621058f88004',
      '18b7621058f88005',
    ];
    const win = gmailInbox(hexes.map((hex) => ({ hex, text: 'x' })));
    const w = gmailWorld({}, async (hex) => {
      if (hex !== '18b7621058f88005') return new Promise<Response>(() => {});
      return new Response(`X-Row: ${hex}\r\nFrom: a@b.example\r\n\r\nx\r\n`);
    });
    const ac = new AbortController();
    startInboxBadges({
      adapter: gmail,
      win,
      port: w.port,
      fetch: w.fetch,
      signal: ac.signal,
      showAll: true,
      debounceMs: 1e9,
    });
    FakeIntersectionObserver.last!.show([...win.document.querySelectorAll('tr.zA')]);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(w.analysed).toContain('18b7621058f88005');
    ac.abort();
  });

  it('sixty rows in view: never more than four fetches at once', async () => {
    const hexes = Array.from({ length: 60 }, (_, i) => (0x18b7621058f88100n + BigInt(i)).toString(16));
    const win = gmailInbox(hexes.map((hex) => ({ hex, text: 'x' })));
    let now = 0;
    let peak = 0;
    const w = gmailWorld({}, async (hex) => {
      now++;
      peak = Math.max(peak, now);
      await new Promise((r) => setTimeout(r, 1));
      now--;
      return new Response(`X-Row: ${hex}\r\nFrom: a@b.example\r\n\r\nx\r\n`);
    });
    const ac = new AbortController();
    const badges = startInboxBadges({
      adapter: gmail,
      win,
      port: w.port,
      fetch: w.fetch,
      signal: ac.signal,
      showAll: true,
      queue: createFetchQueue(),
    });
    FakeIntersectionObserver.last!.show([...win.document.querySelectorAll('tr.zA')]);
    await badges.idle();
    expect(w.analysed).toHaveLength(60);
    expect(peak).toBeLessThanOrEqual(4);
    ac.abort();
  });
});

// ------------------------------------------------------------------ goal 5: detection

describe('r167 profile detection reads only the receiver’s own line', () => {
  const hopsOf = (raw: string) => parseReceivedChain(parseMessage(raw).headers);

  it('qmail’s comment-only lines on top are passed over, then its SMTP line decides (no profile)', () => {
    const raw = [
      'Received: (qmail 4242 invoked by uid 89); 20 Nov 2026 10:00:07 -0000',
      'Received: (qmail 4240 invoked from network); 20 Nov 2026 10:00:06 -0000',
      'Received: from unknown (HELO mail.attacker.example) (198.51.100.66) by mx.reader.example with SMTP; 20 Nov 2026 10:00:06 -0000',
      // The sender's own, dressed as Gmail's entry.
      'Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41]) by mx.google.com with SMTPS id 2; Fri, 20 Nov 2026 10:00:05 +0000',
      'Authentication-Results: mx.google.com; dkim=pass header.i=@bank.example; spf=pass; dmarc=pass header.from=bank.example',
      'From: Bank <alerts@bank.example>',
      '',
      'x',
    ].join('\r\n');
    expect(detectProfile(hopsOf(raw))).toBeNull();
  });

  it('a receiver line with no host names and a Gmail-dressed line below it: still not Gmail', () => {
    const raw = [
      // A local hand-off with a host-name `by` is the receiver's: detection stops here.
      'Received: by mx.reader.example (Postfix, from userid 1000) id 4Abc; Fri, 20 Nov 2026 10:00:07 +0000 (UTC)',
      'Received: by 2002:a05:6504:1234:b0:2a1:1234:5678 with SMTP id x; Fri, 20 Nov 2026 10:00:06 -0800 (PST)',
      'Received: from x (x [203.0.113.1]) by mx.google.com with ESMTPS id 2; Fri, 20 Nov 2026 10:00:05 +0000',
      'From: a@bank.example',
      '',
      'x',
    ].join('\r\n');
    expect(detectProfile(hopsOf(raw))).toBeNull();
  });
});
