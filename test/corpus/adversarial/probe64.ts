// Red-team probes, sixty-fourth round (December 2026): "same organisation" where lib/ still compares
// organisations by the PSL's ICANN section (plus lib/dns/registrable.ts REGISTRY_SUFFIXES) while
// DMARC (lib/auth/dmarc.ts, mailauth with privateSuffixes: true) and every receiver that follows
// the PSL treat the private section's platform and free zones as suffixes too.
// - lib/engine/offline.ts relaxedAligned/orgOf: offline, SPF and DKIM alignment with the From are
//   recomputed from the provider's recorded domains with registrableDomain() (ICANN), so a sibling
//   customer's pass under a private suffix (attacker.awsapps.com, a free us.kg or dynv6.net name)
//   reads "aligned" for the victim's name under the same suffix. Online, lib/auth/dmarc.ts
//   applyDmarcAlignment redoes alignment with the private section (the controls of that side).
// - lib/message/submission.ts outsiderLogin with lib/engine/login-submission.ts: the login's user
//   is compared with the From's ICANN organisation, so on a box under a free zone a neighbour's
//   account (info@kayak-club.us.kg) is a "colleague" of treasurer@harbor-rowing.us.kg.
// - REGISTRY_SUFFIXES itself (uk.com siblings), pinned online and offline: SPF relaxed alignment
//   (lib/auth/spf.ts alignedRelaxed) and offline DKIM alignment must keep rival.uk.com apart.
// Controls: a WorkMail organisation's own signed mail (offline Gmail), a free-zone club's own mail
// (online Yahoo), a colleague's genuine login on the club's box.
// Profiles: Gmail (`--webmail gmail`), Yahoo (`--webmail yahoo`), the reader's box
// (`--authserv-id mx.reader.example`, and the club's own box by its name); offline cases carry no
// zone.
// Layouts: Gmail's and Yahoo's as test/corpus/receivers.ts; rspamd's Authentication-Results as
// probe47/probe63; Postfix's "(Authenticated sender: …)" login line as probe28; Amazon WorkMail's
// awsapps.com test domain signed by SES as probe63 (Amazon's docs, "Working with domains" in the
// WorkMail guide: every organisation gets <alias>.awsapps.com); us.kg and dynv6.net (free zones in
// the PSL's private section, full DNS per name) as probe63's us.kg. Names and addresses are
// documentation ones except the providers' and zones' names, which are the point.

