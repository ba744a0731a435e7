// Real-world delivery shapes, sixtieth round: genuine Microsoft 365 mail read in Outlook on the web
// (online and offline) that crosses the rules of commit 31b383c8 (red-team round 61):
// - lib/findings/receiver-record.ts recordedFail, offline: EOP's own header above its entry that
//   records a DMARC fail it enforced (action=reject/quarantine or oreject/oquarantine) with
//   compauth=fail now reads spoofed. Crossed by the tenant's own domain coming back through a list
//   that EOP excused on a trusted ARC seal (compauth=pass reason=130 beside action=oquarantine).
// - recordedSpoof: compauth=fail with a 6xx reason (Microsoft's "intra-organisation spoof": the
//   From is one of the reader's accepted domains and implicit authentication failed) is
//   receiver-recorded-spoof, and verdict row receiver-recorded-spoof makes it suspicious where
//   nothing authenticates. Crossed by a colleague's post coming back through Mailman 2.1 (no ARC,
//   tenant without DMARC) and by a partner sending "on behalf of" a tenant user (Sender: header).
// - lib/findings/brand-freemail.ts: mail that never left the reader's tenant is not judged by
//   brand-on-freemail; mail from a second tenant of the same company (multi-tenant organisation)
//   does come through EOP's entry, and its NDR is From the second tenant's onmicrosoft.com name.
// Also: a colleague's message forwarded back by an outside forwarder (SRS, signature intact), the
// tenant's own marketing platform in its SPF and DKIM, a message an admin released from quarantine.
// Layouts: EOP's id-less results, entry and organisation rows as m365-shapes.ts / receivers.ts
// (README-m365.md sources). Composite-authentication reasons (search `pages`): Microsoft Learn
// Q&A 2336905 ("compauth=pass reason=130" where a trusted ARC sealer overrode DMARC, and its
// "dmarc=fail action=quarantine … compauth=none reason=452" layout); captaindns.com "Compauth=fail
// on Microsoft 365" and its reason-code table (000 explicit fail at p=quarantine/reject, 001
// implicit, 010 enforced fail of an accepted domain, 1xx pass, 6xx implicit fail of an accepted
// domain); the Validity knowledge-base example "dmarc=none action=none header.from=…;compauth=fail
// reason=001". Quarantine release: techgenix "EOP Quarantine part 2" and the 2013 TechNet page
// "Release a Quarantined Message" (a released message is re-scanned for malware only and delivered
// with its original headers), office365itpros 2022-12-08 (X-MS-Exchange-Generated-Message-Source on
// released mail; its value here is recalled). Google Groups and Mailman shapes as list-shapes.ts
// and realworld45.ts. Names and addresses are documentation ones except Microsoft's and Google's
// hosts and ranges and SendGrid's; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import { emitCase, KEY, legitCorpus, OUTLOOK, type Relay, SIGNED_NO_REPLY_TO, signAll } from '../kit';
import { keyZone, mailmanFooter, mailmanHeaders, sealCorpus } from '../list-shapes';
import { exchangeMailboxHops, M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, eopPass } from '../receivers';
import { SENDGRID_OUT, SENDGRID_SPF } from '../rounds-kit';

/** DMARC passed for the From domain: nothing should make it a warning. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** Genuine mail that may not be provable (offline, a list): never a warning. */
const NOT_WARNED: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
};
/**
 * Genuine, but EOP itself recorded it as a spoof of the reader's own domain and nothing
 * authenticates the From: a warning with that reason is one a reader accepts; never spoofed.
 */
const HONEST_WARNING: CaseExpectation = { verdict: ['unverified', 'suspicious'], notVerdict: ['spoofed'] };

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
// Fixed at 04:41 on 2026-12-05 (lib/findings/verdict.ts decideVerdict): offline with no results of
// the provider's nothing was checked, so a high impersonation finding makes the message suspicious
// (impersonation-unchecked), never spoofed: this sibling tenant's genuine bounce, and probe62's
// look-alike from an attacker's tenant that prints the same, both read suspicious.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await ownDomainThroughLists(write);
  await ownDomainForwardedBack(write);
  await onBehalf(write);
  await ownMarketing(write);
  await releasedFromQuarantine(write);
  await secondTenant(write);
}

// ---------------------------------------------------------------------------------------------
// The reader's tenant
// ---------------------------------------------------------------------------------------------

const READER = 'kestrel-ecology.example';
const READER_TO = `Robin Reader <robin@${READER}>`;
const COLLEAGUE = `Maren Holt <maren.holt@${READER}>`;
const ONLINE_OFFLINE = [true, false] as const;
const when = (online: boolean) => (online ? '' : '-offline');

