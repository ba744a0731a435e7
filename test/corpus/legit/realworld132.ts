// Real-world delivery shapes, hundred-and-thirty-second round: genuine mail read in Yahoo Mail and
// AOL (--webmail yahoo), whose one Authentication-Results words its results its own way:
// `dkim=perm_fail` (read as permerror since lib/auth/authresults-provider.ts toAuthWord), `spf=temperror`, `dmarc=pass(p=…)` with no space, `header.s`, several dkim results in one
// header, each result followed by arc_overridden_status. Since the last hour a From-domain signature
// Yahoo recorded failing beside an SPF pass through a shared platform's include is dkim-fail at
// medium (lib/findings/dkim.ts brokenBeforeReceiver). Senders: Microsoft 365 tenants (own DKIM;
// onmicrosoft signature only), Google Workspace (own key; its key TXT lost in a DNS move: perm_fail
// for a missing key), a bank through SendGrid (two signatures), a Mailman 2.1 list munging From, a
// Google Group, an alumni forwarder with SRS (and Yahoo's SPF temperror on it), a self-hosted shop
// whose rotated-away selector still signs, Yahoo-to-Yahoo and AOL mail (to a Yahoo reader and to an
// AOL reader on the atlas hosts). Attack twins: another tenant of Microsoft 365 / Google Workspace
// copying the From domain's signature over new text, also one whose key is gone.
// Where the layouts were learnt (`search`):
// - Yahoo's 2025 omega / AOL atlas layouts: test/corpus/receivers.ts yahooOmega / aolAtlas and
//   lib/message/yahoo-layout.ts (public raw messages of 2025), arc_overridden_status as probe52.
// - Several dkim results in one Yahoo header, `header.s`, `dmarc=pass(p=none sp=NULL dis=none)`
//   with no space: github.com/pimlie/authres_status issue #41 (issues corpus; mta1192.mail.ir2.
//   yahoo.com, a SendGrid customer's d= and d=sendgrid.info s=smtpapi); #39 shows Yahoo's older
//   atlas words (`dkim=dkim_pass`, `dmarc=success(p=QUARANTINE,sp=REJECT)`), not modelled here.
// - Yahoo's outbound hosts for yahoo.com users (sonic314-21.consmr.mail.ne1.yahoo.com,
//   66.163.189.147, d=yahoo.com s=s2048) and Yahoo's SPF using the ptr mechanism:
//   github.com/postalsys/mailauth issue #25 (issues corpus). AOL's outbound hosts being the same
//   sonic pool with d=aol.com s=a2048, and aol.com's SPF record, are recalled, NOT confirmed.
// - Yahoo writing perm_fail for a missing key and for a body-hash failure: recalled (realworld130
//   says the same), NOT confirmed from a real header in the corpora; `spf=temperror` in
//   the 2025 layout likewise recalled. `dkim=neutral` left out: no real Yahoo header found for it.
// - Mailman 2.1's headers and footer: test/corpus/list-shapes.ts; Google Groups' From munging
//   ("'Name' via Group") and its d=googlegroups.com signature recalled; googlegroups.com's DMARC
//   record assumed p=none. postsrsd's SRS0 envelope recalled.
// Names and addresses are documentation ones except Microsoft's, Google's, SendGrid's and Yahoo's
// hosts and ranges; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { appendBody, tagSubject } from '../edits';
import { emitCase, KEY, legitCorpus, ptr, type Relay, signAll } from '../kit';
import { mailmanFooter, mailmanHeaders } from '../list-shapes';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { aolAtlas, yahooOmega } from '../receivers';
import { SENDGRID_OUT, sendgridSigners, sendgridZone } from '../rounds-kit';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const YAHOO = ['--webmail', 'yahoo'];
const READER = 'robin.reader@yahoo.com';

/** DMARC passed for the From domain, nothing else said: authenticated. */
const PASSES: CaseExpectation = {
  verdict: 'authenticated',
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'dmarc.result': 'pass' },
};
/** Genuine, but its DMARC pass rests on a shared platform's SPF alone: "unverified" is honest. */
const HONEST_UNVERIFIED: CaseExpectation = { notVerdict: ['spoofed', 'suspicious'] };
/** An attack: neither authenticated nor excused. */
const NOT_TRUSTED: CaseExpectation = { notVerdict: ['authenticated', 'unverified'] };

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const dom = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

