// Real-world delivery shapes, thirty-seventh round: the rules of the last hours, from the side of
// the ordinary sender and reader.
// - Stroke letters (lib/findings/stroke-letters.ts, lookalike-letters.ts disguises()): IDN senders
//   whose names use letters of living orthographies that CLDR's exemplars do not list and so are not
//   in ORTHOGRAPHY_LETTERS: Jarai and Rade (Ê Đê) ƀ, taught in Vietnam's Central Highlands schools;
//   SENĆOŦEN (Saanich) ⱥ ȼ ƚ ⱦ (added to Unicode 4.1 for it; the W̱SÁNEĆ School Board's own pages
//   use "sⱦasen"). Controls: Vietnamese đ with tones, a Polish ł.
// - Legacy encodings (lib/message/wide-words.ts): a Korean groupware writing From name and Subject
//   in ISO-2022-KR (RFC 1557), one with its company name in KS X 1001 full-width Latin; a Chinese
//   sender's HZ-GB-2312 (RFC 1843) name and Subject.
// - cPanel logins (lib/engine/login-submission.ts): a firm's own WHM/cPanel VPS (hostname under the
//   firm's domain), colleagues' esmtpsa logins with cPanel's X-AntiAbuse rows and its two login
//   headers: the login in the From's domain, a Thunderbird identity whose SMTP login is the
//   account's addon domain, and a From in the account's alias (parked) domain.
// - Mailbox fetches (lib/message/origin-fetch.ts): Gmail's POP3 fetch of T-Online, Orange, Seznam,
//   Yandex (POP server under yandex.ru, its hosts under yandex.net), Mail.ru; fetchmail over IMAP
//   from Comcast; an ISP whose MX is Proofpoint Essentials (signed and unsigned).
// Skipped as already in the corpus: GMX/WEB.DE/Yahoo/Outlook.com fetches (realworld35), whole-script
// IDNs (realworld36), African reference letters ɓ ɗ ƙ ɖ ɲ (realworld29), cPanel local PHP mail
// (realworld16). Not written: Zendesk/Freshdesk tenants in the sender memory (the corpus case
// format carries no memory state; see the report).
// Layouts: Mail.ru's Exim lines ("from [ip] (port=… helo=…) by …i.mail.ru with esmtp (envelope-from
// <…>) id …") from public copies of Mail.ru mail on kernel lists (found through find_string); the
// alphabets from the SENĆOŦEN grammar (scalar.usc.edu) and the Jarai alphabet tables; cPanel's
// X-AntiAbuse / X-Get-Message-Sender-Via / X-Authenticated-Sender rows as probe32 cites them; the
// others recalled. Names and addresses are documentation ones (RFC 2606, RFC 5737) except the
// providers' host names the fetch rule reads and Proofpoint Essentials' range; every key is the
// corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import { emitCase, GMAIL, KEY, legitCorpus, ptr, RECEIVER, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';

/** DMARC passed for the From domain: nothing should make it a warning. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** The same, promising no look-alike finding on the IDN. */
const IDN_PASSES: CaseExpectation = { ...PASSES, absentFindings: ['lookalike-domain', 'lookalike-of-known'] };
/** Genuine mail whose sending server is not known from the lines: never a warning. */
const NOT_WARNED: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
};

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 17:3x on 2026-12-04: ƀ ⱥ ȼ ƚ ⱦ are ORTHOGRAPHY_LETTERS and twin letters
  // (lib/findings/lookalike-letters.ts; the stroke table re-generated without them):
  // rw37-idn-jarai-b-stroke-own-postfix-gmail, rw37-idn-sencoten-t-stroke-own-postfix-gmail,
  // rw37-idn-sencoten-l-bar-own-postfix-gmail read authenticated.
  // Fixed at 20:2x on 2026-12-04 (lib/engine/login-submission.ts returns the outsider's login, the
  // verdict row login-outside-organisation): rw37-cpanel-own-vps-identity-addon-domain-login reads
  // suspicious, naming the login, as the fix below proposed. Before:
  // A colleague whose Thunderbird identity shares one SMTP login in the account's addon domain reads
  // "spoofed": lib/engine/login-submission.ts loginSubmission refuses the login (the named user is
  // outside the From's organisation, rightly: probe32's other customer looks the same), and the
  // verdict falls to SPF at the colleague's home address (softfail) and DMARC p=quarantine.
  // Should: not spoofed. Fix: an authenticated submission on the reader's named box whose login is
  // an outsider reads "suspicious" with its own finding (the login named), not SPF at the client's
  // address, which no login ever passes. Risk: probe32's CEO fraud reads suspicious instead of
  // spoofed (its stated want allows either).
  // Fixed at 17:3x on 2026-12-04 (lib/message/origin-fetch.ts): below a fetch, a public client
  // named as one of the provider's own hosts or as a known filtering gateway is not taken for the
  // sender, and with nothing else the origin is unknown and DMARC undecided (fix (b) for both):
  // rw37-fetchmail-imap-comcast-unsigned reads unverified (its expectation is now "never warned":
  // walking past Comcast's inner host needs its name confirmed, not taken from the line), and
  // rw37-gmail-pop3-isp-behind-proofpoint-essentials-unsigned unverified; fetchmail's line, whose
  // address the parser does not read, counts as a fetch too.
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await idn(write);
  await legacyEncodings(write);
  await cpanel(write);
  await fetches(write);
}

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const D = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;

