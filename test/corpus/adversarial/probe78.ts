// Red-team probes, seventy-eighth round (December 2026): the platform exemption of
// display-name-domain (lib/findings/display-name.ts customersPlatform, CUSTOMERS_PLATFORMS), added
// after red-team 77 and real-mail 74. On a platform that sends for its customers (Stripe, Zendesk,
// Freshdesk…) with DMARC passing for it, a domain shown as the name is a low note, unless the shown
// domain is a brand's (brandOfDomain) or a look-alike of a brand or of the reader's own domain
// (lookalikeReason). The attacker opens a platform account and names it as he likes. Probed:
// - a tenant whose subdomain label is the bank's name (`northbank.zendesk.com`,
//   `northbank-example.freshdesk.com`), the account named `northbank.example`: the bank
//   (northbank.example, p=reject, its SPF naming neither platform) is no built-in brand;
// - a built-in brand's domain as the name (`paypal.com` on Stripe, `microsoft.com` on Zendesk);
// - the reader's own domain as the name (internal-IT lure through Zendesk);
// - a forged From at a platform subdomain that is not its mail domain (`receipts.stripe.com`
//   from the attacker's server: DMARC fails, no exemption);
// - a platform's look-alike the attacker owns (`stripe-billing.example`, aligned, p=none);
// - a DMARC pass only in a forwarder's record the attacker wrote into his own message.
// Controls: a genuine Zendesk help desk named "acme.io Support" (self-hosted box) and a genuine
// Stripe receipt named "kestrelprints.example" (Gmail), both authenticated with the low note.
// Readers: Gmail (--webmail gmail, receivers.ts gmailDelivery) and a self-hosted box (Postfix,
// rspamd, Dovecot LMTP; --authserv-id mx.reader.example), online with a zone.
// Layouts: Gmail's and rspamd's as test/corpus/legit/realworld74.ts records them (its platform
// sender addresses, recalled there, not confirmed byte for byte); Zendesk's support@<sub>.zendesk.com
// as realworld71. Names and addresses are documentation ones; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { ATTACKER_IP, emitCase, KEY, NOT_TRUSTED, ptr, RECEIVER, type Relay, SPOOFED, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp, GMAIL_TO, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { postfixEntry } from '../rounds-kit';

/** Probes HeaderLens reads wrong today (see the seventy-eighth round's report). */
// (A) probe78-box-zendesk-tenant-northbank-named-bank-domain-online and
// probe78-gmail-freshdesk-tenant-northbank-example-named-bank-online read authenticated with
// display-name-domain low only: customersPlatform (lib/findings/display-name.ts) lowers the finding
// because the bank (northbank.example) is no built-in brand and not the reader's domain, so
// brandOfDomain and lookalikeReason say nothing; the tenant label `northbank` / `northbank-example`
// makes it worse, not better. Wanted: suspicious (medium). Fix: online, keep medium when the shown
// domain publishes DMARC p=quarantine/reject (or any DMARC record) and neither its SPF (include/
// ip ranges) nor a DKIM key names the platform: realworld74's "tie" test. Offline, keep medium when
// the platform tenant's label (the part before the platform's org) equals or contains the shown
// domain's first label (northbank ⊂ northbank.zendesk.com / northbank-example.freshdesk.com).
// Risk: a small business on Stripe/Zendesk that publishes p=reject for its own mail but never
// authorised the platform (common: the platform sends from its own domain) reads suspicious
// (realworld74's Fly.io, linear.app, acme.io would if their zones carried p=reject); the label test
// would flag acme.io on acme.zendesk.com, genuine, so keep that half for names that also have
// DMARC p=reject, or drop it.
// (B) probe78-box-zendesk-desk-named-reader-own-domain-online reads authenticated with the low note:
// lookalikeReason's guard holds that the reader's own domain imitates nothing, so the exact
// reader.example (given by --recipient-domain and Delivered-To) passes customersPlatform. Wanted:
// suspicious. Fix: in customersPlatform, also keep medium when the shown domain's org is one of the
// reader's domains (options.recipientDomains, readerDomainsFromMessage). Risk: a vendor's Zendesk
// or Stripe mail named after the reader's own company ("reader.example support" for a tenant a
// colleague runs) reads suspicious; rare, and a reader's own IT rarely runs its desk under a
// platform name the way the lure does.
// Fixed at 09:43 on 2026-12-05 (lib/findings/display-name.ts, readerOwn): the reader's own domain as
// the name on a platform stays medium (the desk's over-quota lure):
// probe78-box-zendesk-desk-named-reader-own-domain-online reads suspicious.
// Kept out by choice (the lead, 09:43): a platform account named after a bank that is no built-in
// brand (northbank.zendesk.com, northbank-example.freshdesk.com named northbank.example) reads
// authenticated with the low note. Telling it from a genuine small business's desk needs the shown
// domain's own DNS (does its SPF or a DKIM key name the platform?): not built (README, "What still fools").
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe78-box-zendesk-tenant-northbank-named-bank-domain-online',
  'probe78-gmail-freshdesk-tenant-northbank-example-named-bank-online',
]);

