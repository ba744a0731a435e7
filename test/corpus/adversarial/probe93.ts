// Red-team probes, ninety-third round (December 2026): ARC and forwarders read in Gmail / Google
// Workspace (--webmail gmail) by a user at tidewater.example, with and without --recipient-domain
// tidewater.example. The attacker has read lib/auth/arc.ts, lib/auth/arc-strict.ts and
// lib/findings/arc.ts (TRUSTED_ARC_SEALERS, sealerOrg by the PSL's private section, providerOrgs,
// intactChainSealers) and forwards his own forgeries:
// - an ARC set he seals himself under his own domain, recording dkim/spf/dmarc=pass for a brand at
//   p=reject and for the reader's own organisation; Gmail checks the chain (arc=pass: intact) and
//   records dmarc=fail for the From;
// - the same under a look-alike of a trusted sealer (messagingengine-com.example: another owner);
// - a trusted sealer's own name (d=google.com) with no key of his: the seal cannot verify, Gmail
//   records arc=fail;
// - a trusted sealer's organisation (umich.edu) with the key under a subdomain he runs there
//   (a department's delegated zone): sealerOrg folds it into umich.edu;
// - an SRS forwarder he runs, rewriting the envelope (spf=pass for his domain) and keeping the
//   brand's From, unsigned and with a replayed genuine signature whose body he edited.
// Controls: the brand's own mail straight to Gmail; the brand's mail through a trusted forwarder
// (Fastmail, messagingengine.com) that changed the body and sealed what it saw.
// The sender memory (--memory) was also a target of this round, but the corpus runner takes no
// memory (test/helpers/pinned-corpus.ts optionsFromArgs rejects --memory; a case has no memory
// file), so those paths are in the report, not here.
// Layouts: Gmail's delivery as test/corpus/receivers.ts has it; Gmail's arc= result
// (`arc=pass (i=1 spf=pass spfdomain=… dkim=pass dkdomain=… dmarc=pass fromdomain=…)`) from memory
// of real Gmail headers (12-minute limit: not searched); sealing as test/corpus/gateway-layouts.ts
// sealAs (mailauth's sealMessage); SRS0 as the Sender Rewriting Scheme writes it
// (SRS0=HHH=TT=domain=local@forwarder). Documentation names and addresses, except Google's and
// Fastmail's own sealing names.
import type { CaseExpectation } from '../../helpers/corpus';
import { sealAs } from '../gateway-layouts';
import { AUTHENTICATED, emitCase, KEY, NOT_TRUSTED, ptr, type Relay, SPOOFED, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';

/** Probes HeaderLens reads wrong today (what it reads, what it should, the rule, a fix, its risk). */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 17:05 on 2026-12-05 (lib/findings/arc.ts, listedSealer): the Community Sealers list
  // is matched on the seal's exact d=, not its organisation, so a seal under a zone delegated below
  // umich.edu (or one.com, zone.eu) is an unknown sealer's and reads arc-untrusted-sealer
  // (suspicious, as every unknown sealer does); the provider's own organisation and a sealer the
  // user trusts still count whole. Its expectation is the other unknown sealers' (UNTRUSTED_SEAL).
]);

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const GMAIL = ['--webmail', 'gmail'];
const ORG = 'tidewater.example';
const TIDEWATER = ['--recipient-domain', ORG];
const READER_ADDR = `robin.reader@${ORG}`;
const READER = `Robin Reader <${READER_ADDR}>`;
const BRAND = 'northbank.example';
const BRAND_FROM = `"Northbank Payments" <payments@${BRAND}>`;
const CEO_FROM = `"Marcus Hale" <marcus.hale@${ORG}>`;

/**
 * An intact chain sealed by a domain no list trusts, claiming the From's pass: lib/findings/arc.ts
 * reads it suspicious (arc-untrusted-sealer), never spoofed, since a genuine message through a
 * mailing list the reader has not yet trusted reads the same way. Pinned as that.
 */
const UNTRUSTED_SEAL: CaseExpectation = { ...NOT_TRUSTED, findings: ['arc-untrusted-sealer'] };

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

const BRAND_MTA: Relay = { helo: 'mta1.northbank.example', rdns: 'mta1.northbank.example', ip: '192.0.2.93' };
const FWD: Relay = { helo: 'mx.fwd-relay93.example', rdns: 'mx.fwd-relay93.example', ip: '203.0.113.93' };
const FASTMAIL: Relay = {
  helo: 'out3-smtp.messagingengine.com',
  rdns: 'out3-smtp.messagingengine.com',
  ip: '198.51.100.193',
};

