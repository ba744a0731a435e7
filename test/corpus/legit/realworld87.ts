// Real-world delivery shapes, eighty-seventh round: the reader's own organisation's genuine mail read
// OFFLINE (no zone: the runner passes --offline) with --recipient-domain tidewater.example, each with
// an online twin whose zone should give the same reading. Rule read: lib/findings/own-domain.ts
// ownDomainRule (own-domain-unauthenticated, suspicious), which now runs offline on the provider's
// proven SPF record: From the reader's organisation, nothing aligned authenticates, DMARC p=none
// or absent, and SPF fails / finds nothing for the organisation's own envelope, or passes for
// another domain's envelope from a server no known ESP runs (offline, origin.esp comes from the IP
// tables and the provider-recorded envelope only).
// Paths: a colleague's signed mail through an alias forwarder with SRS (Gmail); a colleague's post
// to an outside list that keeps From and adds a footer (Gmail); a HubSpot notice with HubSpot's own
// envelope and no custom DKIM (Yahoo); a Zendesk notice with the help desk's default
// bounces@<sub>.zendesk.com envelope (Gmail); the firm's newsletter through SendGrid with its own
// DKIM (Yahoo); the office scanner through Microsoft 365's inbound connector and an Exchange
// hybrid's on-premises server (Outlook on the web, EOP: test/corpus/m365-shapes.ts); Gmail's "send
// mail as" through the firm's own SMTP (Yahoo).
// Layouts: Gmail's, Yahoo's omega and EOP's entries from test/corpus/receivers.ts (sources in
// test/fixtures/legit/README-m365.md and the rounds named there). `search` 2026-12-05: HubSpot's
// shared pools send with a HubSpot return-path and pass SPF for it, aligning only by custom DKIM
// (suped.com "How does SPF alignment work with DMARC in HubSpot", pages corpus); Zendesk's default
// envelope bounces@<subdomain>.zendesk.com and "include:mail.zendesk.com" for custom domains
// (tyf-aditya1/Product-team tickets/NFIN-22562/EMAIL_DELIVERY_JOURNEY.md and
// ZENDESK_DOCS_SUMMARY.md, code corpus). HubSpot's 158.247.16.0/20 and Zendesk's 192.161.144.0/20
// ranges are recalled, as are SendGrid's 149.72.0.0/16 (in lib's ESP table) and Google's
// 209.85.220.x. Made up: every person, firm, host and the rest of the addresses (documentation
// ranges). Every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf, yahooOmega } from '../receivers';

/**
 * Shapes HeaderLens reads wrong today (pend.ts ALL=1, 2026-12-05), both from ownDomainRule's
 * `foreign` branch (lib/findings/own-domain.ts): envelope members-bounces+…@lists.harbour-assoc.example,
 * SPF pass, origin 203.0.113.87 with no ESP, nothing aligned passing (the list's footer broke the
 * firm's d=tidewater.example signature), p=none.
 */