// --- Relays -----------------------------------------------------------------------------------
const EXO_OUT: Relay = {
  helo: 'NAM12-BN8-obe.outbound.protection.outlook.com',
  rdns: 'mail-bn8nam12on2132.outbound.protection.outlook.com',
  ip: '40.107.237.132',
};
/** Another tenant's outbound host in Exchange Online (the attacker's trial tenant). */
const EXO_OTHER: Relay = {
  helo: 'NAM10-DM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-dm6nam10on2066.outbound.protection.outlook.com',
  ip: '40.107.93.66',
};
const GWS_OUT: Relay = {
  helo: 'mail-yw1-f132.google.com',
  rdns: 'mail-yw1-f132.google.com',
  ip: '209.85.128.132',
};
/** Another Workspace tenant's mail through Google's SMTP relay (the attacker's). */
const GWS_OTHER: Relay = {
  helo: 'mail-pj1-f66.google.com',
  rdns: 'mail-pj1-f66.google.com',
  ip: '209.85.216.66',
};
const GROUPS_OUT: Relay = {
  helo: 'mail-yw1-f200.google.com',
  rdns: 'mail-yw1-f200.google.com',
  ip: '209.85.128.200',
};
const YAHOO_OUT: Relay = {
  helo: 'sonic314-21.consmr.mail.ne1.yahoo.com',
  rdns: 'sonic314-21.consmr.mail.ne1.yahoo.com',
  ip: '66.163.189.147',
};
const AOL_OUT: Relay = {
  helo: 'sonic305-20.consmr.mail.ne1.yahoo.com',
  rdns: 'sonic305-20.consmr.mail.ne1.yahoo.com',
  ip: '66.163.185.146',
};
const LIST: Relay = { helo: 'lists.ringfort.example', rdns: 'lists.ringfort.example', ip: '198.51.100.132' };
const ALUMNI: Relay = {
  helo: 'mx1.alumni.ringfort.example',
  rdns: 'mx1.alumni.ringfort.example',
  ip: '203.0.113.132',
};
const SHOP: Relay = {
  helo: 'mail.lanternworks.example',
  rdns: 'mail.lanternworks.example',
  ip: '192.0.2.132',
};

// --- Domains ------------------------------------------------------------------------------------
/** Microsoft 365 tenant with its own DKIM (selector1). */
const CORRAN = 'corran-marine.example';
/** Microsoft 365 tenant that never set up DKIM: only its onmicrosoft.com signature. */
const FENWICK = 'fenwick-dental.example';
const FENWICK_TENANT = 'fenwickdental.onmicrosoft.com';
/** Google Workspace with its own key. */
const KEELSON = 'keelson.example';
/** Google Workspace whose google._domainkey TXT was lost moving DNS hosts. */
const BRACKEN = 'bracken-studio.example';
const BANK = 'northbank.example';
const LISTHOST = 'lists.ringfort.example';
const ALUMNI_DOMAIN = 'alumni.ringfort.example';
/** A self-hosted shop (Postfix + OpenDKIM) whose old selector 2024a was deleted while still in use. */
const SHOP_DOMAIN = 'lanternworks.example';

const GOOGLE_SPF = 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 -all';
const YAHOO_SPF = 'v=spf1 ptr:yahoo.com ptr:yahoo.net ip4:66.163.184.0/21 ip4:98.137.64.0/21 ?all';