const BRAND_ZONE = {
  ...dmarc(BRAND, 'reject'),
  ...txt(BRAND, `v=spf1 ip4:${BRAND_MTA.ip} -all`),
  ...key(BRAND, 'nb1'),
  ...ptr(BRAND_MTA.ip, BRAND_MTA.rdns),
};
const ORG_ZONE = {
  ...dmarc(ORG, 'reject'),
  ...txt(ORG, 'v=spf1 include:_spf.google.com ~all'),
  ...key(ORG, 'google'),
};
const FWD_ZONE = {
  ...ptr(FWD.ip, FWD.rdns),
  ...txt('fwd-relay93.example', `v=spf1 ip4:${FWD.ip} -all`),
};

const fwdHop = (id: string) =>
  `Received: from mta1.northbank.example (mta1.northbank.example [${BRAND_MTA.ip}])\r\n\tby mx.fwd-relay93.example (Postfix) with ESMTPS id ${id}\r\n\tfor <robin.reader@fwd-relay93.example>; Fri, 20 Nov 2026 10:00:03 +0000 (UTC)`;

const srs = (domain: string, local: string) => `SRS0=x9Qa=TZ=${domain}=${local}@fwd-relay93.example`;

/** Gmail's arc= word for a chain it checked (i=1's record, as Gmail restates it). */
const gmailArc = (result: 'pass' | 'fail', fromDomain: string) =>
  result === 'pass'
    ? `arc=pass (i=1 spf=pass spfdomain=${fromDomain} dkim=pass dkdomain=${fromDomain} dmarc=pass fromdomain=${fromDomain});`
    : 'arc=fail (signature failed);';

/** What the sealer writes as its ARC-Authentication-Results: every check passing for `from`. */
const claimedPass = (authserv: string, from: string) =>
  `${authserv}; dkim=pass header.d=${from} header.s=nb1; spf=pass smtp.mailfrom=${from}; dmarc=pass (p=reject) header.from=${from}`;

interface Mail {
  from: string;
  subject: string;
  body: string;
  id: string;
  signers?: [string, string][];
}

async function compose(m: Mail): Promise<string> {
  const raw = submitted({
    from: m.from,
    to: READER,
    subject: m.subject,
    date: SENT,
    messageId: m.id,
    body: m.body,
  });
  return m.signers?.length ? signAll(raw, m.signers) : raw;
}

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  zone?: Record<string, unknown>;
  args: string[];
  expect: CaseExpectation;
}

function emit(write: CaseWriter, c: One): void {
  emitCase(write, { ...c, class: `probe93-${c.cls}` });
}

const INVOICE =
  'Dear customer,\r\n\r\nOur settlement account has moved. From today please pay invoice 93-4471 (18,900 EUR) to IBAN XX93 0000 0000 9300 4471.\r\n\r\nNorthbank Payments\r\n';
const WIRE = `Robin,\r\n\r\nWire 48,200 GBP to the new supplier before the 3pm cut-off and keep it quiet until the board meets.\r\n\r\nMarcus\r\n`;