// Fixed at 15:01 on 2026-12-05 (lib/findings/own-domain.ts):
// rw87-gmail-colleague-post-to-outside-mailman-list-online; the organisation's own signature
// verifying once the list's changes are undone (listRestore) spares the rule.
// The helper's notes on them:
// Reads suspicious (own-domain-unauthenticated beside dmarc-fail, dkim-fail, list-modified,
// provider-disagreement): our check restored the firm's own signature by removing the list's
// footer (list.ts listRule: an aligned DkimCheck with listRestore), and the rule still fires.
// Should: unverified (list-modified is the engine's own proof that the firm signed the original).
// Fix: in ownDomainRule, return [] when a.dkim.some((d) => d.aligned && d.listRestore) (and the
// message carries list evidence, as listRule requires). Risk: low for spoofs — the restore needs
// the firm's key to verify the original body, so only a replay of a genuine signed message of the
// firm through a list (its content fixed, the footer added) escapes the warning; no genuine mail
// newly warned.
// 'rw87-gmail-colleague-post-to-outside-mailman-list-online',
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Reads suspicious (own-domain-unauthenticated beside dmarc-fail, offline-mode): offline no key
  // can be fetched, so the restore above cannot run; Gmail's proven record is dkim=neutral (body
  // hash did not verify) for d=tidewater.example, spf=pass for the list's envelope, dmarc=fail.
  // Should: unverified. Fix (narrow, the lead's call): offline only, skip `foreign` when the
  // provider's proven record names a DKIM result of neutral/fail *with a body-hash reason* for the
  // From's own organisation AND the message carries List-Id/List-Post of the envelope's domain
  // (the list that rewrote the envelope). Risk: anyone can paste a dead d=tidewater.example
  // signature and write List-Id for his own domain: the probe86 forger (own domain's envelope,
  // rented server) escapes the warning offline by adding both, reading unverified. If that is too
  // cheap, keep today's reading offline as the accepted cost ("a colleague's post to a list reads
  // suspicious offline; read it online to see the restored signature").
  // Kept out by choice (the lead, 15:01 on 2026-12-05): offline no key is fetched, so the restore
  // cannot run; a dead signature of the organisation's and a List-Id are what anyone pastes
  // (probe86's forger would then read unverified offline). Read online, the restored signature
  // clears it.
  'rw87-gmail-colleague-post-to-outside-mailman-list-offline',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const ORG = 'tidewater.example';
const TIDEWATER = ['--recipient-domain', ORG];
const SENT = 'Fri, 20 Nov 2026 09:59:50 +0000';
const ONPREM: Relay = { helo: `smtp.${ORG}`, rdns: `smtp.${ORG}`, ip: '198.51.100.87' };
const GOOGLE_OUT: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

/** The firm's own DNS: its on-premises relay, Google Workspace and Microsoft 365; DMARC p=none. */
const ORG_ZONE = {
  ...txt(ORG, `v=spf1 ip4:${ONPREM.ip} include:spf.protection.outlook.com ip4:209.85.128.0/17 -all`),
  ...dmarc(ORG, 'none'),
  ...M365_SPF_ZONE,
  ...ptr(ONPREM.ip, ONPREM.rdns),
  ...key(ORG, 'google'),
};

/** Genuine mail that cannot be fully proven: unverified or better, never a warning. */
const HONEST: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
  absentFindings: ['own-domain-unauthenticated'],
};
/** Genuine mail whose aligned pass the provider (or our check) proves. */
const PROVEN: CaseExpectation = { verdict: 'authenticated', absentFindings: ['own-domain-unauthenticated'] };
/**
 * Outlook on the web offline: EOP's results carry no authserv-id and are not trusted without DNS
 * (realworld48's rw48-*-outlook-offline), so nothing proves the mail and own-domain cannot run.
 */
const EOP_OFFLINE: CaseExpectation = {
  verdict: 'unverified',
  absentFindings: ['own-domain-unauthenticated'],
  findings: ['offline-mode'],
};

function draft(
  from: string,
  to: string,
  subject: string,
  extra: string[] = [],
  body = 'Hello,\r\n\r\nsee below.\r\n',
) {
  return submitted({
    from,
    to,
    subject,
    date: SENT,
    messageId: `<${Buffer.from(subject).toString('hex').slice(0, 20)}@${ORG}>`,
    extraHeaders: extra,
    body,
  });
}

interface Path {
  /** Stem after `rw87-`; `-offline` / `-online` is appended. */
  stem: string;
  about: string;
  cls: string;
  args: string[];
  eml: string;
  zone: Record<string, unknown>;
  expect: CaseExpectation;
  /** The offline reading, where it differs (EOP's id-less results are not trusted offline). */
  offlineExpect?: CaseExpectation;
}

/** Writes the path twice: read offline (no zone) and online (its zone). */
function twins(write: CaseWriter, p: Path): void {
  for (const offline of [true, false]) {
    emitCase(write, {
      name: `rw87-${p.stem}-${offline ? 'offline' : 'online'}`,
      about: `${p.about} Read ${offline ? 'offline (--offline: only the provider’s own results)' : 'online, the zone giving the same records'}.`,
      class: p.cls,
      args: [...p.args, ...TIDEWATER],
      eml: p.eml,
      ...(offline ? {} : { zone: p.zone }),
      expect: offline ? (p.offlineExpect ?? p.expect) : p.expect,
    });
  }
}

