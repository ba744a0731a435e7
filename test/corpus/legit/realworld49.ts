// Real-world delivery shapes, forty-ninth round: forwarded and relayed mail, the genuine side of
// today's rules, read in Gmail, Outlook on the web and a self-hosted box, online and offline.
// - Forwarders: a university alias (Postfix + postsrsd SRS, with and without an ARC seal), Fastmail's
//   forwarding (ARC d=messagingengine.com), Proton's and iCloud's forwarding (ARC sealers HeaderLens
//   does not believe: their seals must not turn a passing message into a warning), Microsoft 365's
//   forwarding rule to Gmail over IPv6 (ARC d=microsoft.com, SRS envelope), a Topicbox list's seal.
// - Relays: a sender whose only outbound hop is IPv6, with an address-literal HELO in another
//   spelling than the receiver's client comment (lib/auth/authresults.ts heloWrites /
//   clientLiteralAt, round 50's "any spelling"); Exim's `([ip] helo=name)` client comment; Stalwart
//   on a dual-stack socket writing an IPv4-mapped client (`[::ffff:…]`, the Stalwart rule).
// - Each receiver's header is written as that receiver writes it, so the HELO taint, the Stalwart
//   rule and the address-literal reading meet real forwarders' HELOs and literals.
// Layouts learnt from: Gmail's ARC i=3 set `d=google.com; s=arc-20240605` above its X-Received in a
// Go test fixture's real Gmail message (search `code`: "package testdata", Email3, June 2025);
// Proton's outbound line "from mail-10697.protonmail.ch (mail-10697.protonmail.ch. [79.135.106.97]) by
// mx.google.com" in "How to Read an Email Header" (freedium mirror of a Medium post, June 2026); the
// qmail validator README (search `code`) on why a self-run forward seals ARC before Gmail; Stalwart's
// `[::ffff:40.107.6.112]` client and results below its Received line as realworld45 (stalwartlabs/
// stalwart issue #76); Gmail's forwarding (+caf_, mail-sor) and Exchange Online's lines as
// realworld40 / m365-shapes.ts (README-m365.md sources); Mailman/Topicbox list fields as
// list-shapes.ts. Fastmail's `fout-*-smtp.messagingengine.com` hosts, Microsoft's SRS form
// `SRS0=hash=tt=domain=user@tenant` and `arcselector10001`, iCloud's `*.me.com` / `s=1a1hai` and
// Exim's `([ip] helo=…)` are recalled from public raw headers, not confirmed byte for byte here.
// Names and addresses are documentation ones except the providers' own; every key is the corpus key.
import type { CaseExpectation } from '../../helpers/corpus';

import { emitCase, GMAIL, legitCorpus, OUTLOOK, ptr, type Relay, signAll } from '../kit';
import { keyZone, sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';

/** DMARC passed for the From domain: nothing should make it a warning. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** The provider's trusted word is the only proof (offline): authenticated, no warning. */
const PROVIDER_PASS: CaseExpectation = { verdict: 'authenticated', notVerdict: ['spoofed', 'suspicious'] };
/** A trusted forwarder's seal explains the DMARC failure: unverified, never a warning. */
const FORWARDED: CaseExpectation = { verdict: 'unverified', findings: ['arc-forwarded'] };
/** Genuine mail nothing can fully prove: never a warning. */
const NOT_WARNED: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
};

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Reads unverified (right) with the summary "This message was forwarded (forwarded by
  // messagingengine.com: the original signature broke on the way), so its signature from
  // oakridge-library.example no longer verifies; …" for a message that was never signed: the
  // forward broke SPF (new client address, SRS envelope), and the seal records spf=pass, dkim=none.
  // The same wording shows on rw49-umich-alias-srs-arc-ipv6-rspamd-box and
  // rw49-m365-forward-rule-gmail-ipv6-arc-microsoft (verdicts pinned there, not their summaries).
  // Should: say the sender's server check no longer applies (the string pinned here is a proposal;
  // pin whatever wording is chosen). Rule: lib/findings/summary.ts (summary_forwarded_trusted) and
  // lib/findings/arc.ts (finding_arc_forwarded_title / _detail, "the sender's DKIM signature no
  // longer verifies"). Proposed fix: pick a second key pair when the oldest trusted seal's recorded
  // pass is SPF only and the message carries no DKIM-Signature whose d= aligns with From (e.g.
  // summary_forwarded_trusted_spf, finding_arc_forwarded_spf_title: "Forwarded by {sealer}: sent on
  // from another server than the sender's"), in all four locales. Risk: wording only, no verdict
  // changes either way; a forged unsigned message sealed by an untrusted sealer never reaches this
  // row (forwarder-unknown), so no spoof reads better.
  // Fixed at 00:1x on 2026-12-05 (lib/findings/arc.ts arc-forwarded, lib/findings/summary.ts
  // forwarded-trusted: a sender with no signature of its organisation gets its own wording):
  // rw49-fastmail-forward-spf-only-gmail-arc-summary reads the wording pinned here.
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await forwarders(write);
  await relays(write);
}

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const at = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;
const BOX = 'mx.reader.example';
const BOX_ARGS = ['--authserv-id', BOX];

interface Sent {
  from: string;
  to: string;
  subject: string;
  id: string;
  signers: Array<[string, string]>;
  extra?: string[];
  body?: string;
}

