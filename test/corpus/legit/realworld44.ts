// Real-world delivery shapes, forty-fourth round: genuine mail across the three fixes of the last
// hour, from the side of the ordinary sender and reader (never "spoofed"; "suspicious" only for a
// real reason).
// - Authentication-Results with RFC 5321 address literals (lib/auth/authresults-syntax.ts: an "@["
//   now makes the second reading, which keeps a literal whole, and a DMARC/ARC pass only the strict
//   reading holds is left out): a scan-to-mail device's envelope "scanner@[192.0.2.50]" in rspamd's
//   comment and smtp.mailfrom; a null-sender DSN whose HELO is a literal, in Gmail's comment as
//   "postmaster@[ip]"; Exchange Online's smtp.helo=[IPv6:…] for an auto-reply's empty envelope; a
//   Cisco Secure Email (ESA) header, which writes its HELO identity as "smtp.helo=postmaster@<helo>"
//   (here a literal); OpenDKIM + OpenDMARC + policyd-spf headers for an internationalised (EAI) sender
//   whose From and envelope are UTF-8.
// - Filters in cloud space trusted by a network (lib/engine/gateways.ts sharedGatewayNetwork,
//   lib/findings/gateway.ts gateway-network-shared): a firm's own filter VM on Azure, Google Cloud,
//   an OVH additional-IP block and a Hetzner Cloud server's IPv6 /64, signed mail (stays
//   authenticated) and unsigned mail (suspicious with the low note is the designed reading).
// - Mail fetched from Sendmail-run mailboxes (lib/message/origin-fetch.ts providerNamed: a reverse
//   name Sendmail marks "(may be forged)" names no provider host): a university mail hub taking mail
//   from its own inner gateway whose reverse name does not lead back (IPv4 and IPv6), a small ISP's
//   Sendmail recording a sender's generic ISP reverse name as "(may be forged)", a colleague's
//   department server whose PTR is stale.
// Layouts learnt from: Sendmail's Received template ("$?sfrom $s $.$?_($?s$|from $.$_)… by $j
// ($v/$Z) with $r id $i (version=… cipher=… bits=… verify=…) for $u", O'Reilly "sendmail" 4th ed.,
// §25.12, as mirrored at book4u.org.ua) and real university relay chains (Penn State's
// sos.its.psu.edu/retrieveheader.html: r02n08.cac.psu.edu → f03n03.cac.psu.edu, Sendmail 8.9; the
// Dartmouth mailhub page cs.dartmouth.edu/~wbc/lute-admin/forged.html); the "(may be forged)" form
// as test/corpus/legit/realworld.ts and probe45 write it; rspamd's handling of a literal HELO with an
// empty MAIL FROM (rspamd/rspamd PR #5958: SPF "none", the literal not resolved); Stalwart's separate
// spf= results for smtp.helo and smtp.mailfrom (bulwarkmail/webmail issue #650); Cisco ESA's
// "spf=None smtp.helo=postmaster@…" and "dmarc=pass (p=… dis=none) d=…" as Cisco's AsyncOS guide
// and public header dumps show them; Exchange Online's id-less results as receivers.ts eopDelivery;
// Gmail's POP3 fetch and fetchmail's lines as realworld42.
// Names and addresses are documentation ones except the providers' own hosts and ranges (Google,
// Microsoft, Cisco's iphmx.com, Azure, Google Cloud, OVH, Hetzner); every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { ARGS, emitCase, GMAIL, KEY, legitCorpus, OUTLOOK, ptr, RECEIVER, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, gmailDelivery, gmailDkim, gmailDmarc } from '../receivers';