const NB = 'northbank.example';
const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const GMAIL = ['--webmail', 'gmail'];
const BOX = RECEIVER;
const BOX_TO = 'robin@reader.example';
const OWN_BOX = ['--authserv-id', BOX];
/** A platform's genuine customer named by a domain: authenticated, the low note. */
const PLATFORM_NOTE: CaseExpectation = { verdict: 'authenticated', findings: ['display-name-domain'] };
const WANT_NAME: CaseExpectation = { ...NOT_TRUSTED, findings: ['display-name-domain'] };

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  signers: Array<[string, string]>;
  subject: string;
  body: string;
  messageId: string;
  to?: string;
  extraHeaders?: string[];
  /** Results as the reader's provider writes them: DMARC's result and policy, SPF's, DKIM's. */
  dmarc?: 'pass' | 'fail';
  policy?: string;
  spf?: 'pass' | 'fail' | 'softfail';
}

const fromDomain = (s: Sent) => s.from.slice(s.from.lastIndexOf('@') + 1, -1);

async function signed(s: Sent, to: string): Promise<string> {
  return signAll(
    submitted({
      from: s.from,
      to,
      subject: s.subject,
      date: SENT,
      messageId: s.messageId,
      extraHeaders: s.extraHeaders,
      body: s.body,
    }),
    s.signers,
  );
}

async function atGmail(s: Sent, n: string): Promise<string> {
  const results = [
    ...s.signers.map(([d, sel]) => gmailDkim(d, sel)),
    gmailSpf(s.envelope, s.relay.ip, s.spf ?? 'pass'),
    gmailDmarc(fromDomain(s), s.policy ?? 'REJECT', s.dmarc ?? 'pass'),
  ].join('\r\n       ');
  return gmailDelivery(await signed(s, GMAIL_TO), {
    relay: s.relay,
    envelope: s.envelope,
    results,
    ids: [`x78csp${n}pxa`, `a78si${n}qtb.78`],
    spf: s.spf ?? 'pass',
    deliveredTo: true,
  });
}

async function atBox(s: Sent, id: string): Promise<string> {
  const spf = s.spf ?? 'pass';
  const rows = [
    ...(s.signers.length
      ? s.signers.map(([d, sel]) => `dkim=pass header.d=${d} header.s=${sel} header.b=Q29ycHVz`)
      : ['dkim=none']),
    `spf=${spf} (${BOX}: domain of ${s.envelope} ${spf === 'pass' ? 'designates' : 'does not designate'} ${s.relay.ip} as permitted sender) smtp.mailfrom=${s.envelope}`,
    `dmarc=${s.dmarc ?? 'pass'} (policy=${(s.policy ?? 'reject').toLowerCase()}) header.from=${fromDomain(s)}`,
  ].join(';\r\n\t');
  return onTop(
    await signed(s, s.to ?? `Robin <${BOX_TO}>`),
    `Return-Path: <${s.envelope}>`,
    `Delivered-To: ${BOX_TO}`,
    dovecotLmtp(BOX, s.envelope, BOX_TO, `${id}LmtpQAAqVw1Bg`, 'Fri, 20 Nov 2026 10:00:07 +0000'),
    `Authentication-Results: ${BOX};\r\n\t${rows}`,
    postfixEntry(s.relay, BOX, id, BOX_TO, 'Fri, 20 Nov 2026 10:00:05 +0000'),
  );
}

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const spf = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