import { ATTACKER_IP, AUTHENTICATED, emitCase, GMAIL, KEY, NOT_TRUSTED, RECEIVER, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import {
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  type YahooEntry,
  yahooOmega,
} from '../receivers';
import { probeCorpus } from '../rounds-kit';

/** Probes HeaderLens reads wrong today (see the sixty-fourth round's report). */
// probe64-box-us-kg-neighbour-club-login-as-treasurer reads unverified ("a person logged in to
// your mail system … a server of harbor-rowing.us.kg", no finding): lib/message/submission.ts
// outsiderLogin compares loginOrg(user) with the From's organisation as lib/engine/login-submission.ts
// loginSubmission computes it (registrableDomain, ICANN section + REGISTRY_SUFFIXES), so
// info@kayak-club.us.kg and treasurer@harbor-rowing.us.kg are both "us.kg". Wanted: suspicious
// (login-outside-organisation), as a customer of another domain on the same box reads (probe28).
// Fix: in outsiderLogin compare with sameOwner() (the PSL's private section, as DMARC); keep the
// ICANN comparison for the box's own name (login-submission's `by` check), which is the reader's
// host, not a claim. Risk: a firm whose staff log in with addresses on a sibling platform name
// (team.github.io users logging in as team-docs.github.io) reads suspicious; no genuine layout
// seen where mail people log in under one private-suffix name and write under another.
// Fixed at 05:01 on 2026-12-05 (lib/message/submission.ts outsiderLogin): the login and the From are
// compared as DMARC tells organisations apart (sameOwner, the PSL's private section included), so a
// neighbour club's account under us.kg is no colleague of the treasurer: login-outside-organisation.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

const YAHOO = ['--webmail', 'yahoo'];
const BOX = ['--authserv-id', RECEIVER];
const SPOOFED_ANY = { verdict: 'spoofed' } as const;
const NOT_AUTHENTICATED = { notVerdict: ['authenticated'] };
const YAHOO_TO = 'Robin Reader <robin.reader@yahoo.com>';
const D = 'Fri, 20 Nov 2026 09:40:00 +0000';
const SES = { ip: '54.240.8.21', helo: 'a8-21.smtp-out.amazonses.com' };
const SES_ENV = '0100019c64a1b2c3-def@us-east-1.amazonses.com';

/** A sender's own name under a free zone, authenticated from `ip` with the corpus key s1. */
const ownZone = (domain: string, ip: string, policy: string | null = 'p=reject') => ({
  [domain]: { TXT: [`v=spf1 ip4:${ip} -all`] },
  [`s1._domainkey.${domain}`]: KEY(),
  ...(policy ? { [`_dmarc.${domain}`]: { TXT: [`v=DMARC1; ${policy}`] } } : {}),
});

// --- 1. Amazon WorkMail's awsapps.com: a sibling organisation signs as the victim's -------------

async function workmailCases(write: CaseWriter): Promise<void> {
  const VICTIM = 'northbank-ops.awsapps.com';
  const SIB = 'nb-ops-billing.awsapps.com';
  const cls = 'probe64-private-suffix-sibling';
  const lure = (signer: string) =>
    signAll(
      submitted({
        from: `Northbank Operations <payments@${VICTIM}>`,
        to: GMAIL_TO,
        subject: 'Remittance advice - updated beneficiary account',
        date: D,
        messageId: `<0100019c64a1b2c3-remit@email.amazonses.com>`,
        body: 'Hello,\r\n\r\nplease note our new beneficiary account for all invoices from today. Details in the portal.\r\n\r\nNorthbank Operations\r\n',
      }),
      [[signer, 's1']],
    );
  const gmail = (raw: string, signer: string, ids: [string, string]) =>
    gmailDelivery(raw, {
      relay: { helo: SES.helo, rdns: SES.helo, ip: SES.ip },
      envelope: SES_ENV,
      ids,
      spf: 'pass',
      results: [
        gmailDkim(signer, 's1'),
        `       ${gmailSpf(SES_ENV, SES.ip)}`,
        `       dmarc=none header.from=${VICTIM}`,
      ].join('\r\n'),
    });
  const forged = await lure(SIB);
  for (const online of [true, false]) {
    emitCase(write, {
      name: `probe64-gmail-awsapps-sibling-org-signs-victim-workmail-${online ? 'online' : 'offline'}`,
      about: `Gmail, ${online ? 'online' : 'offline'}. A firm runs its payments mail on an Amazon WorkMail organisation whose test domain is ${VICTIM} (no DNS of its own: awsapps.com is Amazon's zone, in the PSL's private section). The attacker opens his own WorkMail organisation ${SIB}, writes From payments@${VICTIM} and lets SES sign with his organisation's key (d=${SIB}); SES sends from ${SES.ip} with its own envelope. Gmail records dkim=pass for ${SIB}, spf=pass for amazonses.com, dmarc=none for ${VICTIM}. Under the PSL (mailauth's DMARC, Gmail's) ${SIB} and ${VICTIM} are two organisations: nothing authenticates the From. ${online ? 'Online our DKIM check aligns by the private section.' : 'Offline lib/engine/offline.ts recomputes alignment from the recorded header.d with the ICANN organisation (awsapps.com).'} Wanted: not trusted`,
      class: cls,
      args: GMAIL,
      eml: gmail(
        forged,
        SIB,
        online ? ['x64csp1101pxa', 'a64si2201qtb.1'] : ['x64csp1102pxa', 'a64si2202qtb.2'],
      ),
      ...(online ? { zone: { [`s1._domainkey.${SIB}`]: KEY() } } : {}),
      // No DMARC record can exist under Amazon's zone, so unverified (dmarc-none) is the honest
      // floor; what is pinned is that the sibling's signature never authenticates the From.
      expect: NOT_AUTHENTICATED,
    });
  }
  const own = await lure(VICTIM);
  emitCase(write, {
    name: 'probe64-gmail-awsapps-own-org-signs-control-offline',
    about: `Control: the firm's own WorkMail organisation sends the same notice, SES signing d=${VICTIM}; Gmail records dkim=pass for ${VICTIM}, spf=pass for amazonses.com, dmarc=none (no record can exist). Offline. Wanted: unverified, never spoofed (the From's own signature, but no DMARC policy can say it is the only one; a fix that aligns offline by the private section must not make it read spoofed)`,
    class: cls,
    args: GMAIL,
    eml: gmail(own, VICTIM, ['x64csp1103pxa', 'a64si2203qtb.3']),
    expect: { verdict: 'unverified' },
  });
}

// --- 2. Free zones (us.kg, dynv6.net): a neighbour registrant's pass ----------------------------

async function freeZoneCases(write: CaseWriter): Promise<void> {
  const CLUB = 'harbor-rowing.us.kg';
  const RIVAL = 'harbor-rowing-club.us.kg';
  const CLUB_IP = '203.0.113.64';
  const cls = 'probe64-private-suffix-sibling';
  const dues = (from: string, to: string, signer: string) =>
    signAll(
      submitted({
        from,
        to,
        subject: 'Membership dues 2027 - new club account',
        date: D,
        messageId: `<dues-2027.${signer}@${signer}>`,
        body: 'Dear member,\r\n\r\nthe club has moved banks. Please pay the 2027 dues to the new account below by 1 December.\r\n\r\nThe Treasurer\r\n',
      }),
      [[signer, 's1']],
    );
  const yahoo = (raw: string, ip: string, signer: string, dmarc: string, pod: string) =>
    yahooOmega(
      raw,
      {
        ip,
        helo: `mail.${signer}`,
        envelope: `bounce@${signer}`,
        spf: `pass (domain of ${signer} designates ${ip} as permitted sender)`,
        ar: `dkim=pass header.i=@${signer} header.s=s1;\r\n spf=pass smtp.mailfrom=${signer};\r\n ${dmarc} header.from=${CLUB};`,
      } satisfies YahooEntry,
      { tag: 'Probe64', pod, inner: '10.253.233.89' },
    );
  // (a) Yahoo offline: the club publishes p=reject; Yahoo recorded the fail, the sibling's pass beside it.
  const forged = await dues(`Treasurer <treasurer@${CLUB}>`, YAHOO_TO, RIVAL);
  emitCase(write, {
    name: 'probe64-yahoo-us-kg-neighbour-signs-club-dues-offline',
    about: `Yahoo Mail, offline. A rowing club lives on the free name ${CLUB} (us.kg: a free zone in the PSL's private section, full DNS per name) with SPF, DKIM s1 and p=reject. The attacker registers the neighbour name ${RIVAL} for free, authenticates it (SPF for ${ATTACKER_IP}, d=${RIVAL}) and sends From treasurer@${CLUB}: new account for the dues. Yahoo records dkim=pass and spf=pass for ${RIVAL}, dmarc=fail(p=REJECT) for ${CLUB}. Offline lib/engine/offline.ts aligns the recorded signer with the From by the ICANN organisation (us.kg for both). Wanted: spoofed (Yahoo's enforced DMARC fail)`,
    class: cls,
    args: YAHOO,
    eml: yahoo(forged, ATTACKER_IP, RIVAL, 'dmarc=fail(p=REJECT)', 'fb5f4cbd-64hr1'),
    expect: SPOOFED_ANY,
  });
  // Control: the club's own mail, online.
  const genuine = await dues(`Treasurer <treasurer@${CLUB}>`, YAHOO_TO, CLUB);
  emitCase(write, {
    name: 'probe64-yahoo-us-kg-club-own-dues-control-online',
    about: `Control: the club's real treasurer sends the dues notice from its own server ${CLUB_IP} (in its SPF), signed s1 by ${CLUB}, p=reject; Yahoo records pass. Online. Wanted: authenticated (a free zone's name is its registrant's own organisation)`,
    class: cls,
    args: YAHOO,
    eml: yahoo(genuine, CLUB_IP, CLUB, 'dmarc=pass(p=REJECT)', 'fb5f4cbd-64hr2'),
    zone: ownZone(CLUB, CLUB_IP),
    expect: AUTHENTICATED,
  });

  // (b) The reader's box, SPF only: a dynv6.net club without DMARC, a neighbour's SPF pass.
  const SAIL = 'northbay-sailing.dynv6.net';
  const SIBL = 'northbay-sailing-info.dynv6.net';
  const env = `bounce@${SIBL}`;
  const helo = `mail.${SIBL}`;
  const notice = submitted({
    from: `Northbay Sailing <secretary@${SAIL}>`,
    to: 'Robin Reader <robin@reader.example>',
    subject: 'Berth fee reminder - pay by Friday',
    date: D,
    messageId: `<berth-64.reminder@${SIBL}>`,
    body: 'Hi Robin,\r\n\r\nyour berth fee is overdue. Pay by Friday to keep your place: https://northbay-sailing-info.dynv6.net/pay\r\n',
  });
  const ar = `Authentication-Results: ${RECEIVER};\r\n\tdkim=none;\r\n\tspf=pass (${RECEIVER}: domain of ${env} designates ${ATTACKER_IP} as permitted sender) smtp.mailfrom=${env};\r\n\tdmarc=none`;
  for (const online of [true, false]) {
    emitCase(write, {
      name: `probe64-box-dynv6-neighbour-spf-pass-club-notice-${online ? 'online' : 'offline'}`,
      about: `The reader's own box (Postfix, rspamd; ${RECEIVER}), ${online ? 'online' : 'offline'}. A sailing club uses the free dynv6.net name ${SAIL} (dynv6.net is in the PSL's private section; every name a full zone) and publishes no SPF or DMARC, as small clubs do. The attacker creates ${SIBL} for free, publishes SPF for ${ATTACKER_IP}, and sends From secretary@${SAIL} with envelope ${env}, unsigned. rspamd records spf=pass for ${SIBL}, dkim=none, dmarc=none. Under the PSL the two names are two organisations, so the SPF pass is not the From's. ${online ? 'Online lib/auth/dmarc.ts applyDmarcAlignment aligns by the private section.' : 'Offline lib/engine/offline.ts relaxedAligned aligns by the ICANN organisation (dynv6.net for both).'} Wanted: not authenticated (unverified is the floor without DMARC)`,
      class: cls,
      args: BOX,
      eml: onTop(
        notice,
        `Return-Path: <${env}>`,
        ar,
        received({ helo, rdns: helo, ip: ATTACKER_IP, by: RECEIVER, id: '4R64dV1abc' }),
      ),
      ...(online ? { zone: { [SIBL]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] } } } : {}),
      // Without a DMARC record unverified (dmarc-none) is the floor; pinned: never authenticated.
      expect: NOT_AUTHENTICATED,
    });
  }
}