/** The attacker's forwarder hands the forgery to Gmail, sealed as `sealer`, Gmail recording `arc`. */
async function sealedForgery(o: {
  mail: Mail;
  fromDomain: string;
  sealer: string;
  selector: string;
  arc: 'pass' | 'fail';
  policy: string;
  ids: [string, string];
}): Promise<string> {
  const hopped = `${fwdHop(o.ids[1].slice(0, 10).toUpperCase())}\r\n${await compose(o.mail)}`;
  const sealed = await sealAs(hopped, {
    domain: o.sealer,
    selector: o.selector,
    cv: 'none',
    authResults: claimedPass(`mx.${o.sealer}`, o.fromDomain),
  });
  const local = o.mail.from.replace(/.*<|@.*/g, '');
  const env = srs(o.fromDomain, local);
  return gmailDelivery(sealed, {
    relay: FWD,
    envelope: env,
    ids: o.ids,
    to: READER_ADDR,
    spf: 'pass',
    results: `${gmailArc(o.arc, o.fromDomain)}\r\n       ${gmailSpf(env, FWD.ip)}\r\n       ${gmailDmarc(o.fromDomain, o.policy, 'fail')}`,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1–2. The attacker's own seal, a brand at p=reject, online, with and without the reader's org.
  for (const [n, org] of [
    ['a', true],
    ['b', false],
  ] as const) {
    emit(write, {
      name: `probe93-gmail-own-domain-arc-seal-claims-brand-dmarc-pass-${org ? 'org' : 'no-org'}-online`,
      cls: 'arc-own-sealer',
      about: `The attacker forges payments@${BRAND} (p=reject), unsigned, through his own forwarder ${FWD.rdns}, which rewrites the envelope (SRS0 at fwd-relay93.example: spf=pass for it) and ARC-seals the message as d=fwd-relay93.example (key published), its ARC-Authentication-Results recording dkim/spf/dmarc=pass for ${BRAND}. Gmail finds the chain intact (arc=pass, restating i=1's passes) and records dmarc=fail p=REJECT. fwd-relay93.example is no trusted sealer. Online, gmail${org ? `, --recipient-domain ${ORG}` : ''}. Wanted: spoofed (the only pass for ${BRAND} is the attacker's own word).`,
      eml: await sealedForgery({
        mail: {
          from: BRAND_FROM,
          subject: 'New settlement account for invoice 93-4471',
          body: INVOICE,
          id: `<93${n}.pay@${BRAND}>`,
        },
        fromDomain: BRAND,
        sealer: 'fwd-relay93.example',
        selector: 'arc93',
        arc: 'pass',
        policy: 'REJECT',
        ids: [`x93csp10${n}pxa`, `a93si10${n}qtb.93`],
      }),
      zone: { ...BRAND_ZONE, ...ORG_ZONE, ...FWD_ZONE, ...key('fwd-relay93.example', 'arc93') },
      args: [...GMAIL, ...(org ? TIDEWATER : [])],
      expect: UNTRUSTED_SEAL,
    });
  }

  // 3. A look-alike of a trusted sealer's name (another owner under sealerOrg).
  emit(write, {
    name: 'probe93-gmail-lookalike-messagingengine-seal-claims-brand-pass-online',
    cls: 'arc-lookalike-sealer',
    about: `As the first case, sealed as d=messagingengine-com.example (selector fm2, key published by the attacker): a look-alike of Fastmail's trusted sealing name messagingengine.com. Gmail: arc=pass, dmarc=fail p=REJECT for ${BRAND}. Online, gmail, --recipient-domain ${ORG}. Wanted: spoofed (sealerOrg(messagingengine-com.example) is not messagingengine.com).`,
    eml: await sealedForgery({
      mail: {
        from: BRAND_FROM,
        subject: 'Settlement account change',
        body: INVOICE,
        id: `<93c.pay@${BRAND}>`,
      },
      fromDomain: BRAND,
      sealer: 'messagingengine-com.example',
      selector: 'fm2',
      arc: 'pass',
      policy: 'REJECT',
      ids: ['x93csp10cpxa', 'a93si10cqtb.93'],
    }),
    zone: { ...BRAND_ZONE, ...ORG_ZONE, ...FWD_ZONE, ...key('messagingengine-com.example', 'fm2') },
    args: [...GMAIL, ...TIDEWATER],
    expect: UNTRUSTED_SEAL,
  });

  // 4. A trusted sealer's own name, no key the attacker can publish: the seal fails.
  emit(write, {
    name: 'probe93-gmail-google-name-arc-seal-no-key-claims-brand-pass-online',
    cls: 'arc-borrowed-sealer',
    about: `As the first case, sealed in Google's own name (d=google.com, s=arc-20160816) with the attacker's key: google.com publishes no such key in this zone (the attacker cannot publish under google.com), so our own ARC check fails and Gmail records arc=fail; dmarc=fail p=REJECT for ${BRAND}. Online, gmail, --recipient-domain ${ORG}. Wanted: spoofed (a seal that does not verify excuses nothing, whoever it names).`,
    eml: await sealedForgery({
      mail: {
        from: BRAND_FROM,
        subject: 'Settlement account change (Google-forwarded)',
        body: INVOICE,
        id: `<93d.pay@${BRAND}>`,
      },
      fromDomain: BRAND,
      sealer: 'google.com',
      selector: 'arc-20160816',
      arc: 'fail',
      policy: 'REJECT',
      ids: ['x93csp10dpxa', 'a93si10dqtb.93'],
    }),
    zone: { ...BRAND_ZONE, ...ORG_ZONE, ...FWD_ZONE },
    args: [...GMAIL, ...TIDEWATER],
    expect: SPOOFED,
  });

  // 5. A trusted sealer's organisation, the key under a subdomain the attacker runs there.
  emit(write, {
    name: 'probe93-gmail-umich-subdomain-arc-seal-claims-brand-pass-online',
    cls: 'arc-sealer-subdomain',
    about: `As the first case, sealed as d=lab93.umich.edu with the key the attacker publishes in a department zone delegated to him (arc93._domainkey.lab93.umich.edu): umich.edu is on the ARC Community Sealers list, and lib/findings/arc.ts sealerOrg folds lab93.umich.edu into umich.edu. Gmail: arc=pass, dmarc=fail p=REJECT for ${BRAND}. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted, as any unknown sealer (the trusted name is the list's exact sealing domain, not every host a university delegates).`,
    eml: await sealedForgery({
      mail: {
        from: BRAND_FROM,
        subject: 'Settlement account change',
        body: INVOICE,
        id: `<93e.pay@${BRAND}>`,
      },
      fromDomain: BRAND,
      sealer: 'lab93.umich.edu',
      selector: 'arc93',
      arc: 'pass',
      policy: 'REJECT',
      ids: ['x93csp10epxa', 'a93si10eqtb.93'],
    }),
    zone: { ...BRAND_ZONE, ...ORG_ZONE, ...FWD_ZONE, ...key('lab93.umich.edu', 'arc93') },
    args: [...GMAIL, ...TIDEWATER],
    expect: UNTRUSTED_SEAL,
  });

  // 6–7. The reader's own CEO, sealed by the attacker, recording the org's dmarc=pass.
  for (const [n, org] of [
    ['f', true],
    ['g', false],
  ] as const) {
    emit(write, {
      name: `probe93-gmail-own-seal-claims-reader-org-ceo-dmarc-pass-${org ? 'org' : 'no-org'}-online`,
      cls: 'arc-own-sealer-org',
      about: `The attacker forges the reader's CEO (marcus.hale@${ORG}, p=reject on Workspace), unsigned, through his forwarder, sealed as d=fwd-relay93.example recording dkim/spf/dmarc=pass for ${ORG}. Gmail: arc=pass, spf=pass for the SRS envelope, dmarc=fail p=REJECT for ${ORG}. Online, gmail${org ? `, --recipient-domain ${ORG}` : ''}. Wanted: spoofed.`,
      eml: await sealedForgery({
        mail: { from: CEO_FROM, subject: 'Urgent wire before 3pm', body: WIRE, id: `<93${n}.ceo@${ORG}>` },
        fromDomain: ORG,
        sealer: 'fwd-relay93.example',
        selector: 'arc93',
        arc: 'pass',
        policy: 'REJECT',
        ids: [`x93csp10${n}pxa`, `a93si10${n}qtb.93`],
      }),
      zone: { ...BRAND_ZONE, ...ORG_ZONE, ...FWD_ZONE, ...key('fwd-relay93.example', 'arc93') },
      args: [...GMAIL, ...(org ? TIDEWATER : [])],
      expect: UNTRUSTED_SEAL,
    });
  }

  // 8. The reader's org at p=none: the attacker's seal must not lift it to authenticated/unverified.
  emit(write, {
    name: 'probe93-gmail-own-seal-claims-reader-org-pass-p-none-org-online',
    cls: 'arc-own-sealer-org',
    about: `As the CEO case, the reader's organisation publishing p=none (a Workspace rollout not finished): Gmail records dmarc=fail p=NONE, arc=pass for the attacker's chain. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (a From at the reader's own domain, nothing of it authenticating, the only pass the forwarder's word).`,
    eml: await sealedForgery({
      mail: { from: CEO_FROM, subject: 'Urgent wire before 3pm', body: WIRE, id: `<93h.ceo@${ORG}>` },
      fromDomain: ORG,
      sealer: 'fwd-relay93.example',
      selector: 'arc93',
      arc: 'pass',
      policy: 'NONE',
      ids: ['x93csp10hpxa', 'a93si10hqtb.93'],
    }),
    zone: {
      ...BRAND_ZONE,
      ...dmarc(ORG, 'none'),
      ...txt(ORG, 'v=spf1 include:_spf.google.com ~all'),
      ...FWD_ZONE,
      ...key('fwd-relay93.example', 'arc93'),
    },
    args: [...GMAIL, ...TIDEWATER],
    expect: { ...UNTRUSTED_SEAL, findings: ['arc-untrusted-sealer', 'own-domain-unauthenticated'] },
  });

  // 9. SRS forwarder, no ARC: the envelope passes for the forwarder, the brand's From stays.
  {
    const env = srs(BRAND, 'payments');
    const hopped = `${fwdHop('93I0SRS')}\r\n${await compose({ from: BRAND_FROM, subject: 'Remittance advice 93-4471', body: INVOICE, id: `<93i.pay@${BRAND}>` })}`;
    emit(write, {
      name: 'probe93-gmail-srs-forwarder-keeps-brand-from-unsigned-online',
      cls: 'srs-forwarder',
      about: `The attacker's own forwarder ${FWD.rdns} relays an unsigned forgery of payments@${BRAND} (p=reject), rewriting MAIL FROM to ${env} (spf=pass for fwd-relay93.example) and keeping the From, with a Received line for the brand's real MTA below its own. No ARC. Gmail: spf=pass (SRS envelope), dmarc=fail p=REJECT. Online, gmail, --recipient-domain ${ORG}. Wanted: spoofed.`,
      eml: gmailDelivery(hopped, {
        relay: FWD,
        envelope: env,
        ids: ['x93csp10ipxa', 'a93si10iqtb.93'],
        to: READER_ADDR,
        spf: 'pass',
        results: `${gmailSpf(env, FWD.ip)}\r\n       ${gmailDmarc(BRAND, 'REJECT', 'fail')}`,
      }),
      zone: { ...BRAND_ZONE, ...ORG_ZONE, ...FWD_ZONE },
      args: [...GMAIL, ...TIDEWATER],
      expect: SPOOFED,
    });
  }

  // 10. A genuine brand message replayed through the SRS forwarder, body edited, own seal recording the
  // brand's (then true) dkim=pass.
  {
    const genuine = await compose({
      from: BRAND_FROM,
      subject: 'Remittance advice 93-4471',
      body: 'Dear customer,\r\n\r\nPlease find the remittance advice for invoice 93-4471 attached.\r\n\r\nNorthbank Payments\r\n',
      id: `<93j.pay@${BRAND}>`,
      signers: [[BRAND, 'nb1']],
    });
    const edited = genuine.replace(
      'Please find the remittance advice for invoice 93-4471 attached.',
      'Our settlement account has moved: pay invoice 93-4471 to IBAN XX93 0000 0000 9300 4471.',
    );
    const hopped = `${fwdHop('93J0SRS')}\r\n${edited}`;
    const sealed = await sealAs(hopped, {
      domain: 'fwd-relay93.example',
      selector: 'arc93',
      cv: 'none',
      authResults: claimedPass('mx.fwd-relay93.example', BRAND),
    });
    const env = srs(BRAND, 'payments');
    emit(write, {
      name: 'probe93-gmail-srs-forwarder-replays-brand-dkim-edited-own-seal-online',
      cls: 'srs-forwarder-replay',
      about: `A genuine ${BRAND} message (d=${BRAND} s=nb1) the attacker received, its body edited to a new IBAN, relayed through his SRS forwarder and ARC-sealed by it (d=fwd-relay93.example) recording dkim=pass for ${BRAND}. Gmail: dkim=fail (body hash) for ${BRAND}, arc=pass, spf=pass for the SRS envelope, dmarc=fail p=REJECT. Online, gmail, --recipient-domain ${ORG}. Wanted: spoofed (the brand's signature broke after the attacker's hop; only he says it passed).`,
      eml: gmailDelivery(sealed, {
        relay: FWD,
        envelope: env,
        ids: ['x93csp10jpxa', 'a93si10jqtb.93'],
        to: READER_ADDR,
        spf: 'pass',
        results: `${gmailDkim(BRAND, 'nb1', 'fail')}\r\n       ${gmailArc('pass', BRAND)}\r\n       ${gmailSpf(env, FWD.ip)}\r\n       ${gmailDmarc(BRAND, 'REJECT', 'fail')}`,
      }),
      zone: { ...BRAND_ZONE, ...ORG_ZONE, ...FWD_ZONE, ...key('fwd-relay93.example', 'arc93') },
      args: [...GMAIL, ...TIDEWATER],
      expect: UNTRUSTED_SEAL,
    });
  }

  // 11. Control: the brand's own mail straight to Gmail.
  {
    const raw = await compose({
      from: BRAND_FROM,
      subject: 'Remittance advice 93-4470',
      body: 'Dear customer,\r\n\r\nPlease find the remittance advice for invoice 93-4470 attached.\r\n\r\nNorthbank Payments\r\n',
      id: `<93k.pay@${BRAND}>`,
      signers: [[BRAND, 'nb1']],
    });
    const env = `bounces@${BRAND}`;
    emit(write, {
      name: 'probe93-gmail-control-brand-direct-dkim-spf-pass-online',
      cls: 'control',
      about: `Control: ${BRAND}'s genuine mail from its own MTA (${BRAND_MTA.ip}, in its SPF), signed d=${BRAND}, straight to the reader's Workspace box: Gmail records dkim, spf and dmarc=pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
      eml: gmailDelivery(raw, {
        relay: BRAND_MTA,
        envelope: env,
        ids: ['x93csp10kpxa', 'a93si10kqtb.93'],
        to: READER_ADDR,
        spf: 'pass',
        results: `${gmailDkim(BRAND, 'nb1')}\r\n       ${gmailSpf(env, BRAND_MTA.ip)}\r\n       ${gmailDmarc(BRAND, 'REJECT')}`,
      }),
      zone: { ...BRAND_ZONE, ...ORG_ZONE },
      args: [...GMAIL, ...TIDEWATER],
      expect: AUTHENTICATED,
    });
  }

  // 12. Control: the brand's mail through Fastmail's forwarding (a trusted sealer), body changed.
  {
    const genuine = await compose({
      from: BRAND_FROM,
      subject: 'Remittance advice 93-4469',
      body: 'Dear customer,\r\n\r\nPlease find the remittance advice for invoice 93-4469 attached.\r\n\r\nNorthbank Payments\r\n',
      id: `<93l.pay@${BRAND}>`,
      signers: [[BRAND, 'nb1']],
    });
    const hop = `Received: from mta1.northbank.example (mta1.northbank.example [${BRAND_MTA.ip}])\r\n\tby mx6.messagingengine.com (Postfix) with ESMTPS id 93L0FM\r\n\tfor <robin@fastmail.example>; Fri, 20 Nov 2026 10:00:03 +0000 (UTC)`;
    const changed = `${hop}\r\n${genuine.replace('attached.\r\n', 'attached.\r\n\r\n-- \r\nForwarded by Fastmail\r\n')}`;
    const sealed = await sealAs(changed, {
      domain: 'messagingengine.com',
      selector: 'fm2',
      cv: 'none',
      authResults: `mx6.messagingengine.com; dkim=pass header.d=${BRAND} header.s=nb1; spf=pass smtp.mailfrom=bounces@${BRAND}; dmarc=pass (p=reject) header.from=${BRAND}`,
    });
    const env = `SRS0=k3Lm=TZ=${BRAND}=bounces@fastmail.example`;
    emit(write, {
      name: 'probe93-gmail-control-brand-via-fastmail-forward-trusted-seal-online',
      cls: 'control',
      about: `Control: ${BRAND}'s genuine signed mail to a Fastmail address forwarding to the reader's Workspace box; Fastmail's forwarding adds a footer (the brand's body hash breaks), rewrites the envelope (SRS), and seals as d=messagingengine.com recording the brand's passes. Gmail: dkim=fail, arc=pass, spf=pass for the forwarder, dmarc=fail p=REJECT. Online, gmail, --recipient-domain ${ORG}. Wanted: not spoofed and not suspicious (a trusted forwarder saw it pass).`,
      eml: gmailDelivery(sealed, {
        relay: FASTMAIL,
        envelope: env,
        ids: ['x93csp10lpxa', 'a93si10lqtb.93'],
        to: READER_ADDR,
        spf: 'pass',
        results: `${gmailDkim(BRAND, 'nb1', 'fail')}\r\n       ${gmailArc('pass', BRAND)}\r\n       ${gmailSpf(env, FASTMAIL.ip)}\r\n       ${gmailDmarc(BRAND, 'REJECT', 'fail')}`,
      }),
      zone: {
        ...BRAND_ZONE,
        ...ORG_ZONE,
        ...ptr(FASTMAIL.ip, FASTMAIL.rdns),
        ...txt('fastmail.example', `v=spf1 ip4:${FASTMAIL.ip} -all`),
        ...key('messagingengine.com', 'fm2'),
      },
      args: [...GMAIL, ...TIDEWATER],
      expect: { notVerdict: ['spoofed', 'suspicious'] },
    });
  }
}

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}