/** DMARC passes for the From domain: nothing should make it a warning. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** Genuine mail nothing can fully prove here: an honest "unverified" (or better), never a warning. */
const HONEST: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
};
/** A filter trusted only by a network of hosting space: suspicious, with the note naming it. */
const SHARED_NETWORK: CaseExpectation = { verdict: 'suspicious', findings: ['gateway-network-shared'] };
/** The same with the sender's aligned signature: the hosted relay stays a concern (DKIM replays). */
const SHARED_NETWORK_SIGNED: CaseExpectation = {
  verdict: 'suspicious',
  findings: ['gateway-network-shared', 'hosted-server-relay'],
  fields: { 'dmarc.result': 'pass' },
};

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Read spoofed (dmarc-fail, spf-fail at the university's own gateway 198.51.100.22 /
  // 2001:db8:420::23): lib/message/origin-fetch.ts providerNamed now returns no name for a line
  // Sendmail marks "(may be forged)" (commit 96e6f2d5, for probe45-fetch-sendmail-may-be-forged-ptr-
  // names-provider-host), so fetchWalk takes the provider's own inner gateway, whose PTR is the
  // university's but whose A record moved, as the entry, and SPF runs at it for the choir. Before
  // that commit both read unverified (the hop named the provider's host with a line below: unknown).
  // Should: unverified (the sender is not known; nothing shows a forgery). Fix: in fetchWalk, a
  // client the line marks "(may be forged)" whose printed name is the provider's (ours) or a known
  // gateway's, with a line below, ends the walk as unknown (no address) when its address lies in the
  // provider's own space (the same announced prefix/AS as the mailbox server, or inside the
  // provider domain's SPF record), and as the entry (the probe45 reading) otherwise. Risk: an
  // attacker with an address inside the provider's own network (an ISP's dial-up/DSL customer, a
  // web host's tenant where the host is also the mailbox provider) who can set his PTR to a provider
  // host name and forges a line below reads unverified instead of spoofed; ISPs rarely let customers
  // set PTRs, and hosting providers that do (OVH, Hetzner) require a forward-confirming A record,
  // which a provider host name never gives the tenant.
  // Fixed at 23:0x on 2026-12-04 by taking the "(may be forged)" rule out again (lib/message/
  // origin-fetch.ts providerNamed): both read unverified, as before it. The probe45/probe46 cases it
  // was made for read unverified again and are pending there; a genuine gateway must not read
  // spoofed to catch a forgery that then reads unverified.
  // Read suspicious (hosted-server-relay, medium: "sent from a rented server on Microsoft Azure /
  // Hetzner", beside gateway-network-shared and a low spf-fail) although our own DMARC check passes
  // on the school's aligned DKIM signature: lib/engine/gateways.ts hostedGatewayHops keeps the
  // firm's filter VM as the origin, and lib/findings/hosted-server.ts (hosted-server-relay) lowers to low
  // only for a reverse name inside the sender's organisation. Not a regression of this hour (the
  // filter was the hosted origin before sharedGatewayNetwork too). Should: authenticated (the
  // reader named that network as its gateway and the sender's signature decides), with the low
  // gateway-network-shared note. Fix: where origin.sharedGatewayNetwork is set and DMARC passes by
  // an aligned DKIM signature, drop hosted-server-relay to low (or leave it out: the note already
  // names the network and says how to trust the filter alone). Risk: a DKIM replay (a genuine signed
  // message of the bank's sent again unchanged) from an attacker's VM in the reader's trusted cloud
  // /16 with a gateway line of his own below reads authenticated instead of suspicious; only readers
  // who trust a whole cloud network are exposed, and the note already tells them to narrow it.
  // Kept as designed at 23:0x on 2026-12-04 (the lead): both read suspicious, and are pinned so.
  // hosted-server-relay at medium beside an aligned DKIM pass is what keeps a DKIM replay from any
  // rented server suspicious; another tenant of the trusted network writing a filter's line below
  // his replay looks the same as the firm's filter. The note gateway-network-shared says how to
  // make the filter count (its own address or its name), which then reads authenticated
  // (rw42-filter-vm-aws-trusted-by-single-address).
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await literals(write);
  await cloudFilters(write);
  await sendmailFetches(write);
}

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const at = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;

// ---------------------------------------------------------------------------------------------
// 1. Authentication-Results holding address literals
// ---------------------------------------------------------------------------------------------

const DENT = 'larkspur-dental.example';
const DENT_RELAY: Relay = { helo: `mail.${DENT}`, rdns: `mail.${DENT}`, ip: '192.0.2.144' };
const DENT_V6 = '2001:db8:44::25';
const dentZone = (policy: string) => ({
  ...ptr(DENT_RELAY.ip, DENT_RELAY.rdns),
  [DENT]: { TXT: [`v=spf1 ip4:${DENT_RELAY.ip} ip6:${DENT_V6} -all`] },
  [`_dmarc.${DENT}`]: { TXT: [`v=DMARC1; p=${policy}`] },
  [`s44._domainkey.${DENT}`]: KEY(),
});
const dentMail = (o: {
  from?: string;
  to: string;
  subject: string;
  n: number;
  body: string;
  extra?: string[];
}) =>
  signAll(
    submitted({
      from: o.from ?? `Larkspur Dental <reception@${DENT}>`,
      to: `Robin Reader <${o.to}>`,
      subject: o.subject,
      date: SENT,
      messageId: `<20261120095958.d44${o.n}@${DENT}>`,
      extraHeaders: o.extra ?? [],
      body: o.body,
    }),
    [[DENT, 's44']],
  );