// --- 3. A login on a box under a free zone: a neighbour's account as a "colleague" ---------------

function loginCases(write: CaseWriter): void {
  const CLUB = 'harbor-rowing.us.kg';
  const BOXNAME = `mail.${CLUB}`;
  const args = ['--authserv-id', BOXNAME];
  const D1 = 'Fri, 20 Nov 2026 09:28:03 +0000';
  const D2 = 'Fri, 20 Nov 2026 09:28:04 +0000';
  const lmtp = `Received: from ${BOXNAME}\r\n\tby ${BOXNAME} (Dovecot) with LMTP id 8Kk64\r\n\tfor <coach@${CLUB}>; ${D2}`;
  const login = (user: string) =>
    `Received: from [198.51.100.23] (cpe-23.home.example [198.51.100.23])\r\n\t(Authenticated sender: ${user})\r\n\tby ${BOXNAME} (Postfix) with ESMTPSA id 4Q64Lg; ${D1}`;
  const mail = submitted({
    from: `Treasurer <treasurer@${CLUB}>`,
    to: `Coach <coach@${CLUB}>`,
    subject: 'Urgent: pay the regatta entry today',
    date: 'Fri, 20 Nov 2026 09:28:00 +0000',
    body: 'Can you wire the regatta entry (EUR 2,400) to the organiser today? Account below. I am on the water, reply by mail.\r\n',
  });
  const zone = {
    [CLUB]: { TXT: ['v=spf1 ip4:203.0.113.64 -all'], MX: [{ priority: 10, exchange: BOXNAME }] },
    [`_dmarc.${CLUB}`]: { TXT: ['v=DMARC1; p=reject'] },
  };
  emitCase(write, {
    name: 'probe64-box-us-kg-neighbour-club-login-as-treasurer',
    about: `The club's own Postfix box ${BOXNAME} also hosts a neighbouring club's free name kayak-club.us.kg (one volunteer runs the mail of several clubs under us.kg). The attacker phished the kayak club's mailbox password, logs in from a home line and writes From treasurer@${CLUB} to the coach; the box records "(Authenticated sender: info@kayak-club.us.kg) … with ESMTPSA". lib/message/submission.ts outsiderLogin compares the login's organisation with the From's by the ICANN section: us.kg for both, so the neighbour is a colleague and the login reads as internal mail (unverified). Under the PSL (and DMARC) they are two organisations. Wanted: not trusted (login-outside-organisation: suspicious)`,
    class: 'probe64-login-free-zone',
    args,
    eml: onTop(mail, `Return-Path: <treasurer@${CLUB}>`, lmtp, login('info@kayak-club.us.kg')),
    zone,
    expect: NOT_TRUSTED,
  });
  emitCase(write, {
    name: 'probe64-box-us-kg-colleague-login-control',
    about: `Control: the club's secretary (secretary@${CLUB}) logs in from home on ${BOXNAME} and sends as the treasurer (she handles the treasurer's mail). The box records "(Authenticated sender: secretary@${CLUB})". Wanted: unverified (a colleague's login: nothing to check, nothing wrong; the fix above must keep it)`,
    class: 'probe64-login-free-zone',
    args,
    eml: onTop(mail, `Return-Path: <treasurer@${CLUB}>`, lmtp, login(`secretary@${CLUB}`)),
    zone,
    expect: { verdict: 'unverified' },
  });
}