/** The reader's domain on Exchange Online: Microsoft 365's SPF include, DMARC as `policy` (none: no record). */
const readerZone = (policy: string | null, extraSpf = '') => ({
  ...M365_SPF_ZONE,
  [READER]: { TXT: [`v=spf1 ${extraSpf}include:spf.protection.outlook.com -all`] },
  ...(policy ? { [`_dmarc.${READER}`]: { TXT: [`v=DMARC1; ${policy}`] } } : {}),
  [`selector1._domainkey.${READER}`]: KEY(),
});

/** A colleague's message as her tenant signs it (selector1, the custom domain's key). */
const colleagueMessage = (m: { to: string; subject: string; id: string; body: string; extra?: string[] }) =>
  signCorpus(
    onTop(
      submitted({
        from: COLLEAGUE,
        to: m.to,
        subject: m.subject,
        messageId: `<${m.id}@AM9PR04MB7713.eurprd04.prod.outlook.com>`,
        body: m.body,
        extraHeaders: m.extra,
      }),
      ...senderTenantHops('AM9PR04MB7713'),
    ),
    { domain: READER, selector: 'selector1', headerList: SIGNED_NO_REPLY_TO },
  );

const eopSpf = (result: 'Pass' | 'SoftFail' | 'None', domain: string, relay: Relay) =>
  `${result} (protection.outlook.com: domain of ${domain} ${result === 'Pass' ? 'designates' : 'does not designate'}\r\n ${relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${relay.ip}; helo=${relay.helo}; pr=C`;

// ---------------------------------------------------------------------------------------------
// 1. The tenant's own domain coming back through an outside list
// ---------------------------------------------------------------------------------------------

const GROUP_OUT: Relay = {
  helo: 'mail-yw1-f172.google.com',
  rdns: 'mail-yw1-f172.google.com',
  ip: '209.85.128.172',
};
const GROUP_ENV = 'bat-survey+bncBDK7QZ60RYFRBW4T2EMGQE7XNPA@googlegroups.com';
const LIST_HOST = 'lists.bats-network.example';
const LIST_RELAY: Relay = { helo: `mail.${LIST_HOST}`, rdns: `mail.${LIST_HOST}`, ip: '192.0.2.145' };