/** The bank's own records: p=reject, its SPF naming its own servers only. */
const BANK_ZONE = {
  ...dmarc(NB, 'reject'),
  ...spf(NB, 'v=spf1 ip4:192.0.2.10 -all'),
  ...key(NB, 'nb2026'),
};

/** The platform's own sending path: its relay, its key, its SPF and DMARC, and the bank's records. */
function platformZone(relay: Relay, d: string, sel: string, envDomain: string, policy = 'reject') {
  return {
    ...ptr(relay.ip, relay.rdns),
    ...key(d, sel),
    ...dmarc(d, policy),
    ...spf(envDomain, `v=spf1 ip4:${relay.ip} -all`),
    ...BANK_ZONE,
  };
}

interface One {
  name: string;
  about: string;
  reader: 'gmail' | 'box';
  s: Sent;
  zone: Record<string, unknown>;
  expect: CaseExpectation;
  cls: string;
  args?: string[];
}

async function emit(write: CaseWriter, c: One): Promise<void> {
  const n = String(c.name.length).padStart(2, '0');
  const eml = c.reader === 'gmail' ? await atGmail(c.s, n) : await atBox(c.s, `4ZrW78${n}`);
  emitCase(write, {
    name: c.name,
    about: c.about,
    class: `probe78-${c.cls}`,
    args: [...(c.reader === 'gmail' ? GMAIL : OWN_BOX), ...(c.args ?? [])],
    eml,
    zone: c.zone,
    expect: c.expect,
  });
}

const LURE_BODY =
  'We detected an unusual sign-in to your online banking. Your card is on hold until you confirm your details:\r\nhttps://nb-verify.attacker.example/c\r\n';