// --- 4. Registry zones (CentralNic's uk.com): a sibling registrant, pinned -------------------------

async function registryCases(write: CaseWriter): Promise<void> {
  const VICTIM = 'northbank.uk.com';
  const RIVAL = 'northbank-secure.uk.com';
  const cls = 'probe64-registry-sibling';
  const raw = await signAll(
    submitted({
      from: `Northbank Security <security@${VICTIM}>`,
      to: GMAIL_TO,
      subject: 'Action required: confirm your new payee',
      date: D,
      body: 'A new payee was added to your account. If this was not you, cancel it here: https://northbank-secure.uk.com/cancel\r\n',
    }),
    [[RIVAL, 's1']],
  );
  const env = `bounce@${RIVAL}`;
  for (const online of [true, false]) {
    emitCase(write, {
      name: `probe64-gmail-uk-com-sibling-registrant-signs-victim-${online ? 'online' : 'offline'}`,
      about: `Gmail, ${online ? 'online' : 'offline'}. A firm's domain is ${VICTIM} (CentralNic's uk.com, a registry zone: lib/dns/registrable.ts REGISTRY_SUFFIXES), p=quarantine. The attacker registers ${RIVAL}, authenticates it (SPF for ${ATTACKER_IP}, DKIM s1) and sends From security@${VICTIM} with envelope ${env}. Gmail records dkim=pass and spf=pass for ${RIVAL}, dmarc=fail (p=QUARANTINE) for ${VICTIM}. Pins REGISTRY_SUFFIXES in SPF relaxed alignment (lib/auth/spf.ts) and in the offline alignment (lib/engine/offline.ts). Wanted: spoofed (an enforced DMARC fail)`,
      class: cls,
      args: GMAIL,
      eml: gmailDelivery(raw, {
        relay: { helo: `mail.${RIVAL}`, rdns: `mail.${RIVAL}`, ip: ATTACKER_IP },
        envelope: env,
        ids: online ? ['x64csp1104pxa', 'a64si2204qtb.4'] : ['x64csp1105pxa', 'a64si2205qtb.5'],
        spf: 'pass',
        results: [
          gmailDkim(RIVAL, 's1'),
          `       ${gmailSpf(env, ATTACKER_IP)}`,
          `       ${gmailDmarc(VICTIM, 'QUARANTINE', 'fail')}`,
        ].join('\r\n'),
      }),
      ...(online
        ? {
            zone: {
              ...ownZone(RIVAL, ATTACKER_IP, null),
              [VICTIM]: { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
              [`_dmarc.${VICTIM}`]: { TXT: ['v=DMARC1; p=quarantine'] },
            },
          }
        : {}),
      expect: SPOOFED_ANY,
    });
  }
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await workmailCases(write);
  await freeZoneCases(write);
  loginCases(write);
  await registryCases(write);
}

export const make = (write: CaseWriter) => probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