async function ownDomainThroughLists(write: CaseWriter): Promise<void> {
  // 1a. Google Groups, tenant at p=none: the group keeps the author's From, adds its footer (the
  //     tenant's signature breaks), signs googlegroups.com and seals google.com's ARC i=1; EOP
  //     passes compauth on the ARC chain (reason 130).
  {
    const post = await colleagueMessage({
      to: 'bat-survey@googlegroups.com',
      subject: 'Roost counts for the Kestrel sites, week 46',
      id: 'AM9PR04MB77131F0C2E9A',
      body: 'Hi all,\r\n\r\ncounts attached for the three Kestrel sites.\r\n\r\nMaren\r\n',
    });
    const grouped = appendHeaders(
      post
        .replace('Subject: Roost counts', 'Subject: [bat-survey] Roost counts')
        .replace(
          'Maren\r\n',
          'Maren\r\n\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "bat-survey" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to bat-survey+unsubscribe@googlegroups.com.\r\n',
        ),
      `X-Original-Sender: maren.holt@${READER}`,
      'Precedence: list',
      'Mailing-list: list bat-survey@googlegroups.com; contact bat-survey+owners@googlegroups.com',
      'List-ID: <bat-survey.googlegroups.com>',
      'List-Post: <https://groups.google.com/group/bat-survey/post>, <mailto:bat-survey@googlegroups.com>',
      'List-Unsubscribe: <mailto:googlegroups-manage+771+unsubscribe@googlegroups.com>',
    );
    const sealed = await sealCorpus(
      await signCorpus(grouped, { domain: 'googlegroups.com', selector: '20230601' }),
      {
        domain: 'google.com',
        selector: 'arc-20240605',
        cv: 'none',
        authResults: `gmr-mx.google.com; dkim=pass header.i=@${READER} header.s=selector1; spf=pass (google.com: domain of maren.holt@${READER} designates 40.107.20.113 as permitted sender) smtp.mailfrom=maren.holt@${READER}; dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=${READER}`,
      },
    );
    const eml = eopDelivery(sealed, {
      ip: GROUP_OUT.ip,
      helo: GROUP_OUT.helo,
      ar: `spf=pass (sender IP is ${GROUP_OUT.ip})\r\n smtp.mailfrom=googlegroups.com; dkim=pass (signature was verified)\r\n header.d=googlegroups.com;dkim=fail (body hash did not verify)\r\n header.d=${READER};dmarc=fail action=none\r\n header.from=${READER};compauth=pass reason=130;arc=pass (0 oda=1 ltdi=1\r\n spf=[1,1,smtp.mailfrom=${READER}] dkim=[1,1,header.d=${READER}]\r\n dmarc=[1,1,header.from=${READER}])`,
      spf: eopSpf('Pass', 'googlegroups.com', GROUP_OUT),
      returnPath: GROUP_ENV,
    });
    for (const online of ONLINE_OFFLINE)
      emitCase(write, {
        name: `rw60-own-domain-back-via-google-group-arc-130-outlook${when(online)}`,
        about: `A colleague (${COLLEAGUE}, the reader's own tenant, p=none, signed selector1) posts to an outside Google Group the reader is also on; the group keeps her From (no rewrite at p=none), adds "[bat-survey]" and its footer (her signature breaks), signs d=googlegroups.com, seals google.com's ARC i=1 recording her pass, and sends from ${GROUP_OUT.rdns}. EOP records dkim=fail for ${READER}, dmarc=fail action=none, compauth=pass reason=130 (the ARC chain excused it) and arc=pass. Read in Outlook on the web${online ? '' : " offline (EOP's record only)"}. Genuine: never a warning; EOP's own compauth passed, no 6xx reason, nothing enforced`,
        class: 'mailing-list',
        args: OUTLOOK,
        eml,
        ...(online
          ? {
              zone: {
                ...readerZone('p=none'),
                ...keyZone(['arc-20240605._domainkey.google.com', '20230601._domainkey.googlegroups.com']),
                'googlegroups.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
                '_dmarc.googlegroups.com': { TXT: ['v=DMARC1; p=none'] },
              },
            }
          : {}),
        expect: NOT_WARNED,
      });
  }

  // 1b. Mailman 2.1 without ARC, tenant with no DMARC record: EOP calls it an intra-org spoof (601).
  {
    const post = await colleagueMessage({
      to: `bat-records@${LIST_HOST}`,
      subject: 'Noctule records from the Kestrel transects',
      id: 'AM9PR04MB77132B7D4F11',
      body: 'Hello list,\r\n\r\nsix noctule passes on transect 3 last night.\r\n\r\nMaren\r\n',
    });
    const listed = onTop(
      appendHeaders(
        post
          .replace('Subject: Noctule', 'Subject: [Bat-records] Noctule')
          .replace('Maren\r\n', `Maren\r\n${mailmanFooter('bat-records', LIST_HOST, 'Bat-records')}`),
        ...mailmanHeaders('bat-records', LIST_HOST, 'Bat-records'),
      ),
      `Received: from mail.${LIST_HOST} (localhost [127.0.0.1])\r\n\tby mail.${LIST_HOST} (Postfix) with ESMTP id 4ZmQ6r0L2kz9sT\r\n\tfor <bat-records@${LIST_HOST}>; Fri, 20 Nov 2026 10:00:03 +0000`,
      `Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2113.outbound.protection.outlook.com [40.107.20.113])\r\n\tby mail.${LIST_HOST} (Postfix) with ESMTPS id 4ZmQ6q5Vx1z9sR\r\n\tfor <bat-records@${LIST_HOST}>; Fri, 20 Nov 2026 10:00:02 +0000`,
    );
    const eml = eopDelivery(listed, {
      ip: LIST_RELAY.ip,
      helo: LIST_RELAY.helo,
      ar: `spf=pass (sender IP is ${LIST_RELAY.ip})\r\n smtp.mailfrom=${LIST_HOST}; dkim=fail (body hash did not verify)\r\n header.d=${READER};dmarc=none action=none\r\n header.from=${READER};compauth=fail reason=601`,
      spf: eopSpf('Pass', LIST_HOST, LIST_RELAY),
      returnPath: `bat-records-bounces@${LIST_HOST}`,
    });
    for (const online of ONLINE_OFFLINE)
      emitCase(write, {
        name: `rw60-own-domain-back-via-mailman-no-arc-compauth-601-outlook${when(online)}`,
        about: `A colleague (${COLLEAGUE}) posts to a regional bat group's Mailman 2.1 list (${LIST_HOST}, no ARC, no From munging); the tenant publishes SPF but no DMARC record, as many small Microsoft 365 tenants do. Mailman adds "[Bat-records]" and its footer (her selector1 signature breaks) and resends from ${LIST_RELAY.ip} with envelope bat-records-bounces@. EOP records spf=pass for the list host, dkim=fail for ${READER}, dmarc=none action=none, compauth=fail reason=601 (its own domain failing implicit authentication). Read in Outlook on the web${online ? '' : ' offline'}. Genuine, but nothing can prove it: never spoofed; a warning that EOP itself called it a spoof of the reader's own domain is one a reader accepts, unverified as honest`,
        class: 'mailing-list',
        args: OUTLOOK,
        eml,
        ...(online
          ? {
              zone: {
                ...readerZone(null),
                [LIST_HOST]: { TXT: [`v=spf1 ip4:${LIST_RELAY.ip} -all`] },
              },
            }
          : {}),
        expect: HONEST_WARNING,
      });
  }

  // 1c. Mailman 3 with its ARC seal (the tenant lists the host as a trusted ARC sealer), tenant at
  //     p=quarantine: EOP records the fail it would have acted on (action=oquarantine) but passes
  //     compauth on the trusted seal (reason 130). Offline only: the enforced-fail rule needs
  //     compauth=fail.
  {
    const host = 'lists.ecology-forum.example';
    const relay: Relay = { helo: `mx1.${host}`, rdns: `mx1.${host}`, ip: '198.51.100.147' };
    const post = await colleagueMessage({
      to: `habitats@${host}`,
      subject: 'Hedgerow survey protocol v3 for comment',
      id: 'AM9PR04MB77134C8E1A22',
      body: 'Dear all,\r\n\r\nthe draft protocol is on the forum wiki; comments by Friday please.\r\n\r\nMaren\r\n',
    });
    const listed = onTop(
      appendHeaders(
        post
          .replace('Subject: Hedgerow', 'Subject: [Habitats] Hedgerow')
          .replace(
            'Maren\r\n',
            `Maren\r\n_______________________________________________\r\nHabitats mailing list -- habitats@${host}\r\nTo unsubscribe send an email to habitats-leave@${host}\r\n`,
          ),
        `List-Id: <habitats.${host}>`,
        `List-Post: <mailto:habitats@${host}>`,
        `List-Unsubscribe: <mailto:habitats-leave@${host}>`,
        `Message-ID-Hash: Q7R2KX4M6N3P5T8V`,
        'X-Mailman-Version: 3.3.9',
        'Precedence: list',
      ),
      `Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2113.outbound.protection.outlook.com [40.107.20.113])\r\n\tby mx1.${host} (Postfix) with ESMTPS id 4ZmR1c2Tq8z3kD\r\n\tfor <habitats@${host}>; Fri, 20 Nov 2026 10:00:02 +0000`,
    );
    const sealed = await sealCorpus(listed, {
      domain: host,
      cv: 'none',
      authResults: `mx1.${host}; dkim=pass header.d=${READER} header.s=selector1; spf=pass smtp.mailfrom=${READER}; dmarc=pass (p=quarantine) header.from=${READER}`,
    });
    emitCase(write, {
      name: 'rw60-own-domain-back-via-mailman3-arc-oquarantine-compauth-130-outlook-offline',
      about: `A colleague (${COLLEAGUE}, tenant at p=quarantine) posts to a forum's Mailman 3 list (${host}), which keeps her From (dmarc_mitigate_action no_mitigation), adds its subject tag and footer (her signature breaks) and seals ARC i=1 as ${host} recording her pass; the reader's admin lists ${host} as a trusted ARC sealer. EOP records dkim=fail for ${READER}, "dmarc=fail action=oquarantine" (what the policy would have done) and compauth=pass reason=130 (the trusted seal overrode it). Read in Outlook on the web offline: the new enforced-fail rule must not fire, since EOP did not enforce (compauth passed). Genuine: never a warning`,
      class: 'mailing-list',
      args: OUTLOOK,
      eml: eopDelivery(sealed, {
        ip: relay.ip,
        helo: relay.helo,
        ar: `spf=pass (sender IP is ${relay.ip})\r\n smtp.mailfrom=${host}; dkim=fail (body hash did not verify)\r\n header.d=${READER};dmarc=fail action=oquarantine\r\n header.from=${READER};compauth=pass reason=130;arc=pass (0 oda=1 ltdi=1\r\n spf=[1,1,smtp.mailfrom=${READER}] dkim=[1,1,header.d=${READER}]\r\n dmarc=[1,1,header.from=${READER}])`,
        spf: eopSpf('Pass', host, relay),
        returnPath: `habitats-bounces@${host}`,
      }),
      expect: NOT_WARNED,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 2. A colleague's message forwarded back by an outside forwarder
// ---------------------------------------------------------------------------------------------

async function ownDomainForwardedBack(write: CaseWriter): Promise<void> {
  const fwd: Relay = {
    helo: 'relay.alumni-forward.example',
    rdns: 'relay.alumni-forward.example',
    ip: '203.0.113.61',
  };
  const srs = `SRS0=Jk3q=6E=${READER}=maren.holt@alumni-forward.example`;
  const msg = await colleagueMessage({
    to: 'Robin Reader <robin.reader@alumni-forward.example>',
    subject: 'Your old field notebook turned up',
    id: 'AM9PR04MB77135D9F2B33',
    body: 'Robin,\r\n\r\nit was in the van. I will leave it on your desk.\r\n\r\nMaren\r\n',
  });
  const forwarded = onTop(
    msg,
    `Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2113.outbound.protection.outlook.com [40.107.20.113])\r\n\tby relay.alumni-forward.example (Postfix) with ESMTPS id 4ZmS7w3Hd5z1pL\r\n\tfor <robin.reader@alumni-forward.example>; Fri, 20 Nov 2026 10:00:02 +0000`,
  );
  const eml = eopDelivery(forwarded, {
    ip: fwd.ip,
    helo: fwd.helo,
    ar: `spf=pass (sender IP is ${fwd.ip})\r\n smtp.mailfrom=alumni-forward.example; dkim=pass (signature was verified)\r\n header.d=${READER};dmarc=pass action=none\r\n header.from=${READER};compauth=pass reason=100`,
    spf: eopSpf('Pass', 'alumni-forward.example', fwd),
    returnPath: srs,
  });
  for (const online of ONLINE_OFFLINE)
    emitCase(write, {
      name: `rw60-colleague-forwarded-back-by-alumni-forwarder-srs-outlook${when(online)}`,
      about: `A colleague (${COLLEAGUE}, tenant at p=reject) writes to the reader's old alumni address, which an outside forwarder (Postfix with postsrsd, ${fwd.ip}) forwards unchanged to the reader's tenant with an SRS envelope (${srs}). Her selector1 signature survives; EOP records spf=pass for the forwarder, dkim=pass for ${READER}, dmarc=pass, compauth=pass reason=100. Read in Outlook on the web${online ? '' : ' offline'}. Genuine: ${online ? 'expected authenticated' : 'never a warning'}; the reader's own domain arriving from outside is not a spoof when it is signed`,
      class: 'forwarding',
      args: OUTLOOK,
      eml,
      ...(online
        ? {
            zone: {
              ...readerZone('p=reject'),
              'alumni-forward.example': { TXT: [`v=spf1 ip4:${fwd.ip} -all`] },
            },
          }
        : {}),
      expect: online ? PASSES : NOT_WARNED,
    });
}

// ---------------------------------------------------------------------------------------------
// 3. A partner sending "on behalf of" a tenant user (Sender:)
// ---------------------------------------------------------------------------------------------

async function onBehalf(write: CaseWriter): Promise<void> {
  const partner = 'fieldbook-events.example';
  const relay: Relay = { helo: `smtp.${partner}`, rdns: `smtp.${partner}`, ip: '198.51.100.212' };
  const raw = await signCorpus(
    onTop(
      submitted({
        from: `Maren Holt <maren.holt@${READER}>`,
        to: READER_TO,
        subject: 'Invitation: Kestrel autumn field day, 5 December',
        messageId: `<ev-88213.7c2f@${partner}>`,
        extraHeaders: [`Sender: Fieldbook Events <invites@${partner}>`, `Reply-To: maren.holt@${READER}`],
        body: 'Maren Holt has invited you to the Kestrel autumn field day.\r\n\r\nAccept | Decline\r\n',
      }),
      `Received: from app03.internal.${partner} (10.20.3.13) by smtp.${partner} (Postfix) with ESMTP id 4ZmT2p0Qk1z7bN; Fri, 20 Nov 2026 10:00:02 +0000`,
    ),
    { domain: partner, selector: 'fb1', headerList: [...SIGNED_NO_REPLY_TO, 'sender', 'reply-to'] },
  );
  const eml = eopDelivery(raw, {
    ip: relay.ip,
    helo: relay.helo,
    ar: `spf=pass (sender IP is ${relay.ip})\r\n smtp.mailfrom=${partner}; dkim=pass (signature was verified)\r\n header.d=${partner};dmarc=fail action=none\r\n header.from=${READER};compauth=fail reason=601`,
    spf: eopSpf('Pass', partner, relay),
    returnPath: `bounces@${partner}`,
  });
  for (const online of ONLINE_OFFLINE)
    emitCase(write, {
      name: `rw60-partner-sends-on-behalf-of-tenant-user-sender-header-601-outlook${when(online)}`,
      about: `An events platform (${partner}) sends a field-day invitation "on behalf of" a tenant user: From ${COLLEAGUE}, Sender: invites@${partner} (Outlook shows "invites@… on behalf of Maren Holt"), signed and enveloped by ${partner} only; the tenant (p=none) never delegated its domain to the platform. EOP records spf=pass and dkim=pass for ${partner}, dmarc=fail action=none for ${READER}, compauth=fail reason=601. Read in Outlook on the web${online ? '' : ' offline'}. Genuine (Maren did create the event), but exactly the shape of a CEO lure: never spoofed (p=none, EOP did not enforce); suspicious because EOP called it a spoof of the reader's own domain is a reason a reader accepts`,
      class: 'on-behalf',
      args: OUTLOOK,
      eml,
      ...(online
        ? {
            zone: {
              ...readerZone('p=none'),
              [partner]: { TXT: [`v=spf1 ip4:${relay.ip} -all`] },
              [`_dmarc.${partner}`]: { TXT: ['v=DMARC1; p=quarantine'] },
              [`fb1._domainkey.${partner}`]: KEY(),
            },
          }
        : {}),
      expect: HONEST_WARNING,
    });
}

// ---------------------------------------------------------------------------------------------
// 4. The tenant's own marketing platform, in its SPF and DKIM
// ---------------------------------------------------------------------------------------------

async function ownMarketing(write: CaseWriter): Promise<void> {
  const bounce = `em8841.${READER}`;
  const raw = await signAll(
    onTop(
      submitted({
        from: `Kestrel Ecology <news@${READER}>`,
        to: READER_TO,
        subject: 'Kestrel Ecology winter newsletter',
        messageId: '<Qm3xR7vT2kLp9Wz4Yb1N6A@geopod-ismtpd-7-0>',
        extraHeaders: [
          'List-Unsubscribe: <https://u8841.ct.sendgrid.net/lu/unsubscribe?oc=u001.Kx7Qm2>',
          'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
        ],
        body: 'Winter newsletter: bat boxes, hedgerows and our new office.\r\n',
      }),
      'Received: by filterdrecv-5c6b7f9d4-q2kxn with SMTP id filterdrecv-5c6b7f9d4-q2kxn-1-6737B2D5-1A\r\n        2026-11-20 10:00:02.118 +0000 UTC m=+3172881.442913',
    ),
    [
      [READER, 's1'],
      ['sendgrid.info', 'smtpapi'],
    ],
    SIGNED_NO_REPLY_TO,
  );
  const eml = eopDelivery(raw, {
    ...eopPass(
      SENDGRID_OUT,
      bounce,
      `dkim=pass (signature was verified)\r\n header.d=${READER};dkim=pass (signature was verified)\r\n header.d=sendgrid.info`,
      READER,
    ),
    returnPath: `bounces+4410823-5f2a-robin=${READER}@${bounce}`,
  });
  for (const online of ONLINE_OFFLINE)
    emitCase(write, {
      name: `rw60-tenant-own-newsletter-sendgrid-in-spf-and-dkim-outlook${when(online)}`,
      about: `The tenant's own newsletter, sent through SendGrid with the domain authenticated as SendGrid documents it (s1._domainkey.${READER} CNAME'd to SendGrid's key, bounce host ${bounce} CNAME'd to SendGrid and so under its SPF; the tenant at p=reject): to a colleague's mailbox in the same tenant, it comes in from outside through EOP (${SENDGRID_OUT.rdns}). EOP records spf=pass for ${bounce}, dkim=pass for ${READER} and sendgrid.info, dmarc=pass, compauth=pass reason=100. Read in Outlook on the web${online ? '' : ' offline'}. Genuine: ${online ? 'expected authenticated' : 'never a warning'}; its own domain coming from an ESP is not an intra-org spoof when it authenticates`,
      class: 'esp',
      args: OUTLOOK,
      eml,
      ...(online
        ? {
            zone: {
              ...readerZone('p=reject'),
              [`s1._domainkey.${READER}`]: KEY(),
              'smtpapi._domainkey.sendgrid.info': KEY(),
              [bounce]: { TXT: [SENDGRID_SPF] },
            },
          }
        : {}),
      expect: online ? PASSES : NOT_WARNED,
    });
}

// ---------------------------------------------------------------------------------------------
// 5. A message an admin released from quarantine
// ---------------------------------------------------------------------------------------------

async function releasedFromQuarantine(write: CaseWriter): Promise<void> {
  const supplier = 'moorland-optics.example';
  const relay: Relay = { helo: `mail.${supplier}`, rdns: `mail.${supplier}`, ip: '192.0.2.163' };
  const raw = await signCorpus(
    submitted({
      from: `Moorland Optics Accounts <accounts@${supplier}>`,
      to: READER_TO,
      subject: 'Invoice MO-22817: thermal imager repair (payment link inside)',
      messageId: `<inv22817.20261120@${supplier}>`,
      body: 'Please find invoice MO-22817. Pay online at https://pay.moorland-optics.example/MO-22817\r\n',
    }),
    { domain: supplier, selector: 'mo2026', headerList: SIGNED_NO_REPLY_TO },
  );
  const delivered = eopDelivery(raw, {
    ...eopPass(relay, supplier, `dkim=pass (signature was verified)\r\n header.d=${supplier}`),
    returnPath: `accounts@${supplier}`,
    bottom: [
      'X-Forefront-Antispam-Report: CIP:192.0.2.163;CTRY:GB;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:mail.moorland-optics.example;PTR:mail.moorland-optics.example;CAT:PHSH;SFS:(13230040)(8096899003);DIR:INB;',
      'X-MS-Exchange-Organization-SCL: 5',
    ],
  });
  // The release: the copy held in quarantine is delivered again through the mailbox tier, a new
  // set of the tenant's hops on top of the originals.
  const released = onTop(
    delivered,
    ...exchangeMailboxHops('AM4PEPF00027A61').map((h) => h.replace(/10:00:05/g, '14:12:40')),
  ).replace(
    'X-MS-Exchange-Organization-SCL: 5',
    'X-MS-Exchange-Organization-SCL: 5\r\nX-MS-Exchange-Generated-Message-Source: Quarantine Release\r\nX-MS-Exchange-Organization-Quarantine-Released: True',
  );
  for (const online of ONLINE_OFFLINE)
    emitCase(write, {
      name: `rw60-supplier-invoice-released-from-quarantine-by-admin-outlook${when(online)}`,
      about: `A supplier's genuine invoice with a payment link, fully authenticated (signed mo2026, SPF pass from its own server ${relay.ip}, p=quarantine), that EOP's filters quarantined as phishing (X-Forefront-Antispam-Report SFV:SPM, CAT:PHSH, SCL 5); four hours later an admin releases it: the held copy goes through the mailbox tier again (a second set of the tenant's hops on top), with its original EOP results (all pass, compauth=pass reason=100) and release rows (X-MS-Exchange-Generated-Message-Source, value recalled). Read in Outlook on the web${online ? '' : ' offline'}. Genuine: ${online ? 'expected authenticated' : 'never a warning'}; a spam verdict is not an authentication failure`,
      class: 'm365-quarantine',
      args: OUTLOOK,
      eml: released,
      ...(online
        ? {
            zone: {
              ...readerZone('p=reject'),
              [supplier]: { TXT: [`v=spf1 ip4:${relay.ip} -all`] },
              [`_dmarc.${supplier}`]: { TXT: ['v=DMARC1; p=quarantine'] },
              [`mo2026._domainkey.${supplier}`]: KEY(),
            },
          }
        : {}),
      expect: online ? PASSES : NOT_WARNED,
    });
}

// ---------------------------------------------------------------------------------------------
// 6. A second tenant of the same company (multi-tenant organisation)
// ---------------------------------------------------------------------------------------------

const EOP_OUT_NAM: Relay = {
  helo: 'NAM12-DM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-dm6nam12on2059.outbound.protection.outlook.com',
  ip: '40.107.243.59',
};
const US_DOMAIN = `us.${READER}`;
const US_TENANT = 'kestrelecologyus';

async function secondTenant(write: CaseWriter): Promise<void> {
  // 6a. A user of the US tenant: the custom subdomain has no DKIM of its own yet, so Exchange signs
  //     with the tenant's onmicrosoft.com name; DMARC passes on SPF (include:spf.protection.outlook.com).
  {
    const raw = await signCorpus(
      onTop(
        submitted({
          from: `Dana Whitfield <dana.whitfield@${US_DOMAIN}>`,
          to: READER_TO,
          subject: 'Bat acoustic kit: can we borrow two detectors in January?',
          messageId:
            '<BN0PR08MB75351A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D@BN0PR08MB7535.namprd08.prod.outlook.com>',
          extraHeaders: [
            'X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted',
            'X-MS-Exchange-CrossTenant-Id: 7d1e2f3a-4b5c-4d6e-8f9a-0b1c2d3e4f5a',
          ],
          body: 'Hi Robin,\r\n\r\nour survey season starts early; could we borrow two detectors?\r\n\r\nDana\r\n',
        }),
        ...senderTenantHops('DM6PR08MB5580'),
      ),
      {
        domain: `${US_TENANT}.onmicrosoft.com`,
        selector: 'selector1-kestrelecologyus-onmicrosoft-com',
        headerList: SIGNED_NO_REPLY_TO,
      },
    );
    const eml = eopDelivery(raw, {
      ...eopPass(
        EOP_OUT_NAM,
        US_DOMAIN,
        `dkim=pass (signature was verified)\r\n header.d=${US_TENANT}.onmicrosoft.com`,
        US_DOMAIN,
      ),
      returnPath: `dana.whitfield@${US_DOMAIN}`,
    });
    for (const online of ONLINE_OFFLINE)
      emitCase(write, {
        name: `rw60-second-tenant-same-company-spf-aligned-onmicrosoft-dkim-outlook${when(online)}`,
        about: `A multi-tenant organisation: the company's US office runs its own Microsoft 365 tenant (${US_TENANT}.onmicrosoft.com) with the subdomain ${US_DOMAIN}; DKIM for the custom domain is not enabled yet, so Exchange signs with the tenant's default onmicrosoft.com key (unaligned). A US colleague writes to the reader in the EU tenant: out of NAM12 (${EOP_OUT_NAM.ip}), in through EOP's entry. EOP records spf=pass for ${US_DOMAIN} (include:spf.protection.outlook.com), dkim=pass for the onmicrosoft.com name, dmarc=pass (on SPF), compauth=pass reason=100. Read in Outlook on the web${online ? '' : ' offline'}. Genuine: never a warning (unverified is honest: only Microsoft 365's shared SPF vouches for the subdomain until its own DKIM is enabled); a sibling tenant's subdomain of the reader's own domain is not an intra-org spoof`,
        class: 'm365',
        args: OUTLOOK,
        eml,
        ...(online
          ? {
              zone: {
                ...readerZone('p=quarantine; sp=quarantine'),
                [US_DOMAIN]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
                [`selector1-kestrelecologyus-onmicrosoft-com._domainkey.${US_TENANT}.onmicrosoft.com`]: KEY(),
              },
            }
          : {}),
        // Online unverified: only Microsoft 365's shared SPF vouches for the subdomain (the
        // shared-SPF rule, by design: any tenant can send from those servers); honest.
        expect: NOT_WARNED,
      });
  }

  // 6b. The US tenant's own NDR to the reader: From its system mailbox at the onmicrosoft.com name
  //     (which carries the company's name), null envelope, across EOP's entry.
  {
    const system = 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e';
    const raw = await signCorpus(
      submitted({
        from: `Microsoft Outlook <${system}@${US_TENANT}.onmicrosoft.com>`,
        to: READER_TO,
        subject: 'Undeliverable: Loan of two bat detectors',
        messageId: '<4f5a6b7c-8d9e-4f0a-b1c2-d3e4f5a6b7c8@DM6PR08MB5580.namprd08.prod.outlook.com>',
        extraHeaders: ['Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr: '],
        body: `Your message to sam.ortiz@${US_DOMAIN} couldn't be delivered.\r\n\r\nsam.ortiz wasn't found at ${US_DOMAIN}.\r\n\r\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\r\n`,
      }),
      {
        domain: `${US_TENANT}.onmicrosoft.com`,
        selector: 'selector1-kestrelecologyus-onmicrosoft-com',
        headerList: SIGNED_NO_REPLY_TO,
      },
    );
    const eml = eopDelivery(raw, {
      ip: EOP_OUT_NAM.ip,
      helo: EOP_OUT_NAM.helo,
      ar: `spf=none (sender IP is ${EOP_OUT_NAM.ip})\r\n smtp.helo=${EOP_OUT_NAM.helo}; dkim=pass (signature was verified)\r\n header.d=${US_TENANT}.onmicrosoft.com;dmarc=pass action=none\r\n header.from=${US_TENANT}.onmicrosoft.com;compauth=pass reason=100`,
      spf: `None (protection.outlook.com: ${EOP_OUT_NAM.helo} does not designate\r\n permitted sender hosts)`,
      returnPath: '<>',
    });
    for (const online of ONLINE_OFFLINE)
      emitCase(write, {
        name: `rw60-second-tenant-ndr-from-onmicrosoft-system-mailbox-outlook${when(online)}`,
        about: `The reader (EU tenant) wrote to a US colleague who has left; the company's US tenant bounces it: Exchange Online's NDR From "Microsoft Outlook" <${system}@${US_TENANT}.onmicrosoft.com>, null envelope, signed with the tenant's default onmicrosoft.com key, out of NAM12 and in through the reader's EOP entry (so not "inside the organisation": the new brand-freemail exemption does not apply). EOP records spf=none (null envelope, HELO checked), dkim=pass, dmarc=pass for the onmicrosoft.com name, compauth=pass reason=100. Read in Outlook on the web${online ? '' : ' offline'}. Genuine: never spoofed; the tenant's name is the company's own, and "Microsoft Outlook" is Exchange's own name for every tenant's system mailbox (a warning is rw47's known limit)`,
        class: 'm365-ndr',
        args: OUTLOOK,
        eml,
        ...(online
          ? {
              zone: {
                ...readerZone('p=quarantine'),
                [`selector1-kestrelecologyus-onmicrosoft-com._domainkey.${US_TENANT}.onmicrosoft.com`]: KEY(),
              },
            }
          : {}),
        // Online it reads suspicious (brand-on-freemail beside DMARC pass): rw47's known limit, kept
        // by the lead; pinned here as a warning at worst, never spoofed.
        expect: HONEST_WARNING,
      });
  }
}