async function literals(write: CaseWriter): Promise<void> {
  // 1a. rspamd at the reader's box: a scan-to-mail device's envelope is an address literal.
  {
    const env = 'scanner@[192.0.2.50]';
    const raw = await dentMail({
      from: `Larkspur Scanner <scanner@${DENT}>`,
      to: 'robin@reader.example',
      subject: 'Scanned document from MFP-2F',
      n: 1,
      body: 'Please find the scanned document attached.\r\n',
    });
    const eml = onTop(
      raw,
      `Return-Path: <${env}>`,
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=${DENT} header.s=s44 header.b=Q29ycHVz;\r\n\tspf=none (${RECEIVER}: domain of ${env} has no SPF policy when checking ${DENT_RELAY.ip}) smtp.mailfrom=${env};\r\n\tdmarc=pass (policy=quarantine) header.from=${DENT}`,
      received({ ...DENT_RELAY, by: RECEIVER, id: '4Zr44a0b01', for: 'robin@reader.example', date: at(5) }),
      `Received: from [192.0.2.50] (unknown [10.44.0.50])\r\n\tby ${DENT_RELAY.rdns} (Postfix) with ESMTP id 4Zr44Z0a01\r\n\tfor <robin@reader.example>; ${at(3)}`,
    );
    for (const online of [true, false])
      emitCase(write, {
        name: `rw44-rspamd-scan-to-mail-envelope-address-literal-signed${online ? '' : '-offline'}`,
        about: `A dental practice’s multifunction printer sends scans with MAIL FROM:<${env}> (an RFC 5321 address literal: the device has no domain configured) to the practice’s Postfix, which signs as d=${DENT} (OpenDKIM, From scanner@${DENT}) and relays to the reader’s box. The box’s rspamd copies the literal into its comment and smtp.mailfrom ("spf=none (…: domain of ${env} has no SPF policy …) smtp.mailfrom=${env}"), then dkim=pass and dmarc=pass. Read with --authserv-id ${RECEIVER}${online ? '' : ', offline (no DNS: the receiver’s dmarc=pass is all there is, so it must survive the second reading that "@[" now makes)'}. Expected authenticated: the literal is the envelope, not a reason to drop the receiver’s pass`,
        class: 'authresults-syntax',
        args: ARGS,
        eml,
        ...(online ? { zone: dentZone('quarantine') } : {}),
        expect: PASSES,
      });
  }

  // 1b. Gmail: a null-sender DSN whose relay greets with an address literal.
  {
    const lit: Relay = { ...DENT_RELAY, helo: `[${DENT_RELAY.ip}]` };
    const raw = await dentMail({
      from: `Mail Delivery System <MAILER-DAEMON@${DENT}>`,
      to: 'robin.reader@gmail.com',
      subject: 'Undelivered Mail Returned to Sender',
      n: 2,
      body: "This is the mail system at host mail.larkspur-dental.example.\r\n\r\nI'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n<old-address@larkspur-dental.example>: User unknown\r\n",
      extra: ['Auto-Submitted: auto-replied'],
    });
    const eml = gmailDelivery(raw, {
      relay: lit,
      envelope: '',
      ids: ['x44csp1102939pxa', 'a44si4402919qtb.44'],
      deliveredTo: true,
      results: `${gmailDkim(DENT, 's44')}\r\n       spf=none (google.com: postmaster@[${DENT_RELAY.ip}] does not designate permitted sender hosts) smtp.helo=[${DENT_RELAY.ip}];\r\n       ${gmailDmarc(DENT, 'QUARANTINE')}`,
    });
    for (const online of [true, false])
      emitCase(write, {
        name: `rw44-gmail-dsn-null-sender-postmaster-literal-helo${online ? '' : '-offline'}`,
        about: `Robin wrote to a dental practice at an old address; the practice’s Postfix bounces it (empty envelope, From MAILER-DAEMON@${DENT}, signed d=${DENT}: its OpenDKIM signs non-SMTP mail too). The relay greets Gmail with an address literal (EHLO [${DENT_RELAY.ip}]), so Gmail checks SPF for the HELO identity and writes "spf=none (google.com: postmaster@[${DENT_RELAY.ip}] does not designate permitted sender hosts) smtp.helo=[${DENT_RELAY.ip}]" beside dkim=pass and dmarc=pass. Read in Gmail${online ? '' : ', offline (Gmail’s dmarc=pass is all there is)'}. Expected authenticated`,
        class: 'authresults-syntax',
        args: GMAIL,
        eml,
        ...(online ? { zone: dentZone('quarantine') } : {}),
        expect: PASSES,
      });
  }

  // 1c. Exchange Online: an out-of-office reply (empty envelope) from an IPv6 relay greeting with a literal.
  {
    const raw = await dentMail({
      from: `Dr. Ash Linden <ash.linden@${DENT}>`,
      to: 'robin@reader-365.example',
      subject: 'Automatic reply: Appointment on Tuesday',
      n: 3,
      body: 'I am away until Monday. For appointments please call reception.\r\n',
      extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    });
    emitCase(write, {
      name: 'rw44-eop-autoreply-null-sender-ipv6-literal-helo',
      about: `A dentist’s out-of-office reply (empty envelope, signed d=${DENT}) leaves the practice’s Postfix over IPv6 from ${DENT_V6}, greeting with an IPv6 address literal. Exchange Online writes "spf=none (sender IP is ${DENT_V6}) smtp.helo=[IPv6:${DENT_V6}]; dkim=pass (signature was verified) header.d=${DENT};dmarc=pass action=none header.from=${DENT};compauth=pass reason=100". Read in Outlook. Expected authenticated`,
      class: 'authresults-syntax',
      args: OUTLOOK,
      eml: eopDelivery(raw, {
        ip: DENT_V6,
        helo: `[IPv6:${DENT_V6}]`,
        ar: `spf=none (sender IP is ${DENT_V6})\r\n smtp.helo=[IPv6:${DENT_V6}]; dkim=pass (signature was verified)\r\n header.d=${DENT};dmarc=pass action=none header.from=${DENT};compauth=pass\r\n reason=100`,
        spf: `None (protection.outlook.com: [IPv6:${DENT_V6}] does not designate\r\n permitted sender hosts)`,
        returnPath: '<>',
      }),
      zone: dentZone('quarantine'),
      expect: PASSES,
    });
  }

  // 1d. Cisco Secure Email (ESA) as the reader's MX: smtp.helo=postmaster@[literal].
  {
    const esa = 'esa1.reader.iphmx.com';
    const ESA_IP = '68.232.140.44';
    const raw = await dentMail({
      to: 'robin@reader.example',
      subject: 'Your appointment on Tuesday',
      n: 4,
      body: 'Hello,\r\n\r\nthis is a reminder of your appointment on Tuesday at 09:00.\r\n',
    });
    const eml = onTop(
      raw,
      `Return-Path: <reception@${DENT}>`,
      `Received: from ${esa} (${esa} [${ESA_IP}])\r\n\tby mbox.reader.example (Postfix) with ESMTPS id 4Zr44c0d04\r\n\tfor <robin@reader.example>; ${at(7)}`,
      `Authentication-Results: ${esa}; spf=None smtp.pra=reception@${DENT}; spf=Pass smtp.mailfrom=reception@${DENT};\r\n  spf=None smtp.helo=postmaster@[${DENT_RELAY.ip}]; dkim=pass (signature verified)\r\n  header.i=@${DENT}; dmarc=pass (p=quarantine dis=none) d=${DENT}`,
      `IronPort-SDR: 6744e1a2_Q29ycHVz`,
      `X-IronPort-AV: E=Sophos;i="6.12,172,1728950400";\r\n   d="scan'208";a="44044044"`,
      `Received-SPF: None (${esa}: no sender authenticity\r\n  information available from domain of\r\n  postmaster@[${DENT_RELAY.ip}]) identity=helo;\r\n  client-ip=${DENT_RELAY.ip}; receiver=${esa};\r\n  envelope-from="reception@${DENT}";\r\n  x-sender="postmaster@[${DENT_RELAY.ip}]";\r\n  x-conformance=sidf_compatible`,
      `Received: from ${DENT_RELAY.rdns} (HELO [${DENT_RELAY.ip}]) ([${DENT_RELAY.ip}])\r\n  by ${esa} with ESMTP/TLS/TLS_AES_256_GCM_SHA384; 20 Nov 2026 10:00:05 +0000`,
    );
    emitCase(write, {
      name: 'rw44-cisco-esa-helo-identity-postmaster-address-literal',
      about: `The reader’s MX is Cisco Secure Email Cloud Gateway (${esa}) in front of its own Postfix box. The practice’s relay greets with an address literal, and Cisco writes its HELO identity as "spf=None smtp.helo=postmaster@[${DENT_RELAY.ip}]" between "spf=Pass smtp.mailfrom=reception@${DENT}" and "dkim=pass (signature verified) header.i=@${DENT}; dmarc=pass (p=quarantine dis=none) d=${DENT}", with its Received-SPF for the HELO identity (x-sender="postmaster@[…]"). Read with --authserv-id ${esa} and --trust-gateway ${esa} (the ESA hands to the box over the Internet, so the reader trusts it as the gateway, as HeaderLens’s gateway-untrusted note advises). Expected authenticated`,
      class: 'authresults-syntax',
      args: ['--authserv-id', esa, '--trust-gateway', esa],
      eml,
      zone: { ...dentZone('quarantine'), ...ptr(ESA_IP, esa), [esa]: { A: [ESA_IP] } },
      expect: PASSES,
    });
  }

  // 1e. OpenDKIM + OpenDMARC + policyd-spf: an EAI sender, From and envelope in UTF-8.
  {
    const idn = 'blumenläden.example';
    const alabel = 'xn--blumenlden-w5a.example';
    const relay: Relay = { helo: `mail.${alabel}`, rdns: `mail.${alabel}`, ip: '192.0.2.148' };
    const env = `bestellung@${idn}`;
    const raw = await signAll(
      submitted({
        from: `Blumenläden <${env}>`,
        to: 'Robin Reader <robin@reader.example>',
        subject: 'Ihre Bestellung ist unterwegs',
        date: SENT,
        messageId: `<d44eai@${alabel}>`,
        body: 'Guten Tag,\r\n\r\nIhre Bestellung ist unterwegs.\r\n',
      }),
      [[alabel, 's1']],
    );
    const eml = onTop(
      raw,
      `Return-Path: <${env}>`,
      `Authentication-Results: ${RECEIVER}; dmarc=pass (p=reject dis=none) header.from=${idn}`,
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${alabel} header.i=@${alabel} header.a=rsa-sha256 header.s=s1 header.b=Q29ycHVz`,
      `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${relay.ip}; helo=${relay.helo}; envelope-from=${env}; receiver=<UNKNOWN>`,
      `Received: from ${relay.helo} (${relay.rdns} [${relay.ip}])\r\n\tby ${RECEIVER} (Postfix) with UTF8SMTPS id 4Zr44e0f05\r\n\tfor <robin@reader.example>; ${at(5)}`,
    );
    emitCase(write, {
      name: 'rw44-opendmarc-opendkim-eai-utf8-from-and-envelope',
      about: `A flower shop with an internationalised domain sends with SMTPUTF8: its From and envelope are UTF-8 (${env}, RFC 6531/6532), its DKIM d= the A-label ${alabel}. The reader’s Postfix runs policyd-spf (Received-SPF with the UTF-8 envelope-from), OpenDKIM (dkim=pass header.d=${alabel}) and OpenDMARC ("dmarc=pass (p=reject dis=none) header.from=${idn}", the U-label as the From has it), one header each. Read with --authserv-id ${RECEIVER}. Expected authenticated: the U-label and the A-label are one domain`,
      class: 'authresults-syntax',
      args: ARGS,
      eml,
      zone: {
        ...ptr(relay.ip, relay.rdns),
        [alabel]: { TXT: [`v=spf1 ip4:${relay.ip} -all`] },
        [`_dmarc.${alabel}`]: { TXT: ['v=DMARC1; p=reject'] },
        [`s1._domainkey.${alabel}`]: KEY(),
      },
      expect: PASSES,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 2. A firm's own filter in cloud space, trusted by a network
// ---------------------------------------------------------------------------------------------

const SCH = 'brookvale-school.example';
const SCH_RELAY: Relay = { helo: `mail.${SCH}`, rdns: `mail.${SCH}`, ip: '192.0.2.146' };
const SCH_ENV = `office@${SCH}`;
const SCH_ZONE = {
  ...ptr(SCH_RELAY.ip, SCH_RELAY.rdns),
  [SCH]: { TXT: [`v=spf1 ip4:${SCH_RELAY.ip} -all`] },
  [`_dmarc.${SCH}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`sch1._domainkey.${SCH}`]: KEY(),
};
const schoolNote = async (n: number, signed: boolean) => {
  const raw = submitted({
    from: `Brookvale School Office <${SCH_ENV}>`,
    to: 'Robin Reader <robin@reader.example>',
    subject: 'Parents’ evening on Thursday',
    date: SENT,
    messageId: `<20261120095958.s44${n}@${SCH}>`,
    body: 'Dear parents,\r\n\r\nparents’ evening is on Thursday from 17:00.\r\n',
  });
  return signed ? signAll(raw, [[SCH, 'sch1']]) : raw;
};

/** The filter VM (Postfix + rspamd) hands to the firm's box, whose rspamd checks SPF at the VM. */
const viaCloudFilter = (raw: string, vm: Relay, n: number, signed: boolean) =>
  onTop(
    raw,
    `Return-Path: <${SCH_ENV}>`,
    `Authentication-Results: ${RECEIVER};\r\n\t${signed ? `dkim=pass header.d=${SCH} header.s=sch1 header.b=Q29ycHVz` : 'dkim=none'};\r\n\tspf=fail (${RECEIVER}: domain of ${SCH_ENV} does not designate ${vm.ip} as permitted sender) smtp.mailfrom=${SCH_ENV};\r\n\tdmarc=${signed ? 'pass (policy=quarantine)' : 'fail reason="SPF not aligned (relaxed), No valid DKIM" (policy=quarantine)'} header.from=${SCH}`,
    received({ ...vm, by: RECEIVER, id: `4Zr44g0b0${n}`, for: 'robin@reader.example', date: at(4) }),
    received({ ...SCH_RELAY, by: vm.helo, id: `4Zr44f0a0${n}`, for: 'robin@reader.example', date: at(2) }),
  );

async function cloudFilters(write: CaseWriter): Promise<void> {
  const cases: Array<{ name: string; vm: Relay; network: string; how: string; signed: boolean }> = [
    {
      name: 'rw44-filter-vm-azure-16-trusted-signed',
      vm: { helo: 'filter.reader-it.example', rdns: 'filter.reader-it.example', ip: '20.113.45.67' },
      network: '20.113.0.0/16',
      how: 'an Azure VM (West Europe) with a static public address, trusted by the region block the admin copied from the Azure portal (--trust-gateway 20.113.0.0/16)',
      signed: true,
    },
    {
      name: 'rw44-filter-vm-gcp-16-trusted-unsigned',
      vm: { helo: 'mx-in.reader-it.example', rdns: 'mx-in.reader-it.example', ip: '34.107.88.21' },
      network: '34.107.0.0/16',
      how: 'a Google Cloud VM (europe-west3) trusted by the /16 its external address falls in (--trust-gateway 34.107.0.0/16), its PTR set to mx-in.reader-it.example',
      signed: false,
    },
    {
      name: 'rw44-filter-ovh-additional-ip-block-28-unsigned',
      vm: { helo: 'mx-in.reader-it.example', rdns: 'ip17.ip-51-68-140.eu', ip: '51.68.140.17' },
      network: '51.68.140.16/28',
      how: 'an OVHcloud dedicated server with an additional-IP block /28 the firm rents alone, trusted by that block (--trust-gateway 51.68.140.16/28), OVH’s default reverse name ip17.ip-51-68-140.eu',
      signed: false,
    },
    {
      name: 'rw44-filter-hetzner-cloud-ipv6-64-trusted-signed',
      vm: { helo: 'mx-in.reader-it.example', rdns: 'mx-in.reader-it.example', ip: '2a01:4f8:c17:7a2c::1' },
      network: '2a01:4f8:c17:7a2c::/64',
      how: 'a Hetzner Cloud server reached over IPv6, trusted by the /64 Hetzner gives each cloud server (--trust-gateway 2a01:4f8:c17:7a2c::/64, as Hetzner’s console shows it)',
      signed: true,
    },
    {
      name: 'rw44-filter-hetzner-cloud-ipv6-64-trusted-unsigned',
      vm: { helo: 'mx-in.reader-it.example', rdns: 'mx-in.reader-it.example', ip: '2a01:4f8:c17:7a2c::1' },
      network: '2a01:4f8:c17:7a2c::/64',
      how: 'the same Hetzner Cloud server trusted by its /64 (--trust-gateway 2a01:4f8:c17:7a2c::/64)',
      signed: false,
    },
  ];
  let n = 0;
  for (const c of cases) {
    n++;
    emitCase(write, {
      name: c.name,
      about: `A school’s newsletter, ${c.signed ? `signed d=${SCH}` : 'unsigned'} (SPF ip4, p=quarantine), to a firm whose MX is its own filter (Postfix + rspamd) on ${c.vm.ip}, ${c.how}. The filter hands to the firm’s Postfix box ${RECEIVER}, whose rspamd checks SPF at the filter’s address (spf=fail${c.signed ? ', dkim=pass, dmarc=pass' : ', dmarc=fail'}). Read with --authserv-id ${RECEIVER}. Expected ${c.signed ? 'suspicious with hosted-server-relay beside the aligned pass and the low note gateway-network-shared (the designed reading: a DKIM replay from another tenant of the same network, with a filter’s line of his own below, looks the same; trusting the filter by its own address makes it authenticated), never spoofed' : 'suspicious with the low note gateway-network-shared naming the network and the filter’s own address to trust instead (the designed reading: a tenant of the same network writing a filter’s lines looks the same), never spoofed at the firm’s own filter'}`,
      class: 'inbound-gateway-hosted',
      args: [...ARGS, '--trust-gateway', c.network],
      eml: viaCloudFilter(await schoolNote(n, c.signed), c.vm, n, c.signed),
      zone: {
        ...SCH_ZONE,
        ...ptr(c.vm.ip, c.vm.rdns),
        ...(c.vm.rdns.endsWith('reader-it.example')
          ? { [c.vm.rdns]: c.vm.ip.includes(':') ? { AAAA: [c.vm.ip] } : { A: [c.vm.ip] } }
          : {}),
      },
      expect: c.signed ? SHARED_NETWORK_SIGNED : SHARED_NETWORK,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Mail collected from Sendmail-run mailboxes whose lines say "(may be forged)"
// ---------------------------------------------------------------------------------------------

const UNI = 'hollins-uni.example';
const HUB = `mailhub.${UNI}`;
const POP: Relay = { helo: `pop.${UNI}`, rdns: `pop.${UNI}`, ip: '198.51.100.10' };
const GW: Relay = { helo: `mailgw2.${UNI}`, rdns: `mailgw2.${UNI}`, ip: '198.51.100.22' };
const GW6 = { name: `mailgw3.${UNI}`, ip: '2001:db8:420::23' };
const UNI_ZONE = {
  ...ptr(POP.ip, POP.rdns),
  [UNI]: { TXT: ['v=spf1 ip4:198.51.100.0/24 ip6:2001:db8:420::/48 -all'] },
  [`_dmarc.${UNI}`]: { TXT: ['v=DMARC1; p=none'] },
};

const CHOIR = 'harbourside-choir.example';
const CHOIR_RELAY: Relay = { helo: `mail.${CHOIR}`, rdns: `mail.${CHOIR}`, ip: '192.0.2.171' };
const CHOIR_ENV = `secretary@${CHOIR}`;
const CHOIR_ZONE = {
  ...ptr(CHOIR_RELAY.ip, CHOIR_RELAY.rdns),
  [CHOIR]: { TXT: [`v=spf1 ip4:${CHOIR_RELAY.ip} -all`] },
  [`_dmarc.${CHOIR}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`ch1._domainkey.${CHOIR}`]: KEY(),
};
const choirNote = async (to: string, n: number, signed: boolean) => {
  const raw = submitted({
    from: `Harbourside Choir <${CHOIR_ENV}>`,
    to: `Robin Reader <${to}>`,
    subject: 'Rehearsal moved to Thursday',
    date: SENT,
    messageId: `<20261120095958.c44${n}@${CHOIR}>`,
    body: 'Dear singers,\r\n\r\nthis week we rehearse on Thursday at 19:30.\r\n',
  });
  return signed ? signAll(raw, [[CHOIR, 'ch1']]) : raw;
};

/** Sendmail's line: `from helo (rdns [ip] (may be forged)) by host (8.17.1/8.17.1) with ESMTPS id … (version=… verify=…) for <rcpt>`. */
const sendmail = (o: {
  helo: string;
  rdns: string;
  ip: string;
  forged: boolean;
  by: string;
  id: string;
  rcpt: string;
  t: number;
}) =>
  `Received: from ${o.helo} (${o.rdns} [${o.ip.includes(':') ? `IPv6:${o.ip}` : o.ip}]${o.forged ? ' (may be forged)' : ''})\r\n\tby ${o.by} (8.17.1/8.17.1) with ESMTPS id ${o.id}\r\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\r\n\tfor <${o.rcpt}>; ${at(o.t)}`;

/** Gmail's POP3 fetch of `mailbox` (realworld42's layout), then the university's Dovecot LMTP line. */
const gmailFetchUni = (mailbox: string, id: string) => [
  `X-Gmail-Fetch-Info: ${mailbox} 1 ${POP.helo} 995 ${mailbox}`,
  'Delivered-To: robin.reader@gmail.com',
  `Received: from ${POP.helo} (${POP.rdns}. [${POP.ip}])\r\n        by mx.google.com with POP3 id ${id}.12.2026.11.20.02.03.11\r\n        for <robin.reader@gmail.com>\r\n        (single-drop);\r\n        Fri, 20 Nov 2026 02:03:11 -0800 (PST)`,
  `Delivered-To: ${mailbox}`,
];
/** fetchmail over IMAP into the home box's Postfix on loopback (realworld42's layout). */
const fetchmailUni = (id: string) => [
  'Delivered-To: robin@homebox.lan',
  `Received: from localhost (localhost [127.0.0.1])\r\n\tby homebox.lan (Postfix) with ESMTP id ${id}\r\n\tfor <robin@localhost>; Fri, 20 Nov 2026 11:05:03 +0100 (CET)`,
  `Received: from imap.${UNI} [198.51.100.11]\r\n\tby homebox.lan with IMAP (fetchmail-6.4.38)\r\n\tfor <robin@localhost> (single-drop); Fri, 20 Nov 2026 11:05:02 +0100 (CET)`,
];
const lmtp = (mailbox: string, t: number) =>
  `Received: from ${HUB} ([10.44.0.20])\r\n\tby imap.${UNI} (Dovecot) with LMTP id 8Kk5Qm44\r\n\tfor <${mailbox}>; ${at(t)}`;

async function sendmailFetches(write: CaseWriter): Promise<void> {
  const mailbox = `r.reader@${UNI}`;
  // 3a/3b. The hub takes mail from the university's own gateway whose PTR does not lead back.
  for (const signed of [false, true]) {
    const n = signed ? 2 : 1;
    const eml = onTop(
      await choirNote(mailbox, n, signed),
      ...gmailFetchUni(mailbox, `a640c23a62f3a-b76e2c1f4a1si384756440${n}b`),
      `Return-Path: <${CHOIR_ENV}>`,
      lmtp(mailbox, 7),
      sendmail({ ...GW, forged: true, by: HUB, id: `5AK9x4Lm00441${n}`, rcpt: mailbox, t: 6 }),
      sendmail({ ...CHOIR_RELAY, forged: false, by: GW.rdns, id: `5AK9x3Kq00441${n}`, rcpt: mailbox, t: 5 }),
    );
    emitCase(write, {
      name: signed
        ? 'rw44-gmail-pop3-university-sendmail-inner-gateway-may-be-forged-signed'
        : 'rw44-gmail-pop3-university-sendmail-inner-gateway-may-be-forged-unsigned',
      about: `Robin collects a university mailbox into Gmail over POP3 from ${POP.helo}. The university runs Sendmail: its gateway ${GW.rdns} takes the choir’s mail, and hands it to the mail hub ${HUB}, which prints "from ${GW.helo} (${GW.rdns} [${GW.ip}] (may be forged))": the gateway’s PTR names it, but the name’s A record lists only its new address after a renumbering (the university’s own stale DNS). Below, the gateway’s own Sendmail line from the choir’s server. The choir is ${signed ? `signed (d=${CHOIR})` : 'unsigned'} (SPF ip4, p=quarantine). Read in Gmail. Expected ${signed ? 'authenticated (the signature still verifies)' : 'an honest unverified (or authenticated by SPF at the gateway’s entry line); never spoofed at the university’s own gateway'}`,
      class: 'mailbox-fetch',
      args: GMAIL,
      eml,
      zone: { ...UNI_ZONE, ...CHOIR_ZONE, ...ptr(GW.ip, GW.rdns), [GW.rdns]: { A: ['198.51.100.122'] } },
      expect: signed ? PASSES : HONEST,
    });
  }

  // 3c. The same over IPv6 and fetchmail: the inner gateway's AAAA is missing.
  {
    const eml = onTop(
      await choirNote(mailbox, 3, false),
      ...fetchmailUni('4Zr44h0c03'),
      `Return-Path: <${CHOIR_ENV}>`,
      lmtp(mailbox, 7),
      sendmail({
        helo: GW6.name,
        rdns: GW6.name,
        ip: GW6.ip,
        forged: true,
        by: HUB,
        id: '5AK9x4Lm004413',
        rcpt: mailbox,
        t: 6,
      }),
      sendmail({ ...CHOIR_RELAY, forged: false, by: GW6.name, id: '5AK9x3Kq004413', rcpt: mailbox, t: 5 }),
    );
    emitCase(write, {
      name: 'rw44-fetchmail-imap-university-sendmail-ipv6-gateway-may-be-forged',
      about: `A home server’s fetchmail collects the same university mailbox over IMAP. The university’s IPv6 gateway ${GW6.name} hands to ${HUB}, which prints "from ${GW6.name} (${GW6.name} [IPv6:${GW6.ip}] (may be forged))": the PTR is published, the AAAA record never was. Below, the gateway’s line from the choir’s server. Unsigned (SPF ip4, p=quarantine). No options. Expected an honest unverified, or authenticated; never spoofed at the university’s own gateway`,
      class: 'mailbox-fetch',
      args: [],
      eml,
      zone: { ...UNI_ZONE, ...CHOIR_ZONE, ...ptr(GW6.ip, GW6.name), ...ptr('198.51.100.11', `imap.${UNI}`) },
      expect: HONEST,
    });
  }

  // 3d. A small ISP's Sendmail MX: the sender's own server's generic reverse name is "(may be forged)".
  {
    const isp = 'kestrel-net.example';
    const box = `robin@${isp}`;
    const pop: Relay = { helo: `pop.${isp}`, rdns: `pop.${isp}`, ip: '203.0.113.30' };
    const eml = onTop(
      await choirNote(box, 4, false),
      `X-Gmail-Fetch-Info: ${box} 1 ${pop.helo} 995 ${box}`,
      'Delivered-To: robin.reader@gmail.com',
      `Received: from ${pop.helo} (${pop.rdns}. [${pop.ip}])\r\n        by mx.google.com with POP3 id a640c23a62f3a-b76e2c1f4a1si3847564404b.12.2026.11.20.02.03.11\r\n        for <robin.reader@gmail.com>\r\n        (single-drop);\r\n        Fri, 20 Nov 2026 02:03:11 -0800 (PST)`,
      `Return-Path: <${CHOIR_ENV}>`,
      `Received: (from mail@localhost)\r\n\tby mx1.${isp} (8.17.1/8.17.1/Submit) id 5AKA05Qm004414\r\n\tfor ${box}; ${at(7)}`,
      sendmail({
        helo: CHOIR_RELAY.helo,
        rdns: 'host-192-0-2-171.static.fibre-isp.example',
        ip: CHOIR_RELAY.ip,
        forged: true,
        by: `mx1.${isp}`,
        id: '5AK9x4Lm004414',
        rcpt: box,
        t: 5,
      }),
    );
    emitCase(write, {
      name: 'rw44-gmail-pop3-small-isp-sendmail-sender-generic-ptr-may-be-forged',
      about: `Robin collects a small ISP’s mailbox into Gmail over POP3. The ISP’s Sendmail MX mx1.${isp} records the choir’s server by the generic reverse name its own ISP gave the address ("from ${CHOIR_RELAY.helo} (host-192-0-2-171.static.fibre-isp.example [${CHOIR_RELAY.ip}] (may be forged))": that name has no A record), then its local delivery line. The choir is unsigned; its SPF lists ${CHOIR_RELAY.ip} (p=quarantine). Read in Gmail. Expected authenticated by SPF at the entry (the mark is about the reverse name, not the address), at worst an honest unverified`,
      class: 'mailbox-fetch',
      args: GMAIL,
      eml,
      zone: {
        ...CHOIR_ZONE,
        ...ptr(pop.ip, pop.rdns),
        ...ptr(CHOIR_RELAY.ip, 'host-192-0-2-171.static.fibre-isp.example'),
      },
      expect: HONEST,
    });
  }

  // 3e. A colleague's department server with a stale PTR, straight to the hub.
  {
    const dept: Relay = { helo: `physics-mail.${UNI}`, rdns: `physics-mail.${UNI}`, ip: '198.51.100.40' };
    const eml = onTop(
      submitted({
        from: `Dr. Sam Fennel <s.fennel@${UNI}>`,
        to: `Robin Reader <${mailbox}>`,
        subject: 'Seminar room change',
        date: SENT,
        messageId: `<20261120095958.u445@physics-mail.${UNI}>`,
        body: 'Robin,\r\n\r\nthe seminar moves to room 2.14.\r\n\r\nSam\r\n',
      }),
      ...gmailFetchUni(mailbox, 'a640c23a62f3a-b76e2c1f4a1si3847564405b'),
      `Return-Path: <s.fennel@${UNI}>`,
      lmtp(mailbox, 7),
      sendmail({ ...dept, forged: true, by: HUB, id: '5AK9x4Lm004415', rcpt: mailbox, t: 6 }),
    );
    emitCase(write, {
      name: 'rw44-gmail-pop3-university-colleague-department-server-may-be-forged',
      about: `A colleague writes from the physics department’s own Sendmail server to Robin’s university mailbox, which Gmail collects over POP3. The hub prints "from ${dept.helo} (${dept.rdns} [${dept.ip}] (may be forged))": the department’s PTR is published, its A record moved to a new address. Unsigned; the university’s SPF covers 198.51.100.0/24 (p=none). This is the only line below the fetch’s LMTP. Read in Gmail. Expected authenticated (SPF at the department’s address) or an honest unverified`,
      class: 'mailbox-fetch',
      args: GMAIL,
      eml,
      zone: { ...UNI_ZONE, ...ptr(dept.ip, dept.rdns), [dept.rdns]: { A: ['198.51.100.140'] } },
      expect: HONEST,
    });
  }
}