const compose = (m: Sent) =>
  signAll(
    submitted({
      from: m.from,
      to: m.to,
      subject: m.subject,
      date: SENT,
      messageId: m.id,
      extraHeaders: m.extra,
      body: m.body ?? 'Hello,\r\n\r\nthis is an everyday message.\r\n',
    }),
    m.signers,
  );

/** Gmail's `arc=pass` row as it records a trusted forwarder's seal. */
const gmailArc = (spfDomain: string, from: string, dkim?: string) =>
  `arc=pass (i=1 spf=pass spfdomain=${spfDomain}${dkim ? ` dkim=pass dkdomain=${dkim}` : ''} dmarc=pass fromdomain=${from});`;

/** An rspamd box's results (one header, its `arc=` comment quoting the sealer as rspamd does). */
const rspamdAr = (rows: string[]) => `Authentication-Results: ${BOX};\r\n\t${rows.join(';\r\n\t')}`;

// ---------------------------------------------------------------------------------------------
// 1. Forwarders
// ---------------------------------------------------------------------------------------------

async function forwarders(write: CaseWriter): Promise<void> {
  // 1a. A university alias with postsrsd (SRS, no ARC); the sender signs; read in Gmail online.
  {
    const d = 'larkspur-press.example';
    const sender: Relay = { helo: `smtp.${d}`, rdns: `smtp.${d}`, ip: '192.0.2.149' };
    const uni: Relay = {
      helo: 'mailfwd.cs.example-uni.edu',
      rdns: 'mailfwd.cs.example-uni.edu',
      ip: '198.51.100.149',
    };
    const srs = `SRS0=Kq7z=TT=${d}=orders@cs.example-uni.edu`;
    const raw = onTop(
      await compose({
        from: `Larkspur Press <orders@${d}>`,
        to: 'R. Reader <r.reader@cs.example-uni.edu>',
        subject: 'Your proofs are ready',
        id: `<20261120095958.49a1@${d}>`,
        signers: [[d, 'lp1']],
      }),
      received({
        ...sender,
        by: uni.helo,
        id: '4Zw49A1bcd',
        for: 'r.reader@cs.example-uni.edu',
        date: at(2),
      }),
    );
    emitCase(write, {
      name: 'rw49-uni-alias-postsrsd-signed-gmail',
      about: `A press’s proof notice, signed d=${d} (SPF ip4, p=reject), to a department alias r.reader@cs.example-uni.edu that Postfix forwards with postsrsd (envelope ${srs}, no ARC) from ${uni.helo} to the graduate’s Gmail. Gmail records dkim=pass, spf=pass for the SRS domain, dmarc=pass. Read in Gmail online. Expected authenticated: the intact aligned signature carries it; SPF is the forwarder’s`,
      class: 'forwarder',
      args: GMAIL,
      eml: gmailDelivery(raw, {
        relay: uni,
        envelope: srs,
        ids: ['x49csp11a0934pxa', 'a49si1a4402911qtb.49'],
        spf: 'pass',
        deliveredTo: true,
        results: [gmailDkim(d, 'lp1'), gmailSpf(srs, uni.ip), gmailDmarc(d)].join('\r\n       '),
      }),
      zone: {
        ...ptr(uni.ip, uni.rdns),
        ...keyZone([`lp1._domainkey.${d}`]),
        'cs.example-uni.edu': { TXT: [`v=spf1 ip4:${uni.ip} -all`] },
        [d]: { TXT: [`v=spf1 ip4:${sender.ip} -all`] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=reject'] },
      },
      expect: PASSES,
    });
  }

  // 1b/1c. umich.edu's alias forwarding (SRS and its ARC seal, a sealer on the community list) of an
  // unsigned SPF-only sender to the graduate's own Postfix + rspamd box, over IPv6; online, offline.
  {
    const d = 'heronsgate-dental.example';
    const sender: Relay = { helo: `mail.${d}`, rdns: `mail.${d}`, ip: '192.0.2.150' };
    const fwd: Relay = { helo: 'mx-out.umich.edu', rdns: 'mx-out.umich.edu', ip: '2001:db8:49::25' };
    const srs = `SRS0=c3Lm=TT=${d}=reminders@umich.edu`;
    const atUmich = onTop(
      submitted({
        from: `Heronsgate Dental <reminders@${d}>`,
        to: 'Robin Reader <rreader@umich.edu>',
        subject: 'Appointment reminder: Tuesday 09:30',
        date: SENT,
        messageId: `<20261120095958.49b1@${d}>`,
        body: 'Hello Robin,\r\n\r\na reminder of your check-up on Tuesday at 09:30.\r\n',
      }),
      received({ ...sender, by: 'mx1.umich.edu', id: '4Zw49B1bcd', for: 'rreader@umich.edu', date: at(1) }),
    );
    const aar = `mx1.umich.edu; spf=pass smtp.mailfrom=${d}; dkim=none; dmarc=pass header.from=${d}`;
    const sealed = await sealCorpus(atUmich, {
      domain: 'umich.edu',
      selector: 'arc',
      cv: 'none',
      authResults: aar,
    });
    const eml = onTop(
      sealed,
      `Return-Path: <${srs}>`,
      'Delivered-To: robin@reader.example',
      rspamdAr([
        'arc=pass ("umich.edu:s=arc:i=1")',
        `spf=pass (${BOX}: domain of "${srs}" designates ${fwd.ip} as permitted sender) smtp.mailfrom="${srs}"`,
        `dmarc=fail reason="SPF not aligned (relaxed), No valid DKIM" header.from=${d} (policy=quarantine)`,
      ]),
      received({ ...fwd, by: BOX, id: '4Zw49B2xyz', for: 'robin@reader.example', date: at(4) }),
    );
    for (const online of [true, false])
      emitCase(write, {
        name: `rw49-umich-alias-srs-arc-ipv6-rspamd-box${online ? '' : '-offline'}`,
        about: `A dental practice’s unsigned reminder (SPF ip4, p=quarantine) to a University of Michigan alias: umich.edu records spf=pass and dmarc=pass, seals ARC i=1 (umich.edu is on the ARC community sealers list), rewrites the envelope with SRS (${srs}) and hands over from ${fwd.ip} over IPv6 (Postfix prints "from ${fwd.helo} (${fwd.rdns} [IPv6:${fwd.ip}])"). The reader’s rspamd records arc=pass ("umich.edu:s=arc:i=1"), spf=pass for umich.edu and dmarc=fail. Read with --authserv-id ${BOX}${online ? ', online' : ', offline (the box’s own arc=pass and dmarc=fail are all there is)'}. Wanted: ${online ? 'unverified (forwarded-trusted), never a warning' : 'never spoofed: the box’s own ARC pass names a believed sealer'}`,
        class: 'forwarder',
        args: BOX_ARGS,
        eml,
        ...(online
          ? {
              zone: {
                ...keyZone(['arc._domainkey.umich.edu']),
                'umich.edu': { TXT: ['v=spf1 ip6:2001:db8:49::/48 -all'] },
                [d]: { TXT: [`v=spf1 ip4:${sender.ip} -all`] },
                [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=quarantine'] },
              },
            }
          : {}),
        expect: online ? FORWARDED : NOT_WARNED,
      });
  }

  // 1d. Fastmail's forwarding of an SPF-only sender to Gmail (ARC d=messagingengine.com, SRS).
  {
    const d = 'oakridge-library.example';
    const sender: Relay = { helo: `mail.${d}`, rdns: `mail.${d}`, ip: '192.0.2.151' };
    const fm: Relay = {
      helo: 'fout-a4-smtp.messagingengine.com',
      rdns: 'fout-a4-smtp.messagingengine.com',
      ip: '103.168.172.147',
    };
    const srs = `SRS0=Ut5W=TT=${d}=loans@fastmail.com`;
    const atFm = onTop(
      submitted({
        from: `Oakridge Library <loans@${d}>`,
        to: 'Robin <robin@fastmail.com>',
        subject: 'Two items due back on Monday',
        date: SENT,
        messageId: `<20261120095958.49d1@${d}>`,
      }),
      `Received: from ${sender.helo} (${sender.rdns} [${sender.ip}])\r\n\tby mx6.messagingengine.com (Postfix) with ESMTPS id 4Zw49D1bcd\r\n\tfor <robin@fastmail.com>; ${at(1)}`,
    );
    const aar = `mx6.messagingengine.com; arc=none (no signatures found); dkim=none (no signatures found); dmarc=pass policy.published-domain-policy=quarantine header.from=${d}; spf=pass smtp.mailfrom=loans@${d} smtp.helo=${sender.helo}`;
    const sealed = await sealCorpus(atFm, {
      domain: 'messagingengine.com',
      selector: 'fm2',
      cv: 'none',
      authResults: aar,
    });
    emitCase(write, {
      name: 'rw49-fastmail-forward-spf-only-gmail-arc',
      about: `A library’s unsigned loan reminder (SPF ip4, p=quarantine) to a Fastmail address that forwards to Gmail: Fastmail’s mx6.messagingengine.com records spf=pass and dmarc=pass, seals ARC as messagingengine.com (s=fm2), sends from ${fm.helo} [${fm.ip}] with an SRS envelope (${srs}). Gmail records arc=pass (i=1 … dmarc=pass fromdomain=${d}), spf=pass for fastmail.com, dmarc=fail. Read in Gmail online. Wanted: unverified (forwarded-trusted), never a warning`,
      class: 'forwarder',
      args: GMAIL,
      eml: gmailDelivery(sealed, {
        relay: fm,
        envelope: srs,
        ids: ['x49csp11d0934pxa', 'a49si1d4402911qtb.49'],
        spf: 'pass',
        deliveredTo: true,
        results: [gmailArc(d, d), gmailSpf(srs, fm.ip), gmailDmarc(d, 'QUARANTINE', 'fail')].join(
          '\r\n       ',
        ),
      }),
      zone: {
        ...ptr(fm.ip, fm.rdns),
        ...keyZone(['fm2._domainkey.messagingengine.com']),
        'fastmail.com': { TXT: ['v=spf1 ip4:103.168.172.128/27 -all'] },
        [d]: { TXT: [`v=spf1 ip4:${sender.ip} -all`] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=quarantine'] },
      },
      expect: FORWARDED,
    });
    // The same message, its summary pinned: the sender never signed, yet the summary (and the
    // arc-forwarded finding's title and detail) say its signature broke on the way.
    emitCase(write, {
      name: 'rw49-fastmail-forward-spf-only-gmail-arc-summary',
      about: `The Fastmail forward of the library’s unsigned reminder above, its summary pinned: the message carries no DKIM-Signature at all, only an SPF pass the forward could not keep (Fastmail’s seal records spf=pass, dkim=none). Wanted: unverified, with a summary that says the sender’s server check no longer applies after the forward, not that "its signature from ${d} no longer verifies" (there never was one)`,
      class: 'summary-wording',
      args: GMAIL,
      eml: gmailDelivery(sealed, {
        relay: fm,
        envelope: srs,
        ids: ['x49csp11d0934pxa', 'a49si1d4402911qtb.49'],
        spf: 'pass',
        deliveredTo: true,
        results: [gmailArc(d, d), gmailSpf(srs, fm.ip), gmailDmarc(d, 'QUARANTINE', 'fail')].join(
          '\r\n       ',
        ),
      }),
      zone: {
        ...ptr(fm.ip, fm.rdns),
        ...keyZone(['fm2._domainkey.messagingengine.com']),
        'fastmail.com': { TXT: ['v=spf1 ip4:103.168.172.128/27 -all'] },
        [d]: { TXT: [`v=spf1 ip4:${sender.ip} -all`] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=quarantine'] },
      },
      expect: {
        verdict: 'unverified',
        fields: {
          summary: `This message was forwarded (forwarded by messagingengine.com: the check of the sender’s own server no longer applies), and ${d} signs nothing of its own; the forwarder, whose record is trusted, saw it pass for ${d} when it received it, but HeaderLens cannot confirm the sender itself.`,
        },
      },
    });
  }

  // 1e. Proton's forwarding of a signed sender to Gmail, sealed by protonmail.ch (not a believed sealer).
  {
    const d = 'wrenfield-council.example';
    const pm: Relay = {
      helo: 'mail-10697.protonmail.ch',
      rdns: 'mail-10697.protonmail.ch',
      ip: '79.135.106.97',
    };
    const srs = `SRS0=pQ2d=TT=${d}=notices@proton.me`;
    const atPm = onTop(
      await compose({
        from: `Wrenfield Council <notices@${d}>`,
        to: 'Robin <robin.r@proton.me>',
        subject: 'Bin collection changes over the holidays',
        id: `<20261120095958.49e1@${d}>`,
        signers: [[d, 'wc1']],
      }),
      `Received: from mail.${d} (mail.${d} [192.0.2.152]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n (No client certificate requested)\r\n by mailin040.protonmail.ch (Postfix) with ESMTPS id 4Zw49E1bcd\r\n for <robin.r@proton.me>; ${at(1)}`,
    );
    const aar = `mail.protonmail.ch; dkim=pass (2048-bit key) header.d=${d} header.i=@${d} header.b="Q29ycHVz"; spf=pass smtp.mailfrom=${d}; dmarc=pass (p=reject dis=none) header.from=${d}`;
    const sealed = await sealCorpus(atPm, {
      domain: 'protonmail.ch',
      selector: 'protonmail',
      cv: 'none',
      authResults: aar,
    });
    emitCase(write, {
      name: 'rw49-proton-forward-signed-gmail-untrusted-seal',
      about: `A council’s notice signed d=${d} (p=reject) to a Proton address whose forwarding sends it on to Gmail: Proton seals ARC as protonmail.ch (not a sealer HeaderLens believes) and hands over from ${pm.helo} [${pm.ip}] with an SRS envelope. Gmail records dkim=pass for ${d}, spf=pass for proton.me, dmarc=pass. Read in Gmail online. Expected authenticated: the untrusted seal is beside the point when the signature itself passes, no warning`,
      class: 'forwarder',
      args: GMAIL,
      eml: gmailDelivery(sealed, {
        relay: pm,
        envelope: srs,
        ids: ['x49csp11e0934pxa', 'a49si1e4402911qtb.49'],
        spf: 'pass',
        deliveredTo: true,
        results: [gmailDkim(d, 'wc1'), gmailSpf(srs, pm.ip), gmailDmarc(d)].join('\r\n       '),
      }),
      zone: {
        ...ptr(pm.ip, pm.rdns),
        ...keyZone([`wc1._domainkey.${d}`, 'protonmail._domainkey.protonmail.ch']),
        'proton.me': { TXT: ['v=spf1 ip4:79.135.106.0/24 -all'] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=reject'] },
      },
      expect: PASSES,
    });
  }

  // 1f. iCloud Mail's forwarding of a signed sender to a Microsoft 365 mailbox, read in Outlook online.
  {
    const d = 'fernhill-cycles.example';
    const ic: Relay = {
      helo: 'qs51p00im-qukt01080502.me.com',
      rdns: 'qs51p00im-qukt01080502.me.com',
      ip: '17.57.155.23',
    };
    const atIc = onTop(
      await compose({
        from: `Fernhill Cycles <service@${d}>`,
        to: 'Robin <robin.reader@icloud.com>',
        subject: 'Your bike is ready for collection',
        id: `<20261120095958.49f1@${d}>`,
        signers: [[d, 'fc1']],
      }),
      `Received: from mail.${d} (mail.${d} [192.0.2.153])\r\n\tby mx01.mail.icloud.com (Postfix) with ESMTPS id 4Zw49F1bcd\r\n\tfor <robin.reader@icloud.com>; ${at(1)}`,
    );
    const sealed = await sealCorpus(atIc, {
      domain: 'icloud.com',
      selector: '1a1hai',
      cv: 'none',
      authResults: `mx01.mail.icloud.com; dkim=pass header.d=${d}; spf=pass smtp.mailfrom=${d}; dmarc=pass header.from=${d}`,
    });
    const env = `service@${d}`;
    emitCase(write, {
      name: 'rw49-icloud-forward-signed-m365-outlook',
      about: `A bike shop’s notice signed d=${d} (p=quarantine) to an iCloud address forwarding to the reader’s Microsoft 365 mailbox: iCloud seals ARC as icloud.com (s=1a1hai, not a believed sealer), keeps the sender’s envelope and hands over from ${ic.helo} [${ic.ip}]. EOP records spf=fail at Apple’s address, dkim=pass, dmarc=pass. Read in Outlook online. Expected authenticated (the aligned signature is intact), no warning from the untrusted seal`,
      class: 'forwarder',
      args: OUTLOOK,
      eml: eopDelivery(sealed, {
        ip: ic.ip,
        helo: ic.helo,
        ar: `spf=fail (sender IP is ${ic.ip})\r\n smtp.mailfrom=${d}; dkim=pass (signature was verified)\r\n header.d=${d};dmarc=pass action=none header.from=${d};compauth=pass\r\n reason=100`,
        spf: `Fail (protection.outlook.com: domain of ${d} does not designate\r\n ${ic.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ic.ip}; helo=${ic.helo};`,
        returnPath: env,
      }),
      zone: {
        ...ptr(ic.ip, ic.rdns),
        ...keyZone([`fc1._domainkey.${d}`, '1a1hai._domainkey.icloud.com']),
        [d]: { TXT: ['v=spf1 ip4:192.0.2.153 -all'] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=quarantine'] },
      },
      expect: PASSES,
    });
  }

  // 1g/1h. Microsoft 365's forwarding rule to Gmail, over IPv6, SRS envelope, ARC by microsoft.com.
  {
    const d = 'millbrook-school.example';
    const sender: Relay = { helo: `mail.${d}`, rdns: `mail.${d}`, ip: '192.0.2.154' };
    const exo: Relay = {
      helo: 'NAM12-MW2-obe.outbound.protection.outlook.com',
      rdns: 'mail-mw2nam12on20701.outbound.protection.outlook.com',
      ip: '2a01:111:f403:200a::701',
    };
    const srs = `SRS0=Hh3k=TT=${d}=office@contoso.example`;
    const atExo = onTop(
      submitted({
        from: `Millbrook School Office <office@${d}>`,
        to: 'Robin Reader <robin@contoso.example>',
        subject: 'Parents’ evening sign-up',
        date: SENT,
        messageId: `<20261120095958.49g1@${d}>`,
      }),
      `Received: from ${sender.helo} (${sender.ip}) by\r\n BL02EPF00029927.mail.protection.outlook.com (10.167.249.52) with Microsoft SMTP\r\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8182.19 via\r\n Frontend Transport; ${at(1)}`,
    );
    const aar = `mx.microsoft.com 1; spf=pass (sender ip is ${sender.ip}) smtp.rcpttodomain=contoso.example smtp.mailfrom=${d}; dmarc=pass (p=quarantine sp=quarantine pct=100) action=none header.from=${d}; dkim=none (message not signed); arc=none (0)`;
    const sealed = await sealCorpus(atExo, {
      domain: 'microsoft.com',
      selector: 'arcselector10001',
      cv: 'none',
      authResults: aar,
    });
    const eml = gmailDelivery(sealed, {
      relay: exo,
      envelope: srs,
      ids: ['x49csp11g0934pxa', 'a49si1g4402911qtb.49'],
      spf: 'pass',
      deliveredTo: true,
      results: [gmailArc(d, d), gmailSpf(srs, exo.ip), gmailDmarc(d, 'QUARANTINE', 'fail')].join(
        '\r\n       ',
      ),
    });
    for (const online of [true, false])
      emitCase(write, {
        name: `rw49-m365-forward-rule-gmail-ipv6-arc-microsoft${online ? '' : '-offline'}`,
        about: `A school’s unsigned letter (SPF ip4, p=quarantine) to a Microsoft 365 mailbox with a forwarding rule to the reader’s Gmail: Exchange Online records spf=pass and dmarc=pass under "mx.microsoft.com 1", seals ARC as microsoft.com (arcselector10001), rewrites the envelope with SRS (${srs}) and hands over over IPv6 ("from ${exo.helo} (${exo.rdns}. [${exo.ip}])"). Gmail records arc=pass (i=1 spf=pass … dmarc=pass), spf=pass for contoso.example, dmarc=fail. Read in Gmail ${online ? 'online' : 'offline (only Gmail’s word: its arc=pass beside its dmarc=fail)'}. Wanted: ${online ? 'unverified (forwarded-trusted)' : 'never spoofed or suspicious'}`,
        class: 'forwarder',
        args: GMAIL,
        eml,
        ...(online
          ? {
              zone: {
                ...keyZone(['arcselector10001._domainkey.microsoft.com']),
                'contoso.example': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
                'spf.protection.outlook.com': {
                  TXT: ['v=spf1 ip6:2a01:111:f400::/48 ip6:2a01:111:f403::/49 -all'],
                },
                [d]: { TXT: [`v=spf1 ip4:${sender.ip} -all`] },
                [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=quarantine'] },
              },
            }
          : {}),
        expect: online ? FORWARDED : NOT_WARNED,
      });
  }

  // 1i. A Topicbox list (Fastmail's list service, a believed sealer) changes a signed post; Gmail.
  {
    const d = 'quillon-labs.example';
    const tb: Relay = {
      helo: 'fout-b1-smtp.messagingengine.com',
      rdns: 'fout-b1-smtp.messagingengine.com',
      ip: '103.168.172.150',
    };
    const listEnv = 'devel+bounces-49i1@listbox.topicbox.com';
    const post = await compose({
      from: `Mara Quill <mara@${d}>`,
      to: 'devel <devel@listbox.topicbox.com>',
      subject: 'Release candidate 3 is tagged',
      id: `<20261120095958.49i1@${d}>`,
      signers: [[d, 'ql1']],
      body: 'Hi all,\r\n\r\nRC3 is tagged; please test.\r\n',
    });
    const split = post.indexOf('\r\n\r\n');
    const head = post
      .slice(0, split)
      .replace('Subject: Release candidate 3 is tagged', 'Subject: [devel] Release candidate 3 is tagged');
    const changed = `${head}\r\nList-Id: <devel.listbox.topicbox.com>\r\nList-Post: <mailto:devel@listbox.topicbox.com>\r\nList-Unsubscribe: <mailto:devel+unsubscribe@listbox.topicbox.com>\r\nPrecedence: list${post.slice(split)}-- \r\nTopicbox: https://listbox.topicbox.com/groups/devel\r\n`;
    const aar = `mx.topicbox.com; dkim=pass header.d=${d}; spf=pass smtp.mailfrom=${d}; dmarc=pass header.from=${d}`;
    const sealed = await sealCorpus(
      onTop(
        changed,
        `Received: from mail.${d} (mail.${d} [192.0.2.155])\r\n\tby mx.topicbox.com (Postfix) with ESMTPS id 4Zw49I1bcd; ${at(1)}`,
      ),
      { domain: 'topicbox.com', selector: 'tb1', cv: 'none', authResults: aar },
    );
    emitCase(write, {
      name: 'rw49-topicbox-list-tag-footer-gmail-arc',
      about: `A developer’s post signed d=${d} (p=reject) to a Topicbox list: the list tags the Subject "[devel]", adds a footer and List-* fields (the author’s signature breaks), seals ARC as topicbox.com after recording dkim/dmarc=pass, and sends from ${tb.helo} with its own envelope. Gmail records dkim=fail, arc=pass, spf=pass for topicbox.com, dmarc=fail. Read in Gmail online. Wanted: unverified (the believed seal and the list evidence explain it), never a warning`,
      class: 'list',
      args: GMAIL,
      eml: gmailDelivery(sealed, {
        relay: tb,
        envelope: listEnv,
        ids: ['x49csp11i0934pxa', 'a49si1i4402911qtb.49'],
        spf: 'pass',
        deliveredTo: true,
        results: [
          gmailDkim(d, 'ql1', 'fail'),
          gmailArc(d, d, d),
          gmailSpf(listEnv, tb.ip),
          gmailDmarc(d, 'REJECT', 'fail'),
        ].join('\r\n       '),
      }),
      zone: {
        ...ptr(tb.ip, tb.rdns),
        ...keyZone([`ql1._domainkey.${d}`, 'tb1._domainkey.topicbox.com']),
        'listbox.topicbox.com': { TXT: ['v=spf1 ip4:103.168.172.128/27 -all'] },
        [d]: { TXT: ['v=spf1 ip4:192.0.2.155 -all'] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=reject'] },
      },
      expect: { verdict: 'unverified', notVerdict: ['spoofed', 'suspicious'] },
    });
  }

  // 1j. Proofpoint on Demand in front of the reader's Microsoft 365 tenant: URL Defense rewrites the
  // link after checking the sender, seals ARC as pphosted.com; the reader changed no option.
  {
    const d = 'tidewater-freight.example';
    const pp: Relay = {
      helo: 'mx0b-00549101.pphosted.com',
      rdns: 'mx0b-00549101.pphosted.com',
      ip: '148.163.158.49',
    };
    const link = 'https://portal.tidewater-freight.example/track/49J1';
    const signed = await compose({
      from: `Tidewater Freight <tracking@${d}>`,
      to: 'Robin Reader <robin@contoso.example>',
      subject: 'Shipment 49J1 delivered',
      id: `<20261120095958.49j9@${d}>`,
      signers: [[d, 'tf1']],
      body: `Hello,\r\n\r\nyour shipment was delivered. Proof of delivery: ${link}\r\n`,
    });
    const atPp = onTop(
      signed,
      `Received: from mail.${d} (mail.${d} [192.0.2.157])\r\n\tby mx0b-00549101.pphosted.com (PPS) with ESMTPS id 4z49j1abcd-1\r\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT)\r\n\tfor <robin@contoso.example>; ${at(2)}`,
    );
    const rewritten = atPp.replace(link, `https://urldefense.com/v3/__${link}__;!!Q49J1!a1b2c3$`);
    const sealed = await sealCorpus(rewritten, {
      domain: 'pphosted.com',
      selector: 'arcselector',
      cv: 'none',
      authResults: `mx0b-00549101.pphosted.com; dkim=pass header.d=${d} header.s=tf1; spf=pass smtp.mailfrom=tracking@${d}; dmarc=pass header.from=${d}`,
    });
    emitCase(write, {
      name: 'rw49-proofpoint-arc-url-defense-m365-outlook-no-trust',
      about: `A freight company’s delivery notice signed d=${d} (SPF ip4, p=quarantine) to a Microsoft 365 tenant whose MX is Proofpoint on Demand: Proofpoint records dkim/spf/dmarc=pass, URL Defense rewrites the tracking link (the body hash breaks), seals ARC as pphosted.com (s=arcselector) and hands over from ${pp.helo} [${pp.ip}]. EOP records spf=fail at Proofpoint’s address, dkim=fail (body hash), dmarc=fail, compauth=pass reason=130. Read in Outlook online; the reader has not trusted the gateway. Wanted: unverified (gateway-recorded-pass), never spoofed`,
      class: 'inbound-gateway',
      args: OUTLOOK,
      eml: eopDelivery(sealed, {
        ip: pp.ip,
        helo: pp.helo,
        ar: `spf=fail (sender IP is ${pp.ip})\r\n smtp.mailfrom=${d}; dkim=fail (body hash did not verify)\r\n header.d=${d};dmarc=fail action=none header.from=${d};compauth=pass\r\n reason=130`,
        spf: `Fail (protection.outlook.com: domain of ${d} does not designate\r\n ${pp.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${pp.ip}; helo=${pp.helo};`,
        returnPath: `tracking@${d}`,
      }),
      zone: {
        ...ptr(pp.ip, pp.rdns),
        ...keyZone([`tf1._domainkey.${d}`, 'arcselector._domainkey.pphosted.com']),
        [d]: { TXT: ['v=spf1 ip4:192.0.2.157 -all'] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=quarantine'] },
      },
      expect: { verdict: 'unverified', findings: ['gateway-recorded-pass'] },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Relays: IPv6-only hops, address-literal HELOs, Exim's and Stalwart's client comments
// ---------------------------------------------------------------------------------------------

async function relays(write: CaseWriter): Promise<void> {
  // 2a/2b. A small firm's IPv6-only outbound host greets with its address literal written in full;
  // Postfix prints the compressed form in its client comment. Read on the rspamd box, online/offline.
  {
    const d = 'saltmarsh-survey.example';
    const ip = '2001:db8:4a::25';
    const full = 'IPv6:2001:0db8:004a:0000:0000:0000:0000:0025';
    const env = `invoices@${d}`;
    const raw = await compose({
      from: `Saltmarsh Survey <invoices@${d}>`,
      to: 'Robin Reader <robin@reader.example>',
      subject: 'Invoice 2026-118',
      id: `<20261120095958.49j1@${d}>`,
      signers: [[d, 'ss1']],
    });
    const eml = onTop(
      raw,
      `Return-Path: <${env}>`,
      'Delivered-To: robin@reader.example',
      rspamdAr([
        `dkim=pass header.d=${d} header.s=ss1 header.b=Q29ycHVz`,
        `spf=pass (${BOX}: domain of ${env} designates ${ip} as permitted sender) smtp.mailfrom=${env}`,
        `dmarc=pass (policy=reject) header.from=${d}`,
      ]),
      `Received: from [${full}] (unknown [IPv6:${ip}])\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw49J1xyz\r\n\tfor <robin@reader.example>; ${at(5)}`,
    );
    for (const online of [true, false])
      emitCase(write, {
        name: `rw49-ipv6-only-sender-helo-literal-full-spelling-box${online ? '' : '-offline'}`,
        about: `A survey firm’s invoice, signed d=${d} (SPF ip6:2001:db8:4a::/48, p=reject), from its IPv6-only host, which greets with its own address literal written in full ([${full}]); Postfix prints "from [${full}] (unknown [IPv6:${ip}])" and rspamd records dkim/spf/dmarc=pass. The HELO is a genuine address literal in another spelling of the client’s address: it holds no character a HELO cannot hold and must not taint the box’s header. Read with --authserv-id ${BOX}${online ? ', online' : ', offline (only the box’s word)'}. Expected authenticated`,
        class: 'helo',
        args: BOX_ARGS,
        eml,
        ...(online
          ? {
              zone: {
                ...keyZone([`ss1._domainkey.${d}`]),
                [d]: { TXT: ['v=spf1 ip6:2001:db8:4a::/48 -all'] },
                [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=reject'] },
              },
            }
          : {}),
        expect: online ? PASSES : PROVIDER_PASS,
      });
  }

  // 2c. A university's Exim forwarder (no SRS, the sender signs) into the reader's Exim box, IPv6,
  // offline: Exim writes `(rdns [ip] helo=name)` with no `[IPv6:` prefix.
  {
    const d = 'kittiwake-trust.example';
    const fwd = { helo: 'exim-out.example-uni.ac.uk', ip: '2001:db8:ac::48' };
    const env = `grants@${d}`;
    const raw = onTop(
      await compose({
        from: `Kittiwake Trust <grants@${d}>`,
        to: 'Robin Reader <r.reader@example-uni.ac.uk>',
        subject: 'Grant round opens in January',
        id: `<20261120095958.49k1@${d}>`,
        signers: [[d, 'kt1']],
      }),
      `Received: from mail.${d} ([192.0.2.156])\r\n\tby exim-in.example-uni.ac.uk with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.97)\r\n\t(envelope-from <${env}>)\r\n\tid 1t49K1-000ABC-0a\r\n\tfor r.reader@example-uni.ac.uk; ${at(2)}`,
    );
    const eml = onTop(
      raw,
      `Return-Path: <${env}>`,
      rspamdAr([
        `dkim=pass header.d=${d} header.s=kt1 header.b=Q29ycHVz`,
        `spf=fail (${BOX}: domain of ${env} does not designate ${fwd.ip} as permitted sender) smtp.mailfrom=${env}`,
        `dmarc=pass (policy=reject) header.from=${d}`,
      ]),
      `Received: from ${fwd.helo} ([${fwd.ip}] helo=${fwd.helo})\r\n\tby ${BOX} with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96)\r\n\t(envelope-from <${env}>)\r\n\tid 1t49K2-000XYZ-1b\r\n\tfor robin@reader.example; ${at(4)}`,
    );
    emitCase(write, {
      name: 'rw49-exim-uni-forward-ipv6-no-srs-box-offline',
      about: `A charity’s letter signed d=${d} (p=reject) to a university address whose Exim forwards it without SRS to the reader’s own Exim + rspamd box over IPv6: the box prints "from ${fwd.helo} ([${fwd.ip}] helo=${fwd.helo})" (Exim’s client comment, no IPv6: prefix), rspamd records dkim=pass, spf=fail at the university’s address and dmarc=pass. Read with --authserv-id ${BOX}, offline. Expected authenticated on the box’s word`,
      class: 'forwarder-offline',
      args: BOX_ARGS,
      eml,
      expect: PROVIDER_PASS,
    });
  }

  // 2d. Stalwart (dual-stack socket, IPv4-mapped client) takes a Microsoft 365 tenant's forward.
  {
    const STALWART = 'mail.linden-home.example';
    const d = 'brackenford-vets.example';
    const exo: Relay = {
      helo: 'EUR05-VI1-obe.outbound.protection.outlook.com',
      rdns: 'mail-vi1eur05on2112.outbound.protection.outlook.com',
      ip: '40.107.21.112',
    };
    const mapped = `::ffff:${exo.ip}`;
    const env = `reception@${d}`;
    const raw = await compose({
      from: `Brackenford Vets <reception@${d}>`,
      to: 'Robin <robin@linden-home.example>',
      subject: 'Vaccination due for Pepper',
      id: `<AM9PR04MB8411.49l1@${d}>`,
      signers: [[d, 'selector1']],
    });
    const eml = onTop(
      raw,
      `Return-Path: <${env}>`,
      `Received: from ${exo.helo} (unknown [${mapped}])\r\n\t(using TLSv1.2 with cipher TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)\r\n\tby ${STALWART} (Stalwart SMTP) with ESMTPS id 2142C96166A49L;\r\n\t${at(5)}`,
      `Authentication-Results: ${STALWART};\r\n\tdkim=pass header.d=${d} header.s=selector1 header.b=Q29ycHVz;\r\n\tspf=pass (${STALWART}: domain of postmaster@${exo.helo} designates ${mapped} as permitted sender) smtp.helo=${exo.helo};\r\n\tspf=pass (${STALWART}: domain of ${env} designates ${mapped} as permitted sender) smtp.mailfrom=${env};\r\n\tiprev=permerror (dns record not found) policy.iprev=${mapped};\r\n\tdmarc=pass header.from=${d} policy.dmarc=quarantine`,
      `Received-SPF: pass (${STALWART}: domain of ${env} designates ${mapped} as permitted sender)\r\n\treceiver=${STALWART}; client-ip=${mapped};`,
    );
    for (const online of [true, false])
      emitCase(write, {
        name: `rw49-stalwart-ipv4-mapped-m365-sender${online ? '' : '-offline'}`,
        about: `A vet practice on Microsoft 365 (signed d=${d} selector1, SPF include of Exchange Online, p=quarantine) mails the reader’s home Stalwart: Stalwart prints "from ${exo.helo} (unknown [${mapped}])", its results below its own Received line (two spf rows, iprev=permerror, dmarc=pass policy.dmarc=quarantine). The client literal is the IPv4-mapped spelling of ${exo.ip}; the HELO is Exchange Online’s own. Read with --authserv-id ${STALWART}${online ? ', online' : ', offline (only Stalwart’s word)'}. Expected authenticated`,
        class: 'authresults-syntax',
        args: ['--authserv-id', STALWART],
        eml,
        ...(online
          ? {
              zone: {
                ...keyZone([`selector1._domainkey.${d}`]),
                [d]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
                'spf.protection.outlook.com': { TXT: ['v=spf1 ip4:40.107.0.0/16 ip4:52.100.0.0/14 -all'] },
                [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=quarantine'] },
              },
            }
          : {}),
        expect: online ? PASSES : PROVIDER_PASS,
      });
  }
}