export async function makeAll(write: CaseWriter): Promise<void> {
  const zdRelay: Relay = { helo: 'mail78.zendesk.com', rdns: 'mail78.zendesk.com', ip: '203.0.113.178' };
  const fdRelay: Relay = { helo: 'mail78.freshdesk.com', rdns: 'mail78.freshdesk.com', ip: '203.0.113.179' };
  const stripeRelay: Relay = { helo: 'mail-78a.stripe.com', rdns: 'mail-78a.stripe.com', ip: '203.0.113.78' };
  const vps: Relay = { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP };

  // 1. Zendesk tenant northbank.zendesk.com named "northbank.example Security".
  await emit(write, {
    name: 'probe78-box-zendesk-tenant-northbank-named-bank-domain-online',
    cls: 'platform-tenant',
    reader: 'box',
    about: `The attacker opens a Zendesk trial with the subdomain northbank and names the help desk "${NB} Security"; Zendesk sends his ticket notice from support@northbank.zendesk.com, signed d=zendesk.com, from its relay (${zdRelay.ip}), DMARC p=reject on zendesk.com passes. The bank (${NB}, p=reject) names no Zendesk in its SPF. The reader's self-hosted box (rspamd) records every pass. Online. Wanted: not authenticated: the bank's domain as the name on a platform the bank does not use stays medium`,
    s: {
      from: `"${NB} Security" <support@northbank.zendesk.com>`,
      envelope: 'support@northbank.zendesk.com',
      relay: zdRelay,
      signers: [['zendesk.com', 'zendesk1']],
      subject: '[Request #78114] Card on hold: confirm your details',
      body: LURE_BODY,
      messageId: '<78a1.Z7F4kq@northbank.zendesk.com>',
    },
    zone: platformZone(zdRelay, 'zendesk.com', 'zendesk1', 'northbank.zendesk.com'),
    expect: WANT_NAME,
  });

  // 2. Freshdesk tenant northbank-example.freshdesk.com named "northbank.example".
  await emit(write, {
    name: 'probe78-gmail-freshdesk-tenant-northbank-example-named-bank-online',
    cls: 'platform-tenant',
    reader: 'gmail',
    about: `A Freshdesk help desk the attacker registered as northbank-example.freshdesk.com and named "${NB}": From "${NB}" <support@northbank-example.freshdesk.com>, signed d=freshdesk.com, Freshdesk's relay (${fdRelay.ip}), DMARC p=reject on freshdesk.com. Gmail records every pass. Online (--webmail gmail). Wanted: not authenticated (display-name-domain medium: the bank's domain, not a customer's name)`,
    s: {
      from: `"${NB}" <support@northbank-example.freshdesk.com>`,
      envelope: 'support@northbank-example.freshdesk.com',
      relay: fdRelay,
      signers: [['freshdesk.com', 'fd1']],
      subject: 'Ticket #7812: your card is on hold',
      body: LURE_BODY,
      messageId: '<78b2.fd.7812@northbank-example.freshdesk.com>',
    },
    zone: platformZone(fdRelay, 'freshdesk.com', 'fd1', 'northbank-example.freshdesk.com'),
    expect: WANT_NAME,
  });

  // 3. Stripe account named "paypal.com" (a built-in brand's domain).
  await emit(write, {
    name: 'probe78-gmail-stripe-account-named-paypal-com-online',
    cls: 'platform-brand',
    reader: 'gmail',
    about: `A Stripe invoice from an account the attacker named "paypal.com": From "paypal.com" <invoice+statements+acct_1Pp78AbCdEf@stripe.com>, signed d=stripe.com, Stripe's relay (${stripeRelay.ip}), DMARC p=reject on stripe.com passes. Gmail records every pass. Online. Wanted: not authenticated (display-name-brand: PayPal's name on Stripe)`,
    s: {
      from: '"paypal.com" <invoice+statements+acct_1Pp78AbCdEf@stripe.com>',
      envelope: 'bounces+78c3@stripe.com',
      relay: stripeRelay,
      signers: [['stripe.com', 'stripe2026']],
      subject: 'Your account is limited: invoice #PP-7803 due',
      body: 'Pay this invoice to restore your account:\r\nhttps://invoice.stripe.com/i/acct_1Pp78AbCdEf/live_78c3\r\n',
      messageId: '<78c3.invoice@stripe.com>',
    },
    zone: platformZone(stripeRelay, 'stripe.com', 'stripe2026', 'stripe.com'),
    expect: { ...NOT_TRUSTED, findings: ['display-name-brand'] },
  });

  // 4. Zendesk help desk named "microsoft.com Support".
  await emit(write, {
    name: 'probe78-box-zendesk-desk-named-microsoft-com-support-online',
    cls: 'platform-brand',
    reader: 'box',
    about: `A Zendesk help desk (msft-help.zendesk.com) named "microsoft.com Support" sends a ticket notice: signed d=zendesk.com, Zendesk's relay, DMARC p=reject on zendesk.com passes. The reader's self-hosted box records every pass. Online. Wanted: not authenticated (Microsoft's domain as the name stays medium)`,
    s: {
      from: '"microsoft.com Support" <support@msft-help.zendesk.com>',
      envelope: 'support@msft-help.zendesk.com',
      relay: zdRelay,
      signers: [['zendesk.com', 'zendesk1']],
      subject: '[Request #78204] Your Microsoft 365 licence expires today',
      body: 'Renew now to keep your mailbox: https://m365-renew.attacker.example/\r\n',
      messageId: '<78d4.Z9a1@msft-help.zendesk.com>',
    },
    zone: platformZone(zdRelay, 'zendesk.com', 'zendesk1', 'msft-help.zendesk.com'),
    expect: WANT_NAME,
  });

  // 5. Zendesk named after the reader's own domain (internal IT lure).
  await emit(write, {
    name: 'probe78-box-zendesk-desk-named-reader-own-domain-online',
    cls: 'platform-own-domain',
    reader: 'box',
    args: ['--recipient-domain', 'reader.example'],
    about: `Internal-IT lure: a Zendesk help desk (readerit.zendesk.com) named "reader.example IT Service Desk" writes to robin@reader.example that the mailbox is over quota; signed d=zendesk.com, Zendesk's relay, DMARC p=reject on zendesk.com passes. The reader's self-hosted box (reader.example's own, --recipient-domain reader.example) records every pass. Online. Wanted: not authenticated: the reader's own domain as the name on a platform is the same lure as a look-alike of it`,
    s: {
      from: '"reader.example IT Service Desk" <support@readerit.zendesk.com>',
      envelope: 'support@readerit.zendesk.com',
      relay: zdRelay,
      signers: [['zendesk.com', 'zendesk1']],
      subject: '[Request #78305] Mailbox over quota: re-validate today',
      body: 'Your mailbox is over quota. Re-validate your account to keep receiving mail:\r\nhttps://reader-example.attacker.example/quota\r\n',
      messageId: '<78e5.Z2b7@readerit.zendesk.com>',
    },
    zone: {
      ...platformZone(zdRelay, 'zendesk.com', 'zendesk1', 'readerit.zendesk.com'),
      ...dmarc('reader.example', 'quarantine'),
    },
    expect: WANT_NAME,
  });

  // 6. Forged From at a Stripe subdomain that is not its mail domain.
  await emit(write, {
    name: 'probe78-gmail-forged-receipts-stripe-subdomain-named-bank-online',
    cls: 'platform-forged',
    reader: 'gmail',
    about: `The attacker's own server (${ATTACKER_IP}) sends From "${NB}" <billing@receipts.stripe.com>, a Stripe subdomain that is not its mail domain, unsigned, envelope bounce@attacker.example; Gmail records spf=pass for the attacker's envelope and dmarc=fail for receipts.stripe.com (stripe.com p=reject). Online. Wanted: spoofed (the platform exemption needs the platform's DMARC pass)`,
    s: {
      from: `"${NB}" <billing@receipts.stripe.com>`,
      envelope: 'bounce@attacker.example',
      relay: vps,
      signers: [],
      subject: 'Payment declined: update your card',
      body: LURE_BODY,
      messageId: '<78f6.pay@attacker.example>',
      dmarc: 'fail',
    },
    zone: {
      ...ptr(ATTACKER_IP, vps.rdns),
      ...spf('attacker.example', `v=spf1 ip4:${ATTACKER_IP} -all`),
      ...dmarc('stripe.com', 'reject'),
      ...spf('stripe.com', 'v=spf1 ip4:203.0.113.78 -all'),
      ...BANK_ZONE,
    },
    expect: SPOOFED,
  });

  // 7. A platform look-alike the attacker owns.
  const lookRelay: Relay = {
    helo: 'mail.stripe-billing.example',
    rdns: 'mail.attacker.example',
    ip: ATTACKER_IP,
  };
  await emit(write, {
    name: 'probe78-box-stripe-billing-lookalike-named-bank-online',
    cls: 'platform-lookalike',
    reader: 'box',
    about: `The attacker owns stripe-billing.example (SPF for his server, his own key, p=none) and sends From "${NB}" <invoice+statements@stripe-billing.example>, aligned: DMARC passes for his own domain. The self-hosted box records every pass. Online. Wanted: not authenticated: stripe-billing.example is no platform of CUSTOMERS_PLATFORMS, so the bank's domain as the name stays medium`,
    s: {
      from: `"${NB}" <invoice+statements@stripe-billing.example>`,
      envelope: 'bounces@stripe-billing.example',
      relay: lookRelay,
      signers: [['stripe-billing.example', 's1']],
      subject: 'Invoice NB-7807: card payment failed',
      body: LURE_BODY,
      messageId: '<78g7.inv@stripe-billing.example>',
      policy: 'none',
    },
    zone: {
      ...ptr(ATTACKER_IP, lookRelay.rdns),
      ...key('stripe-billing.example', 's1'),
      ...dmarc('stripe-billing.example', 'none'),
      ...spf('stripe-billing.example', `v=spf1 ip4:${ATTACKER_IP} -all`),
      ...BANK_ZONE,
    },
    expect: WANT_NAME,
  });

  // 8. DMARC pass only in a forwarder's record the attacker wrote himself.
  await emit(write, {
    name: 'probe78-box-forged-forwarder-record-stripe-pass-named-bank-online',
    cls: 'platform-forwarder',
    reader: 'box',
    about: `The attacker sends From "${NB}" <invoice+statements+acct_1Nb78@stripe.com> from his own server, unsigned, with an Authentication-Results he wrote for alumni-forward.example ("dkim=pass header.d=stripe.com; dmarc=pass header.from=stripe.com"), as if a forwarder had checked it. The reader's box records spf=fail for stripe.com from ${ATTACKER_IP}, dkim=none, dmarc=fail (p=reject). No forwarder is trusted. Online. Wanted: spoofed: a pass only in a record nobody trusted is no pass, and the platform exemption must not see it`,
    s: {
      from: `"${NB}" <invoice+statements+acct_1Nb78@stripe.com>`,
      envelope: 'bounces+78h8@stripe.com',
      relay: vps,
      signers: [],
      subject: 'Card on hold: invoice NB-7808',
      body: LURE_BODY,
      messageId: '<78h8.invoice@stripe.com>',
      spf: 'fail',
      dmarc: 'fail',
      extraHeaders: [
        'Authentication-Results: alumni-forward.example;\r\n\tdkim=pass header.d=stripe.com header.s=stripe2026;\r\n\tspf=pass smtp.mailfrom=stripe.com;\r\n\tdmarc=pass (policy=reject) header.from=stripe.com',
      ],
    },
    zone: {
      ...platformZone(stripeRelay, 'stripe.com', 'stripe2026', 'stripe.com'),
      ...ptr(ATTACKER_IP, vps.rdns),
    },
    expect: SPOOFED,
  });

  // 9. Control: a genuine Zendesk help desk named "acme.io Support".
  await emit(write, {
    name: 'probe78-box-zendesk-acme-io-support-control-online',
    cls: 'platform-control',
    reader: 'box',
    about: `Control: a genuine Zendesk help desk (acme.zendesk.com) named "acme.io Support" replies to the reader's ticket: signed d=zendesk.com, Zendesk's relay (${zdRelay.ip}), DMARC p=reject on zendesk.com passes. The self-hosted box records every pass. Online. Wanted: authenticated, display-name-domain the low note`,
    s: {
      from: '"acme.io Support" <support@acme.zendesk.com>',
      envelope: 'support@acme.zendesk.com',
      relay: zdRelay,
      signers: [['zendesk.com', 'zendesk1']],
      subject: '[Request #78409] Re: export fails on large projects',
      body: 'Hi Robin,\r\n\r\nThe fix is deployed; exports of any size should work now.\r\n\r\nSam, acme.io Support\r\n',
      messageId: '<78i9.Zc3d@acme.zendesk.com>',
    },
    zone: platformZone(zdRelay, 'zendesk.com', 'zendesk1', 'acme.zendesk.com'),
    expect: PLATFORM_NOTE,
  });

  // 10. Control: a genuine Stripe receipt named by a small shop's domain, at Gmail.
  await emit(write, {
    name: 'probe78-gmail-stripe-receipt-kestrelprints-control-online',
    cls: 'platform-control',
    reader: 'gmail',
    about: `Control: a Stripe receipt from a small print shop whose Stripe business name is its domain: From "kestrelprints.example" <invoice+statements+acct_1Kp78AbCdEf@stripe.com>, signed d=stripe.com, Stripe's relay, DMARC p=reject passes. Gmail records every pass. Online. Wanted: authenticated, display-name-domain the low note`,
    s: {
      from: '"kestrelprints.example" <invoice+statements+acct_1Kp78AbCdEf@stripe.com>',
      envelope: 'bounces+78j0@stripe.com',
      relay: stripeRelay,
      signers: [['stripe.com', 'stripe2026']],
      subject: 'Your receipt from kestrelprints.example #1078-2210',
      body: 'Receipt #1078-2210\r\nAmount paid $42.00\r\nA3 print, matte\r\n',
      messageId: '<78j0.receipt@stripe.com>',
    },
    zone: platformZone(stripeRelay, 'stripe.com', 'stripe2026', 'stripe.com'),
    expect: PLATFORM_NOTE,
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}