// ---------------------------------------------------------------------------------------------
// 1. IDN senders in letters of living orthographies, signed on their own server, read in Gmail
// ---------------------------------------------------------------------------------------------

async function idn(write: CaseWriter): Promise<void> {
  const senders: Array<{
    key: string;
    uLabel: string;
    aLabel: string;
    who: string;
    name: string;
    ip: string;
    about: string;
  }> = [
    {
      key: 'jarai-b-stroke',
      uLabel: 'ƀuôn-ea.example',
      aLabel: 'xn--un-ea-6ta29g.example',
      who: 'A Rade (Ê Đê) language newsletter of a Central Highlands cultural association',
      name: '=?UTF-8?B?xoB1w7RuIEVhIFNhbcaAxa10?=',
      ip: '192.0.2.81',
      about:
        'ƀ (U+0180 LATIN SMALL LETTER B WITH STROKE) is a letter of the Jarai, Rade, Katu and Central Mnong alphabets of Vietnam (schoolbooks "Ndrom samƀŭt"); CLDR has no locale for these languages, so it is not in ORTHOGRAPHY_LETTERS and the stroke table folds it to b',
    },
    {
      key: 'sencoten-t-stroke',
      uLabel: 'sⱦasen.example',
      aLabel: 'xn--sasen-tb9c.example',
      who: 'A First Nations school board’s SENĆOŦEN language department',
      name: '=?UTF-8?B?U+KxpkFTRU4gTGFuZ3VhZ2UgRGVwYXJ0bWVudA==?=',
      ip: '192.0.2.82',
      about:
        'ⱦ (U+2C66 LATIN SMALL LETTER T WITH DIAGONAL STROKE) is one of the four SENĆOŦEN letters (Ⱥ Ȼ Ƚ Ⱦ) encoded in Unicode 4.1 for that alphabet; the school board writes the department "SȾASEN" and its web path "sⱦasen"',
    },
    {
      key: 'sencoten-l-bar',
      uLabel: 'ƚáu-welṉew̱.example',
      aLabel: 'xn--u-welew-gwa87ns6g2x2h.example',
      who: 'A tribal school named in SENĆOŦEN (ȽÁU,WELṈEW̱ without the comma)',
      name: '=?UTF-8?B?yL3DgVUsV0VM4bmIRVfMsSBUcmliYWwgU2Nob29s?=',
      ip: '192.0.2.83',
      about:
        'ƚ (U+019A LATIN SMALL LETTER L WITH BAR, lower case of Ƚ) beside á, ṉ and w̱ (a base letter and marks): the SENĆOŦEN /ɬ/',
    },
    {
      key: 'vietnamese-d-stroke-control',
      uLabel: 'hội-đồng.example',
      aLabel: 'xn--hi-ng-7ya0444cjba.example',
      who: 'A Vietnamese parents’ council',
      name: '=?UTF-8?B?SOG7mWkgxJHhu5NuZyBwaOG7pSBodXluaA==?=',
      ip: '192.0.2.84',
      about: 'Control: đ is in ORTHOGRAPHY_LETTERS, ộ and ồ decompose to o with marks',
    },
  ];
  for (const s of senders) {
    const d = s.aLabel;
    const relay: Relay = { helo: `mail.${d}`, rdns: `mail.${d}`, ip: s.ip };
    const envelope = `news@${d}`;
    const raw = await signAll(
      submitted({
        from: `${s.name} <news@${d}>`,
        to: 'Robin Reader <robin.reader@gmail.com>',
        subject: 'Newsletter, November',
        date: SENT,
        messageId: `<20261120095958.${s.key}@${d}>`,
        body: 'Hello,\r\n\r\nthis month’s newsletter is below.\r\n',
      }),
      [[d, 'mail']],
    );
    emitCase(write, {
      name: `rw37-idn-${s.key}-own-postfix-gmail`,
      about: `${s.who} (${s.uLabel}, written ${d}) on its own Postfix box with OpenDKIM: From, envelope and d= all the A-label, the display name in its own letters (RFC 2047), SPF ip4, p=reject; read in Gmail. ${s.about}. Genuine, and no brand it copies: expected authenticated, never a look-alike`,
      class: 'idn-orthography',
      args: GMAIL,
      eml: gmailDelivery(raw, {
        relay,
        envelope,
        ids: ['x37csp1102934pxa', `a37si${s.key.length}4402911qtb.37`],
        spf: 'pass',
        deliveredTo: true,
        results: [gmailDkim(d, 'mail'), gmailSpf(envelope, relay.ip), gmailDmarc(d)].join('\r\n       '),
      }),
      zone: {
        ...ptr(relay.ip, relay.rdns),
        [`mail._domainkey.${d}`]: KEY(),
        [d]: { TXT: [`v=spf1 ip4:${relay.ip} -all`] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=reject'] },
      },
      expect: IDN_PASSES,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 2. ISO-2022-KR and HZ-GB-2312 names and subjects, delivered to the reader's own box
// ---------------------------------------------------------------------------------------------

/** An RFC 2047 B word in `charset` over 7-bit text. */
const bWord = (charset: string, text: string) =>
  `=?${charset}?B?${Buffer.from(text, 'latin1').toString('base64')}?=`;
/** ISO-2022-KR (RFC 1557): the designation once, then KS X 1001 pairs (less 0x80) between SO and SI. */
const KR = (...parts: string[]) => `\x1b$)C${parts.join('')}`;
const SO = (pairs: string) => `\x0e${pairs}\x0f`;
/** 김민수 (Kim Min-su). */
const KIM = KR(SO('1h9N<v'));
/** 한빛 건축사무소 (Hanbit architects). */
const HANBIT = KR(SO('GQ:{'), ' ', SO('0GC`;g9+<R'));
/** 주간 회의록 송부 (weekly minutes enclosed). */
const MINUTES = KR(SO('AV0#'), ' ', SO('H8@G7O'), ' ', SO('<[:N'));
/** (주)한빛 ＨＡＮＢＩＴ: the company's name in KS X 1001 full-width Latin (A3C8 A3C1 …). */
const HANBIT_FULLWIDTH = KR('(', SO('AV'), ')', SO('GQ:{'), ' ', SO('#H#A#N#B#I#T'));
/** HZ (RFC 1843): GB2312 pairs less 0x80 between ~{ and ~}. 张伟 / 华南贸易 / 会议纪要. */
const ZHANG = '~{UEN0~}';
const HUANAN = '~{;*DOC3RW~}';
const MEETING = '~{;aRi<MR*~}';

async function legacyEncodings(write: CaseWriter): Promise<void> {
  const shapes: Array<{
    key: string;
    domain: string;
    ip: string;
    from: string;
    subject: string;
    about: string;
  }> = [
    {
      key: 'iso-2022-kr-name-subject',
      domain: 'hanbit-arch.example',
      ip: '192.0.2.91',
      from: `${bWord('ISO-2022-KR', KIM)} <minsu.kim@hanbit-arch.example>`,
      subject: bWord('ISO-2022-KR', MINUTES),
      about:
        'A Korean architects’ office on an old groupware (ISO-2022-KR encoded-words, RFC 1557, as mail written under the 7-bit rule still carries): From name 김민수 and Subject 주간 회의록 송부',
    },
    {
      key: 'iso-2022-kr-company-fullwidth',
      domain: 'hanbit-arch.example',
      ip: '192.0.2.91',
      from: `${bWord('ISO-2022-KR', HANBIT_FULLWIDTH)} <office@hanbit-arch.example>`,
      subject: bWord('ISO-2022-KR', HANBIT),
      about:
        'The same office’s shared mailbox, its name "(주)한빛 ＨＡＮＢＩＴ" with the brand in KS X 1001 full-width Latin, as Korean input methods type it: decoded, the name has no address in it',
    },
    {
      key: 'hz-gb-2312-name-subject',
      domain: 'huanan-trade.example',
      ip: '192.0.2.92',
      from: `${bWord('HZ-GB-2312', `${ZHANG} (${HUANAN})`)} <zhang.wei@huanan-trade.example>`,
      subject: bWord('HZ-GB-2312', MEETING),
      about:
        'A Chinese trading firm’s old mail client writing its names in HZ (RFC 1843): From name 张伟 (华南贸易), Subject 会议纪要',
    },
  ];
  for (const s of shapes) {
    const relay: Relay = { helo: `mail.${s.domain}`, rdns: `mail.${s.domain}`, ip: s.ip };
    const envelope = s.from.slice(s.from.lastIndexOf('<') + 1, -1);
    const raw = await signAll(
      submitted({
        from: s.from,
        subject: s.subject,
        date: SENT,
        messageId: `<20261120095958.${s.key}@${s.domain}>`,
        body: 'Please find the minutes attached.\r\n',
      }),
      [[s.domain, 'default']],
    );
    emitCase(write, {
      name: `rw37-${s.key}-to-box`,
      about: `${s.about}; signed (d=${s.domain} aligned), SPF ip4, p=quarantine, delivered to the reader’s Postfix box, whose results are on top. Genuine: expected authenticated, no display-name finding`,
      class: 'legacy-charset',
      args: ['--authserv-id', RECEIVER],
      eml: onTop(
        raw,
        `Return-Path: <${envelope}>`,
        `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=${s.domain} header.s=default header.b=Q29ycHVz;\r\n\tspf=pass smtp.mailfrom=${envelope};\r\n\tdmarc=pass (policy=quarantine) header.from=${s.domain}`,
        received({
          ...relay,
          by: RECEIVER,
          id: `4Zr${s.key.length}c0501`,
          for: 'robin@reader.example',
          date: D(5),
        }),
      ),
      zone: {
        ...ptr(relay.ip, relay.rdns),
        [`default._domainkey.${s.domain}`]: KEY(),
        [s.domain]: { TXT: [`v=spf1 ip4:${relay.ip} -all`] },
        [`_dmarc.${s.domain}`]: { TXT: ['v=DMARC1; p=quarantine'] },
      },
      expect: { ...PASSES, absentFindings: ['display-name-address', 'display-name-domain'] },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 3. A firm's own cPanel/WHM VPS: colleagues' logins, delivered on the same box
// ---------------------------------------------------------------------------------------------

const FIRM = 'alderbrook.example';
const VPS = `server.${FIRM}`;
const VPS_IP = '192.0.2.60';
const HOME = '198.51.100.23';

/** cPanel's Exim: the login line, its own delivery rows on top, its anti-abuse rows at the bottom. */
function cpanelLogin(o: { from: string; envelope: string; login: string; to: string; id: string }): string {
  const raw = submitted({
    from: o.from,
    to: `Robin Reader <${o.to}>`,
    subject: 'Site visit Tuesday',
    date: SENT,
    messageId: `<${o.id}@${o.envelope.slice(o.envelope.indexOf('@') + 1)}>`,
    extraHeaders: ['User-Agent: Mozilla Thunderbird'],
    body: 'Robin,\r\n\r\nthe site visit moves to Tuesday 9:00.\r\n',
  });
  return onTop(
    appendHeaders(
      raw,
      'X-AntiAbuse: This header was added to track abuse, please include it with any abuse report',
      `X-AntiAbuse: Primary Hostname - ${VPS}`,
      `X-AntiAbuse: Original Domain - ${FIRM}`,
      'X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]',
      `X-AntiAbuse: Sender Address Domain - ${o.envelope.slice(o.envelope.indexOf('@') + 1)}`,
      `X-Get-Message-Sender-Via: ${VPS}: authenticated_id: ${o.login}`,
      `X-Authenticated-Sender: ${VPS}: ${o.login}`,
      'X-Source: ',
      'X-Source-Args: ',
      'X-Source-Dir: ',
    ),
    `Return-Path: <${o.envelope}>`,
    `Envelope-to: ${o.to}`,
    `Delivery-date: ${D(3)}`,
    `Received: from [${HOME}] (port=51522 helo=[192.168.1.20])\r\n\tby ${VPS} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.97.1)\r\n\t(envelope-from <${o.envelope}>)\r\n\tid ${o.id}\r\n\tfor ${o.to}; ${D(3)}`,
  );
}

async function cpanel(write: CaseWriter): Promise<void> {
  const zone = {
    ...ptr(VPS_IP, VPS),
    [FIRM]: { TXT: [`v=spf1 +a +mx +ip4:${VPS_IP} ~all`] },
    [`_dmarc.${FIRM}`]: { TXT: ['v=DMARC1; p=quarantine'] },
    'alderbrook-events.example': { TXT: [`v=spf1 +a +mx +ip4:${VPS_IP} ~all`] },
    'alderbrook.co.example': { TXT: [`v=spf1 +a +mx +ip4:${VPS_IP} ~all`] },
    '_dmarc.alderbrook.co.example': { TXT: ['v=DMARC1; p=none'] },
  };
  const args = ['--authserv-id', VPS];
  const common =
    'An architects’ firm runs its own WHM/cPanel VPS (hostname server.alderbrook.example, one cPanel account holding the primary domain alderbrook.example, the addon domain alderbrook-events.example and the alias domain alderbrook.co.example). A colleague at home submits from Thunderbird ("with esmtpsa", Exim 4.97), the box delivers locally (cPanel’s Envelope-to / Delivery-date, no second line; cPanel signs only mail leaving by remote SMTP, so it is unsigned), with cPanel’s X-AntiAbuse rows and its two login records at the bottom';
  emitCase(write, {
    name: 'rw37-cpanel-own-vps-colleague-login-control',
    about: `${common}. Control: the login is the colleague’s own mailbox, kari@alderbrook.example, the From the same. Expected: mail from inside (unverified), never a warning`,
    class: 'cpanel-login',
    args,
    eml: cpanelLogin({
      from: 'Kari Lund <kari@alderbrook.example>',
      envelope: 'kari@alderbrook.example',
      login: 'kari@alderbrook.example',
      to: 'robin@alderbrook.example',
      id: '1tAbCd-0001Qx-2K',
    }),
    zone,
    expect: NOT_WARNED,
  });
  emitCase(write, {
    name: 'rw37-cpanel-own-vps-identity-addon-domain-login',
    about: `${common}. Kari also runs the firm’s events brand: her Thunderbird has two identities, kari@alderbrook.example and events@alderbrook-events.example, sharing one SMTP account whose login is the events mailbox (Thunderbird’s default when the second identity was set up first). She writes as kari@alderbrook.example; cPanel records "authenticated_id: events@alderbrook-events.example". Genuine: expected not spoofed. It reads suspicious, naming the login (login-outside-organisation): nothing in the message tells it from another customer of the same box writing as the firm (probe28-login-other-domain-user-ceo), and the reader is told whose login it was`,
    class: 'cpanel-login',
    args,
    eml: cpanelLogin({
      from: 'Kari Lund <kari@alderbrook.example>',
      envelope: 'kari@alderbrook.example',
      login: 'events@alderbrook-events.example',
      to: 'robin@alderbrook.example',
      id: '1tAbCe-0001Qy-3L',
    }),
    zone,
    expect: { verdict: 'suspicious', findings: ['login-outside-organisation'] },
  });
  emitCase(write, {
    name: 'rw37-cpanel-own-vps-from-alias-domain',
    about: `${common}. Kari writes from the firm’s alias (parked) domain, kari@alderbrook.co.example (the old country domain kept for clients), logged in as kari@alderbrook.example; the alias has SPF +a +mx ~all and DMARC p=none. Genuine: expected not spoofed, not suspicious`,
    class: 'cpanel-login',
    args,
    eml: cpanelLogin({
      from: 'Kari Lund <kari@alderbrook.co.example>',
      envelope: 'kari@alderbrook.co.example',
      login: 'kari@alderbrook.example',
      to: 'robin@alderbrook.example',
      id: '1tAbCf-0001Qz-4M',
    }),
    zone,
    expect: NOT_WARNED,
  });
}

// ---------------------------------------------------------------------------------------------
// 4. Fetches: the club's mail, delivered to a provider mailbox, collected by the reader
// ---------------------------------------------------------------------------------------------

const CLUB: Relay = { helo: 'mail.harbourview.example', rdns: 'mail.harbourview.example', ip: '192.0.2.44' };
const CLUB_ENV = 'secretary@harbourview.example';
const CLUB_ZONE = {
  ...ptr(CLUB.ip, CLUB.rdns),
  'harbourview.example': { TXT: [`v=spf1 mx ip4:${CLUB.ip} -all`] },
  '_dmarc.harbourview.example': { TXT: ['v=DMARC1; p=reject; rua=mailto:dmarc@harbourview.example'] },
  'mail._domainkey.harbourview.example': KEY(),
};

async function clubMessage(to: string, signed: boolean, n: number): Promise<string> {
  const raw = submitted({
    from: 'Harbourview Sailing Club <secretary@harbourview.example>',
    to: `Robin Reader <${to}>`,
    subject: 'Winter lay-up: crane slots',
    date: SENT,
    messageId: `<20261120095958.7F3A2C${n}@mail.harbourview.example>`,
    body: 'Dear members,\r\n\r\nthe crane slots for the winter lay-up are open.\r\n',
  });
  return signed ? signAll(raw, [['harbourview.example', 'mail']]) : raw;
}

/** Gmail's POP3 fetch line and X-Gmail-Fetch-Info (rw34's layout) for `mailbox` at `pop`. */
const gmailFetch = (pop: Relay, mailbox: string, n: number) => [
  `X-Gmail-Fetch-Info: ${mailbox} 1 ${pop.helo} 995 ${mailbox}`,
  'Delivered-To: robin.reader@gmail.com',
  `Received: from ${pop.helo} (${pop.rdns}. [${pop.ip}])\r\n        by mx.google.com with POP3 id a640c23a62f3a-b76e2c1f4a1si38475614${n}b.12.2026.11.20.02.03.11\r\n        for <robin.reader@gmail.com>\r\n        (single-drop);\r\n        Fri, 20 Nov 2026 02:03:11 -0800 (PST)`,
];

interface Fetch {
  name: string;
  about: string;
  signed: boolean;
  to: string;
  pop: Relay;
  /** The provider's own lines, top first, below the fetch. */
  provider: string[];
  /** fetchmail over IMAP on a home box instead of Gmail. */
  fetchmail?: boolean;
  zone?: Record<string, unknown>;
  expect: CaseExpectation;
}

const FETCHES: Fetch[] = [
  {
    name: 'rw37-gmail-pop3-tonline-unsigned',
    about:
      'Gmail fetches a T-Online mailbox (securepop.t-online.de): below the fetch, T-Online’s entry "from mail.harbourview.example ([ip]) by mailin42.mgt.mul.t-online.de with (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted) esmtp id …" and its X-TOI rows, no Authentication-Results; unsigned, SPF only',
    signed: false,
    to: 'robin.reader@t-online.example',
    pop: { helo: 'securepop.t-online.de', rdns: 'securepop.t-online.de', ip: '203.0.113.191' },
    provider: [
      'X-TOI-SPAMCLASS: NOSPAM, normal',
      'X-TOI-MSGID: 5c1f0a2e-7d43-4e8b-9a61-2b0c4d8e1f37',
      `Received: from ${CLUB.helo} ([${CLUB.ip}]) by mailin42.mgt.mul.t-online.de\r\n\twith (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\r\n\tesmtp id 1tQ3kA-1xYzAb0; ${D(5)}`,
    ],
    expect: PASSES,
  },
  {
    name: 'rw37-gmail-pop3-orange-unsigned',
    about:
      'Gmail fetches an Orange mailbox (pop.orange.fr): Orange’s entry names its host without a domain ("by mwinf5d41 with ME id …") and records the client in X-ME-Helo / X-ME-IP; unsigned, SPF only. The walk cannot tie the bare host name to pop.orange.fr: the sending server is not known',
    signed: false,
    to: 'robin.reader@orange.example',
    pop: { helo: 'pop.orange.fr', rdns: 'pop.orange.fr', ip: '203.0.113.192' },
    provider: [
      `X-ME-Helo: ${CLUB.helo}`,
      'X-ME-Auth: ',
      `X-ME-Date: ${D(5)}`,
      `X-ME-IP: ${CLUB.ip}`,
      `Received: from ${CLUB.helo} ([${CLUB.ip}])\r\n\tby mwinf5d41 with ME\r\n\tid 2aBc2e00C1b2c3D01aBcDe; ${D(5)}`,
    ],
    expect: NOT_WARNED,
  },
  {
    name: 'rw37-gmail-pop3-seznam-unsigned',
    about:
      'Gmail fetches a Seznam mailbox (pop3.seznam.cz): Seznam’s entry "by mx3.seznam.cz (szn-ebox-5.0.201) with ESMTPS id …"; unsigned, SPF only',
    signed: false,
    to: 'robin.reader@seznam.example',
    pop: { helo: 'pop3.seznam.cz', rdns: 'pop3.seznam.cz', ip: '203.0.113.193' },
    provider: [
      `Received: from ${CLUB.helo} (${CLUB.rdns} [${CLUB.ip}])\r\n\tby mx3.seznam.cz (szn-ebox-5.0.201) with ESMTPS\r\n\tid 3c5e8a7d1f0b2c4e; ${D(5)}`,
    ],
    expect: PASSES,
  },
  {
    name: 'rw37-gmail-pop3-yandex-signed',
    about:
      'Gmail fetches a Yandex mailbox (pop.yandex.ru), whose hosts are all under yandex.net: the mxfront entry and the inner hand-off to the notsolitesrv host, Yandex’s results under the mxfront’s name; the club signs (DKIM aligned). The walk cannot tie yandex.net to yandex.ru; the signature decides',
    signed: true,
    to: 'robin.reader@yandex.example',
    pop: { helo: 'pop.yandex.ru', rdns: 'pop.yandex.ru', ip: '203.0.113.194' },
    provider: [
      `Received: from mail-nwsmtp-mxfront-production-main-67.vla.yp-c.yandex.net (mail-nwsmtp-mxfront-production-main-67.vla.yp-c.yandex.net [IPv6:2001:db8:c0d:5a8d:0:640:7c3e:0])\r\n\tby mail-notsolitesrv-production-main-18.vla.yp-c.yandex.net (notsolitesrv/Yandex) with LMTPS id abcDEF123-Aa1Bb2Cc\r\n\tfor <robin.reader@yandex.example>; ${D(6)}`,
      'Authentication-Results: mail-nwsmtp-mxfront-production-main-67.vla.yp-c.yandex.net; spf=pass (mail-nwsmtp-mxfront-production-main-67.vla.yp-c.yandex.net: domain of harbourview.example designates 192.0.2.44 as permitted sender, rule=[ip4:192.0.2.44]) smtp.mail=secretary@harbourview.example; dkim=pass header.i=@harbourview.example',
      `Received: from ${CLUB.helo} (${CLUB.rdns} [${CLUB.ip}])\r\n\tby mail-nwsmtp-mxfront-production-main-67.vla.yp-c.yandex.net (mxfront/Yandex) with ESMTPS id 0kXyZ1AbCd-3Ef4GhIj\r\n\tfor <robin.reader@yandex.example>; ${D(5)}`,
    ],
    expect: PASSES,
  },
  {
    name: 'rw37-gmail-pop3-yandex-unsigned',
    about:
      'The same Yandex fetch, the club’s mail unsigned (SPF only): nothing the walk can follow names the sending server',
    signed: false,
    to: 'robin.reader@yandex.example',
    pop: { helo: 'pop.yandex.ru', rdns: 'pop.yandex.ru', ip: '203.0.113.194' },
    provider: [
      `Received: from mail-nwsmtp-mxfront-production-main-67.vla.yp-c.yandex.net (mail-nwsmtp-mxfront-production-main-67.vla.yp-c.yandex.net [IPv6:2001:db8:c0d:5a8d:0:640:7c3e:0])\r\n\tby mail-notsolitesrv-production-main-18.vla.yp-c.yandex.net (notsolitesrv/Yandex) with LMTPS id abcDEF124-Aa1Bb2Cc\r\n\tfor <robin.reader@yandex.example>; ${D(6)}`,
      'Authentication-Results: mail-nwsmtp-mxfront-production-main-67.vla.yp-c.yandex.net; spf=pass (mail-nwsmtp-mxfront-production-main-67.vla.yp-c.yandex.net: domain of harbourview.example designates 192.0.2.44 as permitted sender, rule=[ip4:192.0.2.44]) smtp.mail=secretary@harbourview.example',
      `Received: from ${CLUB.helo} (${CLUB.rdns} [${CLUB.ip}])\r\n\tby mail-nwsmtp-mxfront-production-main-67.vla.yp-c.yandex.net (mxfront/Yandex) with ESMTPS id 0kXyZ1AbCe-3Ef4GhIj\r\n\tfor <robin.reader@yandex.example>; ${D(5)}`,
    ],
    expect: NOT_WARNED,
  },
  {
    name: 'rw37-gmail-pop3-mailru-unsigned',
    about:
      'Gmail fetches a Mail.ru mailbox (pop.mail.ru): Mail.ru’s Exim entry "from [ip] (port=… helo=mail.harbourview.example) by mx321.i.mail.ru with esmtps (envelope-from <…>) id …" (the form of Mail.ru’s lines in public copies) and its results; unsigned, SPF only',
    signed: false,
    to: 'robin.reader@mailru.example',
    pop: { helo: 'pop.mail.ru', rdns: 'pop.mail.ru', ip: '203.0.113.195' },
    provider: [
      `Authentication-Results: mx321.i.mail.ru; spf=pass smtp.mailfrom=${CLUB_ENV}; dkim=none; dmarc=pass header.from=harbourview.example`,
      `Received: from [${CLUB.ip}] (port=41234 helo=${CLUB.helo})\r\n\tby mx321.i.mail.ru with esmtps (envelope-from <${CLUB_ENV}>)\r\n\tid 1tQ3kA-00AbCd-2S\r\n\tfor robin.reader@mailru.example; ${D(5)}`,
    ],
    expect: PASSES,
  },
  {
    name: 'rw37-fetchmail-imap-comcast-unsigned',
    about:
      'A home server collects a Comcast mailbox with fetchmail over IMAP ("from imap.comcast.net [ip] by localhost with IMAP (fetchmail-6.4.38) for <robin@localhost> (single-drop)"): below it Comcast’s inner hand-off between two sys.comcast.net hosts and its entry "by resimta-po-39v.sys.comcast.net with ESMTPS"; unsigned, SPF only; read with no options',
    signed: false,
    to: 'robin.reader@comcast.example',
    pop: { helo: 'imap.comcast.net', rdns: 'imap.comcast.net', ip: '203.0.113.196' },
    fetchmail: true,
    provider: [
      `Received: from resimta-po-39v.sys.comcast.net ([203.0.113.197])\r\n\tby resomta-po-12v.sys.comcast.net with ESMTP\r\n\tid QxAbtQ3kB0aBc; ${D(6)}`,
      `Received: from ${CLUB.helo} ([${CLUB.ip}])\r\n\tby resimta-po-39v.sys.comcast.net with ESMTPS\r\n\tid QxAbtQ3kA0aBcQxAb; ${D(5)}`,
    ],
    expect: NOT_WARNED,
  },
  {
    name: 'rw37-gmail-pop3-isp-behind-proofpoint-essentials-signed',
    about:
      'Gmail fetches a small ISP’s mailbox (pop.smallisp.example) whose MX is Proofpoint Essentials: the ISP’s Postfix took it from mx1-us1.ppe-hosted.com (Proofpoint’s range), which took it from the club; the club signs (DKIM aligned)',
    signed: true,
    to: 'robin.reader@smallisp.example',
    pop: { helo: 'pop.smallisp.example', rdns: 'pop.smallisp.example', ip: '198.51.100.120' },
    provider: [
      `Received: from mx1-us1.ppe-hosted.com (mx1-us1.ppe-hosted.com [67.231.154.164])\r\n\tby mail.smallisp.example (Postfix) with ESMTPS id 4ZrT7d0612\r\n\tfor <robin.reader@smallisp.example>; ${D(6)}`,
      `Received: from ${CLUB.helo} (unknown [${CLUB.ip}])\r\n\tby mx1-us1.ppe-hosted.com (PPE) with ESMTPS id 8C4A2B40069\r\n\tfor <robin.reader@smallisp.example>; ${D(5)}`,
    ],
    zone: ptr('67.231.154.164', 'mx1-us1.ppe-hosted.com'),
    expect: PASSES,
  },
  {
    name: 'rw37-gmail-pop3-isp-behind-proofpoint-essentials-unsigned',
    about:
      'The same ISP behind Proofpoint Essentials, the club’s mail unsigned (SPF only): the walk below the fetch stops at the ISP’s entry, Proofpoint’s address, where the club’s SPF cannot pass; Proofpoint’s own line below names the club’s server',
    signed: false,
    to: 'robin.reader@smallisp.example',
    pop: { helo: 'pop.smallisp.example', rdns: 'pop.smallisp.example', ip: '198.51.100.120' },
    provider: [
      `Received: from mx1-us1.ppe-hosted.com (mx1-us1.ppe-hosted.com [67.231.154.164])\r\n\tby mail.smallisp.example (Postfix) with ESMTPS id 4ZrT7d0613\r\n\tfor <robin.reader@smallisp.example>; ${D(6)}`,
      `Received: from ${CLUB.helo} (unknown [${CLUB.ip}])\r\n\tby mx1-us1.ppe-hosted.com (PPE) with ESMTPS id 8C4A2B4006A\r\n\tfor <robin.reader@smallisp.example>; ${D(5)}`,
    ],
    zone: ptr('67.231.154.164', 'mx1-us1.ppe-hosted.com'),
    expect: NOT_WARNED,
  },
];

async function fetches(write: CaseWriter): Promise<void> {
  let n = 10;
  for (const f of FETCHES) {
    n++;
    const msg = await clubMessage(f.to, f.signed, n);
    const delivered = onTop(msg, `Return-Path: <${CLUB_ENV}>`, ...f.provider);
    const eml = f.fetchmail
      ? onTop(
          delivered,
          `Received: from localhost ([127.0.0.1]:39452 helo=nas.home.example)\r\n\tby nas.home.example with esmtp (Exim 4.96)\r\n\t(envelope-from <${CLUB_ENV}>)\r\n\tid 1tQ3kC-0003Ab-1x\r\n\tfor robin@localhost; ${D(8)}`,
          `Received: from ${f.pop.helo} [${f.pop.ip}]\r\n\tby localhost with IMAP (fetchmail-6.4.38)\r\n\tfor <robin@localhost> (single-drop); ${D(7)}`,
        )
      : onTop(delivered, ...gmailFetch(f.pop, f.to, n));
    emitCase(write, {
      name: f.name,
      about: `${f.about}. Genuine: expected ${f.expect === PASSES ? 'authenticated' : 'not a warning (authenticated or unverified)'}`,
      class: 'mailbox-fetch',
      args: f.fetchmail ? [] : GMAIL,
      eml,
      zone: { ...CLUB_ZONE, ...ptr(f.pop.ip, f.pop.rdns), ...(f.zone ?? {}) },
      expect: f.expect,
    });
  }
}