const GMAIL_TO = 'robin.reader@gmail.com';
const gmail = (
  raw: string,
  relay: Relay,
  envelope: string,
  results: string[],
  n: number,
  spf: 'pass' | 'fail' = 'pass',
) =>
  gmailDelivery(raw, {
    relay,
    envelope,
    results: results.join('\r\n       '),
    ids: [`x87csp${n}pxa`, `a87si${n}qtb.87`],
    spf,
    deliveredTo: true,
    to: GMAIL_TO,
  });

const yahoo = (raw: string, relay: Relay, envelope: string, ar: string[], pod: string) =>
  yahooOmega(
    raw,
    {
      ip: relay.ip,
      helo: relay.helo,
      envelope,
      spf: `pass (domain of ${envelope.slice(envelope.lastIndexOf('@') + 1)} designates ${relay.ip} as permitted sender)`,
      ar: ar.join('\r\n '),
    },
    { tag: 'Rw87', pod, inner: '10.253.87.17' },
  );

export async function makeAll(write: CaseWriter): Promise<void> {
  const priya = `"Priya Nair" <priya.nair@${ORG}>`;

  // 1. A colleague's signed Workspace mail to Robin's old alias at a forwarding service (SRS, no ARC).
  {
    const fwd: Relay = { helo: 'mx2.fwdmail.example', rdns: 'mx2.fwdmail.example', ip: '192.0.2.187' };
    const env = `SRS0=h7Qa=T2=${ORG}=priya.nair@fwdmail.example`;
    let m = await signAll(draft(priya, 'robin@old-tidewater.example', 'Q4 board pack - final'), [
      [ORG, 'google'],
    ]);
    m = onTop(
      m,
      received({
        helo: GOOGLE_OUT.helo,
        rdns: GOOGLE_OUT.rdns,
        ip: GOOGLE_OUT.ip,
        by: fwd.helo,
        id: '4Rw87A1',
        for: 'robin@old-tidewater.example',
        date: 'Fri, 20 Nov 2026 10:00:01 +0000',
      }),
    );
    twins(write, {
      stem: 'gmail-colleague-signed-via-srs-alias-forwarder',
      about: `Priya (Google Workspace, d=${ORG}) writes to Robin's old alias at a forwarding service, which re-sends it to Gmail with an SRS envelope (${env}, SPF pass for fwdmail.example from 192.0.2.187, no ESP) and no ARC. The firm's DKIM survives, DMARC (p=none) passes by it. Wanted: authenticated, no own-domain finding (the aligned signature is the firm's word).`,
      cls: 'forwarded',
      args: ['--webmail', 'gmail'],
      eml: gmail(m, fwd, env, [gmailDkim(ORG, 'google'), gmailSpf(env, fwd.ip), gmailDmarc(ORG, 'NONE')], 1),
      zone: { ...ORG_ZONE, ...txt('fwdmail.example', `v=spf1 ip4:${fwd.ip} -all`), ...ptr(fwd.ip, fwd.rdns) },
      expect: PROVEN,
    });
  }

  // 2. A colleague's post to an outside list (Mailman 3, keeps From at p=none, adds a footer).
  {
    const list: Relay = {
      helo: 'lists.harbour-assoc.example',
      rdns: 'lists.harbour-assoc.example',
      ip: '203.0.113.87',
    };
    const env = 'members-bounces+robin.reader=gmail.com@lists.harbour-assoc.example';
    let m = await signAll(
      draft(priya, 'members@lists.harbour-assoc.example', '[Members] Tidewater slot at the spring fair', [
        'List-Id: Harbour Association members <members.lists.harbour-assoc.example>',
        'List-Post: <mailto:members@lists.harbour-assoc.example>',
        'Precedence: list',
      ]),
      [[ORG, 'google']],
    );
    m = `${m}\r\n_______________________________________________\r\nMembers mailing list -- members@lists.harbour-assoc.example\r\n`;
    m = onTop(
      m,
      received({
        helo: list.helo,
        rdns: list.rdns,
        ip: '127.0.0.1',
        by: list.helo,
        id: '4Rw87B0',
        for: 'members@lists.harbour-assoc.example',
        date: 'Fri, 20 Nov 2026 10:00:02 +0000',
      }),
      received({
        helo: GOOGLE_OUT.helo,
        rdns: GOOGLE_OUT.rdns,
        ip: GOOGLE_OUT.ip,
        by: list.helo,
        id: '4Rw87B1',
        for: 'members@lists.harbour-assoc.example',
        date: 'Fri, 20 Nov 2026 10:00:01 +0000',
      }),
    );
    twins(write, {
      stem: 'gmail-colleague-post-to-outside-mailman-list',
      about: `Priya posts to an association's Mailman list (${list.ip}, no ESP, no ARC); the list keeps her From (the firm is at p=none, so no munging), rewrites the envelope to ${env} (SPF pass), and adds a footer, so Gmail records dkim=fail (body hash) for d=${ORG} and dmarc=fail. Wanted: unverified (a colleague's signed post to a list), never suspicious.`,
      cls: 'mailing-list',
      args: ['--webmail', 'gmail'],
      eml: gmail(
        m,
        list,
        env,
        [
          `dkim=neutral (body hash did not verify) header.i=@${ORG} header.s=google header.b=Q29ycHVz;`,
          gmailSpf(env, list.ip),
          gmailDmarc(ORG, 'NONE', 'fail'),
        ],
        2,
      ),
      zone: {
        ...ORG_ZONE,
        ...txt('lists.harbour-assoc.example', `v=spf1 ip4:${list.ip} -all`),
        ...ptr(list.ip, list.rdns),
      },
      expect: HONEST,
    });
  }

  // 3. A HubSpot notice with HubSpot's own envelope, no custom DKIM (Yahoo).
  {
    const hs: Relay = {
      helo: 'bid4567.bf87x.hubspotemail.net',
      rdns: 'bid4567.bf87x.hubspotemail.net',
      ip: '158.247.22.87',
    };
    const env = `1axbtb87q2x@bf87x.hubspotemail.net`;
    const m = await signAll(
      draft(
        `"Tidewater Events" <events@${ORG}>`,
        'robin.reader@yahoo.com',
        'Your seat at the Tidewater open day',
        [
          'List-Unsubscribe: <https://tidewater-87.hs-sites.example/hs/manage-preferences/unsubscribe>',
          'X-HS-Cid: 87abc',
        ],
      ),
      [['bf87x.hubspotemail.net', 'hs1']],
    );
    twins(write, {
      stem: 'yahoo-hubspot-notice-own-envelope-no-firm-dkim',
      about: `The firm's events notice from HubSpot's shared pool (${hs.ip}, ${hs.rdns}): envelope ${env} (SPF pass for HubSpot's domain), signed only d=bf87x.hubspotemail.net, the firm at p=none, so Yahoo records dmarc=fail. HubSpot is not in lib's ESP table. Wanted: unverified (the firm's SaaS without its DKIM), no own-domain finding.`,
      cls: 'esp',
      args: ['--webmail', 'yahoo'],
      eml: yahoo(
        m,
        hs,
        env,
        [
          'dkim=pass header.i=@bf87x.hubspotemail.net header.s=hs1;',
          'spf=pass smtp.mailfrom=bf87x.hubspotemail.net;',
          `dmarc=fail(p=NONE) header.from=${ORG};`,
        ],
        '6b8f7d9c5-h87px',
      ),
      zone: {
        ...ORG_ZONE,
        ...key('bf87x.hubspotemail.net', 'hs1'),
        ...txt('bf87x.hubspotemail.net', 'v=spf1 ip4:158.247.16.0/20 -all'),
        ...ptr(hs.ip, hs.rdns),
      },
      expect: HONEST,
    });
  }

  // 4. A Zendesk notice with the help desk's default envelope (Gmail).
  {
    const zd: Relay = {
      helo: 'out87.smtp.zendesk.com',
      rdns: 'out87.smtp.zendesk.com',
      ip: '192.161.148.87',
    };
    const env = 'bounces@tidewater.zendesk.com';
    const m = await signAll(
      draft(
        `"Tidewater Support" <support@${ORG}>`,
        GMAIL_TO,
        '[Tidewater] Re: Delivery window for order 8731',
        ['X-Mailer: Zendesk Mailer', 'Auto-Submitted: auto-generated'],
      ),
      [['zendesk.com', 'zendesk1']],
    );
    twins(write, {
      stem: 'gmail-zendesk-notice-default-envelope-no-firm-dkim',
      about: `The firm's help desk answers from Zendesk with From support@${ORG} but without the firm's DKIM set up: envelope ${env} (SPF pass for Zendesk), signed d=zendesk.com, p=none so dmarc=fail. Zendesk (${zd.ip}) is not in lib's ESP table. Wanted: unverified, no own-domain finding.`,
      cls: 'esp',
      args: ['--webmail', 'gmail'],
      eml: gmail(
        m,
        zd,
        env,
        [gmailDkim('zendesk.com', 'zendesk1'), gmailSpf(env, zd.ip), gmailDmarc(ORG, 'NONE', 'fail')],
        4,
      ),
      zone: {
        ...ORG_ZONE,
        ...key('zendesk.com', 'zendesk1'),
        ...txt('tidewater.zendesk.com', 'v=spf1 include:mail.zendesk.com -all'),
        ...txt('mail.zendesk.com', 'v=spf1 ip4:192.161.144.0/20 -all'),
        ...ptr(zd.ip, zd.rdns),
      },
      expect: HONEST,
    });
  }

  // 5. The firm's newsletter through SendGrid with its own DKIM (Yahoo).
  {
    const sg: Relay = {
      helo: 'o87.ptr8701.news.tidewater.example',
      rdns: 'o87.ptr8701.news.tidewater.example',
      ip: '149.72.87.87',
    };
    const env = `bounces+8701-ab87-robin.reader=yahoo.com@em8701.${ORG}`;
    const m = await signAll(
      draft(`"Tidewater News" <news@${ORG}>`, 'robin.reader@yahoo.com', 'Tidewater in November', [
        'List-Unsubscribe: <https://u8701.ct.sendgrid.net/lu?x=87>',
      ]),
      [
        [ORG, 's1'],
        ['sendgrid.info', 'smtpapi'],
      ],
    );
    twins(write, {
      stem: 'yahoo-sendgrid-newsletter-firm-dkim',
      about: `The firm's newsletter through SendGrid with domain authentication: signed d=${ORG} (s1) and d=sendgrid.info, envelope at em8701.${ORG} (SPF pass), from ${sg.ip}. Wanted: authenticated.`,
      cls: 'esp',
      args: ['--webmail', 'yahoo'],
      eml: yahoo(
        m,
        sg,
        env,
        [
          `dkim=pass header.i=@${ORG} header.s=s1;`,
          'dkim=pass header.i=@sendgrid.info header.s=smtpapi;',
          `spf=pass smtp.mailfrom=em8701.${ORG};`,
          `dmarc=pass(p=NONE) header.from=${ORG};`,
        ],
        '6b8f7d9c5-s87px',
      ),
      zone: {
        ...ORG_ZONE,
        ...key(ORG, 's1'),
        ...key('sendgrid.info', 'smtpapi'),
        ...txt(`em8701.${ORG}`, 'v=spf1 ip4:149.72.0.0/16 -all'),
        ...ptr(sg.ip, sg.rdns),
      },
      expect: PROVEN,
    });
  }

  // 6. The office scanner through Microsoft 365's inbound connector (Outlook on the web).
  {
    const office: Relay = { helo: 'MFP-3F', rdns: 'gw.office.tidewater.example', ip: '198.51.100.87' };
    const m = draft(`"Scanner 3F" <scanner@${ORG}>`, `robin@${ORG}`, 'Scanned from MFP-3F', [
      'X-Mailer: Canon iR-ADV',
    ]);
    twins(write, {
      stem: 'outlook-scanner-via-m365-connector-spf-pass',
      about: `The office multifunction printer relays through the firm's Microsoft 365 inbound connector (smart host tidewater-example.mail.protection.outlook.com) from the office's fixed address ${office.ip}, which the firm's SPF lists; envelope scanner@${ORG}, no DKIM. EOP records spf=pass, dmarc=pass, compauth=pass reason=100. Wanted: authenticated.`,
      cls: 'connector',
      args: ['--webmail', 'outlook'],
      eml: eopDelivery(m, {
        ip: office.ip,
        helo: office.helo,
        ar: `spf=pass (sender IP is ${office.ip})\r\n smtp.mailfrom=${ORG}; dkim=none (message not signed)\r\n header.d=none;dmarc=pass action=none\r\n header.from=${ORG};compauth=pass reason=100`,
        spf: `Pass (protection.outlook.com: domain of ${ORG} designates\r\n ${office.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${office.ip}; helo=${office.helo}; pr=C`,
        returnPath: `scanner@${ORG}`,
      }),
      zone: ORG_ZONE,
      expect: PROVEN,
      offlineExpect: EOP_OFFLINE,
    });
  }

  // 7. An Exchange hybrid's on-premises server through EOP into the firm's own tenant.
  {
    const ex: Relay = { helo: `EX01.corp.${ORG}`, rdns: `hybrid.${ORG}`, ip: '198.51.100.87' };
    const m = draft(`"Jonas Berg" <jonas.berg@${ORG}>`, `robin@${ORG}`, 'Rota for December', [
      'X-MS-Exchange-Organization-AuthAs: Internal',
      `X-MS-Exchange-Organization-AuthMechanism: 06`,
      'X-MS-Has-Attach: ',
    ]);
    const mm = onTop(
      m,
      `Received: from EX02.corp.${ORG} (10.10.87.12) by EX01.corp.${ORG}\r\n (10.10.87.11) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.9; Fri, 20 Nov 2026\r\n 10:00:01 +0000`,
      `Received: from EX02.corp.${ORG} ([fe80::87a1:2b3c:4d5e:6f70]) by\r\n EX02.corp.${ORG} ([fe80::87a1:2b3c:4d5e:6f70%12]) with mapi id\r\n 15.02.1544.009; Fri, 20 Nov 2026 10:00:00 +0000`,
    );
    twins(write, {
      stem: 'outlook-exchange-hybrid-onprem-through-eop',
      about: `Jonas's mailbox is still on the firm's on-premises Exchange 2019 (hybrid); EX02 submits over MAPI, EX01 hands it to EOP from ${ex.ip} (HELO ${ex.helo}) over the hybrid connector into Robin's Exchange Online mailbox; no DKIM (on-premises does not sign), SPF pass for ${ORG}. EOP records dmarc=pass, compauth=pass reason=100; the organisation headers say HybridOnPrem. Wanted: authenticated.`,
      cls: 'hybrid',
      args: ['--webmail', 'outlook'],
      eml: eopDelivery(mm, {
        ip: ex.ip,
        helo: ex.helo,
        ar: `spf=pass (sender IP is ${ex.ip})\r\n smtp.mailfrom=${ORG}; dkim=none (message not signed)\r\n header.d=none;dmarc=pass action=none\r\n header.from=${ORG};compauth=pass reason=100`,
        spf: `Pass (protection.outlook.com: domain of ${ORG} designates\r\n ${ex.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ex.ip}; helo=${ex.helo}; pr=C`,
        returnPath: `jonas.berg@${ORG}`,

        entity: 'HybridOnPrem',
      }),
      zone: ORG_ZONE,
      expect: PROVEN,
      offlineExpect: EOP_OFFLINE,
    });
  }
}