const ZONE = {
  ...M365_SPF_ZONE,
  ...ptr(EXO_OUT.ip, EXO_OUT.rdns),
  ...ptr(EXO_OTHER.ip, EXO_OTHER.rdns),
  ...ptr(GWS_OUT.ip, GWS_OUT.rdns),
  ...ptr(GWS_OTHER.ip, GWS_OTHER.rdns),
  ...ptr(GROUPS_OUT.ip, GROUPS_OUT.rdns),
  ...ptr(YAHOO_OUT.ip, YAHOO_OUT.rdns),
  ...ptr(AOL_OUT.ip, AOL_OUT.rdns),
  ...ptr(LIST.ip, LIST.rdns),
  ...ptr(ALUMNI.ip, ALUMNI.rdns),
  ...ptr(SHOP.ip, SHOP.rdns),
  ...txt('_spf.google.com', GOOGLE_SPF),
  // Microsoft 365
  ...txt(CORRAN, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...key(CORRAN, 'selector1'),
  ...dmarc(CORRAN, 'reject'),
  ...txt(FENWICK, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...key(FENWICK_TENANT, 'selector1-fenwickdental-onmicrosoft-com'),
  ...dmarc(FENWICK, 'quarantine'),
  // Google Workspace
  ...txt(KEELSON, 'v=spf1 include:_spf.google.com ~all'),
  ...key(KEELSON, 'google'),
  ...dmarc(KEELSON, 'quarantine'),
  ...txt(BRACKEN, 'v=spf1 include:_spf.google.com ~all'),
  ...dmarc(BRACKEN, 'quarantine'),
  // The list, the Group, the forwarder
  ...txt(LISTHOST, `v=spf1 ip4:${LIST.ip} -all`),
  ...key(LISTHOST, 'mail'),
  ...dmarc('ringfort.example', 'none'),
  ...txt('googlegroups.com', 'v=spf1 redirect=_spf.google.com'),
  ...key('googlegroups.com', '20230601'),
  ...dmarc('googlegroups.com', 'none'),
  ...txt(ALUMNI_DOMAIN, `v=spf1 ip4:${ALUMNI.ip} -all`),
  // The shop: its old selector's key deleted, the new one published, SPF its own server.
  ...txt(SHOP_DOMAIN, `v=spf1 ip4:${SHOP.ip} -all`),
  ...key(SHOP_DOMAIN, '2026b'),
  ...dmarc(SHOP_DOMAIN, 'quarantine'),
  // Yahoo and AOL
  ...txt('yahoo.com', 'v=spf1 redirect=_spf.mail.yahoo.com'),
  ...txt('_spf.mail.yahoo.com', YAHOO_SPF),
  ...key('yahoo.com', 's2048'),
  ...dmarc('yahoo.com', 'reject'),
  ...txt('aol.com', 'v=spf1 include:_spf.mail.yahoo.com ~all'),
  ...key('aol.com', 'a2048'),
  ...dmarc('aol.com', 'reject'),
  // The bank through SendGrid (its key s1, SendGrid's smtpapi, bounce host em1132)
  ...sendgridZone(SENDGRID_OUT, BANK, `em1132.${BANK}`),
};

/** One Yahoo result with the arc_overridden_status Yahoo appends to each (2025). */
const y = (r: string) => `${r} arc_overridden_status=NOT_OVERRIDDEN;`;
const yDkim = (result: string, d: string, s: string) => y(`dkim=${result} header.i=@${d} header.s=${s}`);
const ySpf = (envDomain: string, result = 'pass') => y(`spf=${result} smtp.mailfrom=${envDomain}`);
const yDmarc = (from: string, p: string, result = 'pass') => y(`dmarc=${result}(p=${p}) header.from=${from}`);

/** Yahoo Mail's 2025 delivery of `raw` handed over by `relay` (pod and inner address per case). */
function yahoo(
  raw: string,
  relay: Relay,
  envelope: string,
  ar: string[],
  n: number,
  spfWord = 'pass',
): string {
  return yahooOmega(
    raw,
    {
      ip: relay.ip,
      helo: relay.helo,
      envelope,
      spf:
        spfWord === 'pass'
          ? `pass (domain of ${dom(envelope)} designates ${relay.ip} as permitted sender)`
          : `${spfWord} (domain of ${dom(envelope)} does not designate ${relay.ip} as permitted sender)`,
      ar: ar.join('\r\n '),
    },
    { tag: 'Rw132', pod: `5f6c8d7b9-${n}x${n}qz`, inner: `10.253.132.${10 + n}` },
  );
}

interface Msg {
  from: string;
  subject: string;
  body: string;
  id: string;
  to?: string;
  extra?: string[];
}
const compose = (m: Msg) =>
  submitted({
    from: m.from,
    to: m.to ?? `Robin Reader <${READER}>`,
    subject: m.subject,
    date: SENT,
    messageId: `<${m.id}>`,
    extraHeaders: m.extra ?? [],
    body: m.body,
  });

const QUOTE_BODY =
  'Hi Robin,\r\n\r\nattached is the quote for the mooring refit we discussed.\r\n\r\nBest,\r\nAlex\r\n';
const FAKE_BODY =
  'Hi Robin,\r\n\r\nour bank details have changed: please pay the refit deposit to the new account at https://corran-pay.example/invoice\r\n\r\nBest,\r\nAlex\r\n';

/** The genuine body replaced by the attacker's: the copied signature's body hash no longer verifies. */
const overwrite = (signed: string, from: string, to: string) => signed.replace(from, to);

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (
    name: string,
    about: string,
    cls: string,
    eml: string,
    expect: CaseExpectation,
    twin = false,
  ) =>
    emitCase(write, {
      name: `realworld132-${name}`,
      about,
      class: cls,
      args: YAHOO,
      eml,
      zone: ZONE,
      expect,
      twin,
    });

  // --- 1-2. Microsoft 365 with its own DKIM, and another tenant copying that signature --------
  const corranMsg = {
    from: `Alex Marr <alex.marr@${CORRAN}>`,
    subject: 'Mooring refit quote Q-2611',
    body: QUOTE_BODY,
    id: 'PH0PR11MB4966A1B2C3D4E5F6@PH0PR11MB4966.namprd11.prod.outlook.com',
  };
  const corranSigned = await signAll(compose(corranMsg), [[CORRAN, 'selector1']]);
  emit(
    'm365-own-dkim',
    `Genuine. A Microsoft 365 tenant with its own DKIM (d=${CORRAN} s=selector1) from Exchange Online's outbound host; Yahoo records dkim=pass header.s=selector1, spf=pass through include:spf.protection.outlook.com, dmarc=pass(p=REJECT). The aligned signature verifies: authenticated.`,
    'yahoo-m365',
    yahoo(
      corranSigned,
      EXO_OUT,
      `alex.marr@${CORRAN}`,
      [yDkim('pass', CORRAN, 'selector1'), ySpf(CORRAN), yDmarc(CORRAN, 'REJECT')],
      1,
    ),
    PASSES,
    true,
  );
  emit(
    'm365-other-tenant-copied-signature-attack-twin',
    `Attack twin of m365-own-dkim: another Microsoft 365 tenant sends as ${CORRAN} (envelope too), SPF passing through Microsoft's shared include, with Corran's genuine selector1 signature copied over new text (new bank details). Yahoo records dkim=perm_fail for Corran's signature, spf=pass, dmarc=pass(p=REJECT). The aligned signature broken before Yahoo beside a shared-include SPF pass: medium, not trusted.`,
    'yahoo-m365-cross-tenant',
    yahoo(
      overwrite(corranSigned, QUOTE_BODY, FAKE_BODY),
      EXO_OTHER,
      `alex.marr@${CORRAN}`,
      [yDkim('perm_fail', CORRAN, 'selector1'), ySpf(CORRAN), yDmarc(CORRAN, 'REJECT')],
      2,
    ),
    NOT_TRUSTED,
    true,
  );

  // --- 3. Microsoft 365 tenant that signs only with its onmicrosoft.com key --------------------
  emit(
    'm365-onmicrosoft-signature-only',
    `Genuine. A dental practice on Microsoft 365 that never enabled DKIM for its own domain: Exchange Online signs d=${FENWICK_TENANT} s=selector1-fenwickdental-onmicrosoft-com; Yahoo records that pass, spf=pass through include:spf.protection.outlook.com and dmarc=pass(p=QUARANTINE) on SPF alone. Every tenant passes that SPF: "unverified" is the honest answer (README verdict row 10), never a warning.`,
    'yahoo-m365',
    yahoo(
      await signAll(
        compose({
          from: `Fenwick Dental <reception@${FENWICK}>`,
          subject: 'Appointment reminder: Tuesday 24 November, 09:30',
          body: 'Dear Robin,\r\n\r\nthis is a reminder of your check-up on Tuesday at 09:30.\r\n\r\nFenwick Dental\r\n',
          id: 'SA1PR11MB6734B9C8D7E6F5A4@SA1PR11MB6734.namprd11.prod.outlook.com',
        }),
        [[FENWICK_TENANT, 'selector1-fenwickdental-onmicrosoft-com']],
      ),
      EXO_OUT,
      `reception@${FENWICK}`,
      [
        yDkim('pass', FENWICK_TENANT, 'selector1-fenwickdental-onmicrosoft-com'),
        ySpf(FENWICK),
        yDmarc(FENWICK, 'QUARANTINE'),
      ],
      3,
    ),
    HONEST_UNVERIFIED,
  );

  // --- 4-5. Google Workspace with its own key, and another tenant copying it --------------------
  const keelsonBody =
    'Hi Robin,\r\n\r\nthe crew list for Saturday is below. Meet at the slip at 8.\r\n\r\nDana\r\n';
  const keelsonSigned = await signAll(
    compose({
      from: `Dana Whitfield <dana@${KEELSON}>`,
      subject: 'Crew list for Saturday',
      body: keelsonBody,
      id: 'CAJx7vQ2kq9Lr0w+Z1eYb3uT5nM8pD4sF6hG7jK8lA9bC0dE1fG@mail.gmail.com',
    }),
    [[KEELSON, 'google']],
  );
  emit(
    'workspace-own-dkim',
    `Genuine. Google Workspace signing with the domain's own key (d=${KEELSON} s=google) from Google's outbound host; Yahoo records dkim=pass, spf=pass through include:_spf.google.com, dmarc=pass(p=QUARANTINE): authenticated.`,
    'yahoo-workspace',
    yahoo(
      keelsonSigned,
      GWS_OUT,
      `dana@${KEELSON}`,
      [yDkim('pass', KEELSON, 'google'), ySpf(KEELSON), yDmarc(KEELSON, 'QUARANTINE')],
      4,
    ),
    PASSES,
    true,
  );
  emit(
    'workspace-other-tenant-copied-signature-attack-twin',
    `Attack twin of workspace-own-dkim: another Workspace tenant relays as ${KEELSON} through Google's SMTP relay (envelope ${KEELSON}, SPF passing through _spf.google.com), Dana's genuine signature copied over a new body with a payment link. Yahoo records dkim=perm_fail, spf=pass, dmarc=pass(p=QUARANTINE). Wanted: not trusted (brokenBeforeReceiver, medium).`,
    'yahoo-workspace-cross-tenant',
    yahoo(
      overwrite(
        keelsonSigned,
        keelsonBody,
        'Hi Robin,\r\n\r\nplease settle the club fee today at https://keelson-club.example/pay\r\n\r\nDana\r\n',
      ),
      GWS_OTHER,
      `dana@${KEELSON}`,
      [yDkim('perm_fail', KEELSON, 'google'), ySpf(KEELSON), yDmarc(KEELSON, 'QUARANTINE')],
      5,
    ),
    NOT_TRUSTED,
  );

  // --- 6-7. Workspace whose DKIM key TXT was lost in a DNS move (perm_fail, no key) -----------
  const brackenSigned = await signAll(
    compose({
      from: `Bracken Studio <hello@${BRACKEN}>`,
      subject: 'Your proofs are ready',
      body: 'Hi Robin,\r\n\r\nyour wedding proofs are ready to view in the client gallery.\r\n\r\nBracken Studio\r\n',
      id: 'CAMp9yT4nR1bL8w+Q2eXa5vU7oK3sH6jG9fD2cB1aZ0yX9wV8uT@mail.gmail.com',
    }),
    [[BRACKEN, 'google']],
  );
  emit(
    'workspace-key-lost-in-dns-move',
    `Genuine. A photo studio on Google Workspace moved its DNS to a new host and the google._domainkey TXT was not copied: Google still signs d=${BRACKEN} s=google, Yahoo records dkim=perm_fail (no key), spf=pass through include:_spf.google.com, dmarc=pass(p=QUARANTINE) on SPF alone. Our own check finds the key missing, not the message changed: a low note; the pass rests on Google's shared SPF, so "unverified" is honest, never a warning.`,
    'yahoo-workspace-key-missing',
    yahoo(
      brackenSigned,
      GWS_OUT,
      `hello@${BRACKEN}`,
      [yDkim('perm_fail', BRACKEN, 'google'), ySpf(BRACKEN), yDmarc(BRACKEN, 'QUARANTINE')],
      6,
    ),
    HONEST_UNVERIFIED,
    true,
  );
  emit(
    'workspace-key-lost-other-tenant-attack-twin',
    `Attack twin of workspace-key-lost-in-dns-move: another Workspace tenant relays as ${BRACKEN} with the studio's signature (whose key is gone) copied over new text. Yahoo records the same dkim=perm_fail, spf=pass, dmarc=pass. Our check finds the body hash changed (checked before the key is fetched), so the signature broken before Yahoo beside the shared include is medium: suspicious, where the genuine studio reads unverified (key missing, a low note).`,
    'yahoo-workspace-key-missing',
    yahoo(
      overwrite(
        brackenSigned,
        'your wedding proofs are ready to view in the client gallery.',
        'your final balance is overdue: pay at https://bracken-gallery.example/pay',
      ),
      GWS_OTHER,
      `hello@${BRACKEN}`,
      [yDkim('perm_fail', BRACKEN, 'google'), ySpf(BRACKEN), yDmarc(BRACKEN, 'QUARANTINE')],
      7,
    ),
    NOT_TRUSTED,
  );

  // --- 8. Self-hosted shop still signing with a rotated-away selector, SPF its own -------------
  emit(
    'self-hosted-rotated-selector-own-spf',
    `Genuine. A shop's own Postfix + OpenDKIM: the admin published selector 2026b and deleted 2024a, but OpenDKIM's KeyTable still signs with 2024a. Yahoo records dkim=perm_fail (no key), spf=pass for ${SHOP_DOMAIN} from its own server (not a shared platform), dmarc=pass(p=QUARANTINE). The SPF pass is the sender's own: authenticated, the missing key a low note.`,
    'yahoo-key-missing',
    yahoo(
      await signAll(
        compose({
          from: `Lanternworks Orders <orders@${SHOP_DOMAIN}>`,
          subject: 'Order LW-20931 has shipped',
          body: 'Hello Robin,\r\n\r\nyour order LW-20931 has shipped with Royal Mail, tracking AB123456789GB.\r\n',
          id: '20261120100001.4F2C81A0B3@mail.lanternworks.example',
        }),
        [[SHOP_DOMAIN, '2024a']],
      ),
      SHOP,
      `orders@${SHOP_DOMAIN}`,
      [yDkim('perm_fail', SHOP_DOMAIN, '2024a'), ySpf(SHOP_DOMAIN), yDmarc(SHOP_DOMAIN, 'QUARANTINE')],
      8,
    ),
    { ...PASSES, fields: {} },
    true,
  );

  // --- 9. The bank through SendGrid: two signatures in Yahoo's one header ------------------------
  emit(
    'bank-sendgrid-two-signatures',
    `Genuine. The bank's statement notice through SendGrid: its own d=${BANK} s1 and SendGrid's d=sendgrid.info s=smtpapi, envelope on its bounce host em1132.${BANK}. Yahoo writes both dkim results (header.i, header.s) in its one header as authres_status #41 shows, spf=pass for the bounce host, dmarc=pass(p=REJECT): authenticated.`,
    'yahoo-esp',
    yahoo(
      await signAll(
        compose({
          from: `Northbank <alerts@${BANK}>`,
          subject: 'Your November statement is ready',
          body: 'Your November statement is ready in online banking. We never ask for your password by email.\r\n',
          id: 'qJ3x8bRkT2y5Vw1nLp0aZg@geopod-ismtpd-7',
        }),
        sendgridSigners(BANK),
      ),
      SENDGRID_OUT,
      `bounces+1321-ab12-robin.reader=yahoo.com@em1132.${BANK}`,
      [
        yDkim('pass', BANK, 's1'),
        yDkim('pass', 'sendgrid.info', 'smtpapi'),
        ySpf(`em1132.${BANK}`),
        yDmarc(BANK, 'REJECT'),
      ],
      9,
    ),
    PASSES,
    true,
  );

  // --- 10. Mailman 2.1 list munging From (the author's domain at p=quarantine) -----------------
  const authorPost = await signAll(
    compose({
      from: `Dana Whitfield <dana@${KEELSON}>`,
      to: `sailing@${LISTHOST}`,
      subject: 'Race postponed to Sunday',
      body: 'All,\r\n\r\nwith the gale warning the race moves to Sunday, same start time.\r\n\r\nDana\r\n',
      id: 'CAJx7vQ3mr0Ms1x+A2fZc4vU6oN9qE5tG7iH8kL9mB0cD1eF2gH@mail.gmail.com',
    }),
    [[KEELSON, 'google']],
  );
  const munged = appendBody(
    tagSubject(
      authorPost
        .replace(
          `From: Dana Whitfield <dana@${KEELSON}>`,
          `From: Dana Whitfield via Ringfort Sailing <sailing@${LISTHOST}>`,
        )
        .replace('MIME-Version: 1.0', `Reply-To: Dana Whitfield <dana@${KEELSON}>\r\nMIME-Version: 1.0`),
      '[Ringfort Sailing]',
    ),
    mailmanFooter('sailing', LISTHOST, 'Ringfort Sailing'),
  );
  const listSigned = await signAll(
    onTop(munged, ...mailmanHeaders('sailing', LISTHOST, 'Ringfort Sailing')),
    [[LISTHOST, 'mail']],
  );
  const listEntry = onTop(
    listSigned,
    received({ helo: GWS_OUT.helo, rdns: GWS_OUT.rdns, ip: GWS_OUT.ip, by: LISTHOST, id: '4ZrT2m6Kp8z1x' }),
  );
  emit(
    'mailman-from-munged',
    `Genuine. A Mailman 2.1 list (dmarc_moderation_action: munge From, as for a p=quarantine author) re-posts Dana's message: From "Dana Whitfield via Ringfort Sailing" <sailing@${LISTHOST}>, Reply-To Dana, subject tag and footer break her Workspace signature, the list host's OpenDKIM signs d=${LISTHOST}. Yahoo records dkim=perm_fail for ${KEELSON} (not the From's domain), dkim=pass for the list, spf=pass, dmarc=pass(p=NONE) for the list's domain: authenticated as the list.`,
    'yahoo-list',
    yahoo(
      listEntry,
      LIST,
      `sailing-bounces@${LISTHOST}`,
      [
        yDkim('perm_fail', KEELSON, 'google'),
        yDkim('pass', LISTHOST, 'mail'),
        ySpf(LISTHOST),
        yDmarc(LISTHOST, 'NONE'),
      ],
      10,
    ),
    { notVerdict: ['spoofed', 'suspicious'] },
    true,
  );

  // --- 11. Google Groups ------------------------------------------------------------------------
  const groupPost = appendBody(
    authorPost
      .replace(
        `From: Dana Whitfield <dana@${KEELSON}>`,
        `From: 'Dana Whitfield' via Ringfort Rowers <rowers@googlegroups.com>`,
      )
      .replace(`To: sailing@${LISTHOST}`, 'To: rowers@googlegroups.com')
      .replace(
        'MIME-Version: 1.0',
        `Reply-To: Dana Whitfield <dana@${KEELSON}>\r\nX-Original-Sender: dana@${KEELSON}\r\nPrecedence: list\r\nMailing-list: list rowers@googlegroups.com; contact rowers+owners@googlegroups.com\r\nList-ID: <rowers.googlegroups.com>\r\nMIME-Version: 1.0`,
      ),
    '\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "Ringfort Rowers" group.\r\n',
  );
  emit(
    'google-groups-post',
    `Genuine. Dana's post through a Google Group: From rewritten to 'Dana Whitfield' via Ringfort Rowers <rowers@googlegroups.com>, footer added (her own signature breaks), signed d=googlegroups.com s=20230601, envelope rowers+bncB…@googlegroups.com from Google's host. Yahoo records dkim=perm_fail for ${KEELSON}, dkim=pass for googlegroups.com, spf=pass, dmarc=pass(p=NONE): authenticated as the Group.`,
    'yahoo-list',
    yahoo(
      await signAll(groupPost, [['googlegroups.com', '20230601']]),
      GROUPS_OUT,
      'rowers+bncBC5KZ3VWQ4KRBQ7X2@googlegroups.com',
      [
        yDkim('perm_fail', KEELSON, 'google'),
        yDkim('pass', 'googlegroups.com', '20230601'),
        ySpf('googlegroups.com'),
        yDmarc('googlegroups.com', 'NONE'),
      ],
      11,
    ),
    { notVerdict: ['spoofed', 'suspicious'] },
  );

  // --- 12-13. An alumni forwarder (Postfix + postsrsd), and Yahoo's SPF temperror on it -------
  const alumniRcpt = `robin@${ALUMNI_DOMAIN}`;
  const forwarded = onTop(
    await signAll(
      compose({
        from: `Dana Whitfield <dana@${KEELSON}>`,
        to: `Robin Reader <${alumniRcpt}>`,
        subject: 'Reunion dinner, 5 December',
        body: 'Robin,\r\n\r\nare you coming to the reunion dinner on the 5th? Reply by Friday.\r\n\r\nDana\r\n',
        id: 'CAJx7vQ4ns1Nt2y+B3gAd5wV7pO0rF6uH8jI9lM0nC1dE2fG3hI@mail.gmail.com',
      }),
      [[KEELSON, 'google']],
    ),
    received({
      helo: GWS_OUT.helo,
      rdns: GWS_OUT.rdns,
      ip: GWS_OUT.ip,
      by: ALUMNI.helo,
      id: '4ZrT9q1Lm3z7y',
      for: alumniRcpt,
    }),
  );
  const srs = `SRS0=HhT2=Z4=${KEELSON}=dana@${ALUMNI_DOMAIN}`;
  emit(
    'alumni-forwarder-srs',
    `Genuine. An alumni address (Postfix + postsrsd) forwards Dana's Workspace mail untouched to Yahoo with an SRS0 envelope: Yahoo records dkim=pass for ${KEELSON}, spf=pass for ${ALUMNI_DOMAIN}, dmarc=pass(p=QUARANTINE) on the intact signature: authenticated.`,
    'yahoo-forwarder',
    yahoo(
      forwarded,
      ALUMNI,
      srs,
      [yDkim('pass', KEELSON, 'google'), ySpf(ALUMNI_DOMAIN), yDmarc(KEELSON, 'QUARANTINE')],
      12,
    ),
    PASSES,
    true,
  );
  emit(
    'alumni-forwarder-spf-temperror',
    `Genuine. The same forward when Yahoo's SPF lookup of ${ALUMNI_DOMAIN} timed out: Yahoo records dkim=pass, spf=temperror, dmarc=pass(p=QUARANTINE) on the signature. Our own SPF check passes and the aligned signature verifies: authenticated.`,
    'yahoo-forwarder',
    yahoo(
      forwarded,
      ALUMNI,
      srs,
      [yDkim('pass', KEELSON, 'google'), ySpf(ALUMNI_DOMAIN, 'temperror'), yDmarc(KEELSON, 'QUARANTINE')],
      13,
      'temperror',
    ),
    PASSES,
  );
  // --- 14-16. Yahoo-to-Yahoo, AOL to Yahoo, Yahoo to AOL ---------------------------------------
  const yahooMail = (from: string, to: string, d: string, s: string, id: string) =>
    signAll(
      compose({
        from,
        to,
        subject: 'Sunday lunch',
        body: 'Hi love,\r\n\r\nlunch at ours on Sunday? Bring the photos.\r\n\r\nPat\r\n',
        id,
        extra: ['X-Mailer: WebService/1.1.24652 YMailNorrin'],
      }),
      [[d, s]],
    );
  emit(
    'yahoo-to-yahoo',
    `Genuine. A yahoo.com user writes to a Yahoo reader: the message leaves Yahoo's outbound sonic host (sonic314-21.consmr.mail.ne1.yahoo.com, 66.163.189.147, as mailauth issue #25 shows it) signed d=yahoo.com s=s2048 and enters Yahoo's inbound MTA like any other mail. Yahoo records dkim=pass, spf=pass (Yahoo's ptr-based SPF), dmarc=pass(p=REJECT): authenticated.`,
    'yahoo-native',
    yahoo(
      await yahooMail(
        'Pat Reader <pat.reader@yahoo.com>',
        `Robin Reader <${READER}>`,
        'yahoo.com',
        's2048',
        '1417283412.2914873.1795168801123@mail.yahoo.com',
      ),
      YAHOO_OUT,
      'pat.reader@yahoo.com',
      [yDkim('pass', 'yahoo.com', 's2048'), ySpf('yahoo.com'), yDmarc('yahoo.com', 'REJECT')],
      15,
    ),
    PASSES,
    true,
  );
  emit(
    'aol-to-yahoo',
    `Genuine. An aol.com user writes to a Yahoo reader: AOL mail leaves the same sonic pool (sonic305-20.consmr.mail.ne1.yahoo.com) signed d=aol.com s=a2048 (recalled, not confirmed). Yahoo records dkim=pass, spf=pass, dmarc=pass(p=REJECT): authenticated.`,
    'yahoo-native',
    yahoo(
      await yahooMail(
        'Pat Reader <pat.reader@aol.com>',
        `Robin Reader <${READER}>`,
        'aol.com',
        'a2048',
        '1529384523.3025984.1795168801234@mail.yahoo.com',
      ),
      AOL_OUT,
      'pat.reader@aol.com',
      [yDkim('pass', 'aol.com', 'a2048'), ySpf('aol.com'), yDmarc('aol.com', 'REJECT')],
      16,
    ),
    PASSES,
  );
  emit(
    'yahoo-to-aol-reader',
    `Genuine. A yahoo.com user writes to an AOL reader: AOL's atlas host hands the message over HTTPS from the inner address its entry line is written by (receivers.ts aolAtlas). AOL (Yahoo) records dkim=pass, spf=pass, dmarc=pass(p=REJECT): authenticated.`,
    'yahoo-native',
    aolAtlas(
      await yahooMail(
        'Pat Reader <pat.reader@yahoo.com>',
        'Robin Reader <robin.reader@aol.com>',
        'yahoo.com',
        's2048',
        '1631495634.3136095.1795168801345@mail.yahoo.com',
      ),
      {
        ip: YAHOO_OUT.ip,
        helo: YAHOO_OUT.helo,
        envelope: 'pat.reader@yahoo.com',
        spf: `pass (domain of yahoo.com designates ${YAHOO_OUT.ip} as permitted sender)`,
        ar: [yDkim('pass', 'yahoo.com', 's2048'), ySpf('yahoo.com'), yDmarc('yahoo.com', 'REJECT')].join(
          '\r\n ',
        ),
      },
    ),
    PASSES,
    true,
  );
}

// Nothing pending: every case reads as wanted today.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
