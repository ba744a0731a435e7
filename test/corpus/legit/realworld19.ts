// Real-world delivery shapes, nineteenth round: did the 21:3x restrictions (a9c4d35, 0a77320) and
// the 21:5x receiver rules (85a9469) break genuine mail? Each case runs with the options its
// reader would use (and some also with none), against what those commits now hold back:
// - key-gone-since-delivery (lib/findings/receiver-record.ts) stands back when the reader's
//   provider recorded DKIM results without a pass for each aligned signer (exact domain, selector
//   when given), or Exchange Online recorded a failure above its entry: archived genuine mail whose
//   provider wrote its DKIM results in shapes that do not name the signer the way the signature
//   does (Zoho's bare `dkim=pass`, a self-hosted OpenDKIM that checks only three signatures and
//   runs no DMARC, amavisd-new without selectors). Gmail's and Proton's archives (header.i on a
//   subdomain, one header per signature) read "authenticated": their recorded DMARC pass decides;
// - platform-unsigned (lib/findings/platform-unsigned.ts) counts only signatures of the From's
//   organisation, a tenant's onmicrosoft.com or GMX's: mail that leaves Exchange Online signed by a
//   third party only (a forward through Microsoft's relay pool);
// - the ARC broken-chain reading (lib/findings/arc.ts brokenChainRecorder): a colleague's list post
//   forwarded by a tenant's inbox rule, the tenant's own seal cv=fail;
// - subject tags a gateway adds in forms GATEWAY_TAG / SUBJECT_TAG (lib/findings/list.ts,
//   lib/auth/list-restore.ts) do not know, and Subjects re-encoded over several words;
// - MDaemon (its rows where old versions put them, authenticated submission), Received `for` with
//   a quoted local part;
// - `--attached` reports (lib/attached.ts) from a colleague on another mail system of the same
//   organisation, and a shared mailbox's report.
// Shapes (not contents) from public material or recalled: each case's `about` says which. Names and
// addresses are documentation ones (RFC 2606, RFC 5737, RFC 1918 for LANs) except provider hosts
// and ranges the relay classifier and the profiles need; every key is the corpus test key.
import { sealMessage } from 'mailauth/lib/arc';
import { dkimSign } from 'mailauth/lib/dkim/sign';
import type { CaseExpectation } from '../../helpers/corpus';
import { corpusKeys } from '../../helpers/corpus';
import { appendBody, appendHeaders, tagSubject } from '../edits';
import {
  AUTHENTICATED,
  emitCase,
  GMAIL,
  KEY,
  legitCorpus,
  NOT_SUSPICIOUS,
  OUTLOOK,
  ptr,
  type Relay,
  SIGNED,
  senderZone,
} from '../kit';
import { mailmanFooter, mailmanHeaders } from '../list-shapes';
import { M365_SPF_ZONE, tenantKey } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { exchangeItemMessage, exchangePlainText, onTop, submitted } from '../messages';
import {
  eopDelivery,
  eopPass,
  exchangeInternal,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  MIMECAST,
  onPremExchangeBehind,
} from '../receivers';
import { SENDGRID_OUT, sendgridZone } from '../rounds-kit';

/** Genuine mail that cannot be fully checked any more: an excuse, not a warning. */
const UNVERIFIED: CaseExpectation = { verdict: 'unverified' };

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
// Fixed at 22:2x (each now in the corpus): key-gone-since-delivery ignores DKIM results that name
// no signer (Zoho's bare dkim=pass); platform-unsigned asks for an SPF pass (its smuggling shape);
// the subject-tag words and forms *EXTERNAL*, (EXTERNAL), EXTERNAL -, External Email:, [외부메일],
// [外部邮件].
// (22:3x) and the provider's recorded pass behind key-gone-since-delivery is not a concern beside
// it, nor are the failures it explains (lib/findings/verdict.ts).
// Fixed at 13:2x on 2026-12-04: rw19-mdaemon24-colleague-esmtpsa-ipv6-home-local-delivery (a login
// submission to the reader's own box is mail from inside: lib/engine/login-submission.ts loginSubmission).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Reads "spoofed" (dmarc-fail high); should read "unverified". The reader's OpenDKIM (no
  // OpenDMARC) checked only the first three of four signatures (MaximumSignaturesToVerify=3): an
  // alias's two (key rotation) and SendGrid's; the shop's, fourth, went unrecorded, so the new check
  // stands back: exactly probe15's shape, but genuine. Nothing in the bytes tells them apart except
  // that here the unrecorded signature's key is gone (NXDOMAIN for s1 while s2 is published) and the
  // recorded ones are all of other organisations, as in the probe. Fix (narrow): when the provider
  // recorded no DMARC result and exactly the first MaximumSignaturesToVerify signatures (3) in
  // header order, the aligned one below them was unchecked, not failed: fall back to the date rule
  // only when the recorded three are all of ONE forwarder organisation plus ESPs… which probe15 can
  // also do (its three are its own). Honest answer: a documented limit, unless the engine asks the
  // reader (an option naming the receiver as OpenDKIM-with-default-limit). Risk of reverting to the
  // date rule: probe15-key-gone-opendkim-three-signatures-above-bank reads unverified again.
  'rw19-opendkim-box-archive-alias-forward-fourth-signature-unchecked',
  // --- ARC broken-chain record (lib/findings/arc.ts brokenChainRecorder), since 0a77320
  // Reads "suspicious" (forwarder-recorded-fail medium): DMARC passes on SPF alone (the tenant's SRS
  // address on the firm's own domain, Microsoft 365's shared include) and Microsoft's cv=fail set
  // records the firm's DMARC failure at arrival. Should read "unverified" (a list changed the
  // colleague's post; the firm's own tenant forwarded it). The record is true: the failure came from
  // the list's footer and envelope, which the same ARC-Authentication-Results shows (spf=pass
  // smtp.mailfrom=lists.byggforum.example, dkim=fail body hash) and which the message's List-Id
  // names. Fix (narrow): in sharedPassAgainstRecord, when the recorder's own results show SPF passing
  // for the domain of the message's List-Id / List-Post and a DKIM body-hash failure only, read the
  // failure as a list's ("forwarded list post") at low severity instead. Risk: probe15's attacker can
  // add List-Id and send from a domain it names there; so the low reading must not authenticate:
  // "unverified" at best. Until then a documented trade-off.
  'rw19-m365-inbox-rule-redirect-colleague-list-post-ms-seal-cv-fail-gmail',
  // Reads "spoofed"; should read "unverified". [Extern] is known, but the sender's Subject was two
  // encoded-words folded over two lines and list-restore.ts encodedForms rebuilds only one word.
  // Fix: also try the rest split as mailers fold (Thunderbird/Outlook: a new word before 75
  // characters of encoded line, at a character boundary, "\r\n " between), Q and B, a few
  // candidates only. Risk: none for safety (the full signature must verify); cost a few hashes.
  'rw19-gateway-tag-extern-over-subject-split-in-two-words',
  // --- MDaemon
  // Reads "spoofed" (dmarc-fail high, no origin IP); should read "authenticated" (the supplier's
  // own server is in its SPF). MDaemon 9 writes its rows at the bottom of the header block (public
  // 2006 copies), so lib/message/received.ts remoteIpRow stops at the sender's Received line below
  // MDaemon's and finds no X-MDRemoteIP: the entry has no address (unaddressed, since 563b386).
  // Fix: when MDaemon's line finds no row in its block, look for the row after the last Received
  // line, followed by MDaemon's own X-Return-Path / X-MDaemon-Deliver-To (its 9.x block at the
  // bottom), and only if exactly one such block exists. Risk: a sender can write rows at the bottom
  // too (probe16): require MDaemon's line to be the topmost and the block to be the last header
  // fields before the body, and still never take an address naming the reader's own network.
  // Realism caveat: MDaemon 9 still receiving mail in 2026 is an old install.
  'rw19-mdaemon9-rows-at-bottom-spf-only-supplier',
  // --- --attached (lib/attached.ts vouches), since 85a9469
  // Reads "spoofed" (dmarc-fail high, attached-by-outsider medium); should read "authenticated" as
  // with --recipient-domain (…-recipient-domain, in the corpus). The colleague's report
  // authenticates for forskning.havnevesen.example, but Exchange Online names the recipient nowhere
  // vouches() reads (no Delivered-To, no for), and the report's To is no longer believed (85a9469;
  // before, To security@havnevesen.example vouched). Fix: with the Outlook profile, read the
  // recipient domain from Microsoft's own ARC-Authentication-Results above EOP's entry
  // ("mx.microsoft.com 1; … smtp.rcpttodomain=havnevesen.example"), whose position no sender
  // writes. Risk: low; absent that header, --recipient-domain remains the answer (README should say
  // so for Exchange Online readers).
  'rw19-attached-report-colleague-subdomain-own-box-to-exo-security',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await archives(write);
  await platformThirdParty(write);
  await arcBrokenChain(write);
  await subjectTags(write);
  await receivers(write);
  await attachedReports(write);
}

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

/** Signs with the corpus RSA key, with an i= identity when given (mailauth's `identity`). */
async function sign(
  raw: string,
  s: { domain: string; selector: string; identity?: string; signTime?: Date; headerList?: string[] },
): Promise<string> {
  const res = await dkimSign(raw, {
    canonicalization: 'relaxed/relaxed',
    signTime: s.signTime ?? new Date('2026-11-20T10:00:00Z'),
    signatureData: [
      {
        signingDomain: s.domain,
        selector: s.selector,
        privateKey: corpusKeys().rsaPem,
        algorithm: 'rsa-sha256',
        headerList: s.headerList ?? SIGNED,
        ...(s.identity ? { identity: s.identity } : {}),
      },
    ],
  } as never);
  const sig = (res as { signatures: string }).signatures;
  if (!sig) throw new Error(`signing failed: ${JSON.stringify((res as { errors?: unknown }).errors)}`);
  return sig + raw;
}

/** One ARC set by `domain` at `signTime` (the seal's t=), with the corpus key. */
async function seal(
  raw: string,
  o: { domain: string; selector: string; cv: 'none' | 'pass' | 'fail'; authResults: string; signTime: Date },
): Promise<string> {
  const headers = await sealMessage(raw, {
    signingDomain: o.domain,
    selector: o.selector,
    privateKey: corpusKeys().rsaPem,
    cv: o.cv,
    authResults: o.authResults,
    signTime: o.signTime,
  } as never);
  if (!headers.length) throw new Error('sealing produced no headers');
  return headers.toString() + raw;
}

/** The provider's lines moved to the day the archived message was delivered (12 May 2026). */
const toMay = (raw: string) =>
  raw
    .replaceAll('Fri, 20 Nov 2026', 'Tue, 12 May 2026')
    .replaceAll('2026.11.20', '2026.05.12')
    .replaceAll('-0800 (PST)', '-0700 (PDT)');
const MAY = new Date('2026-05-12T09:00:00Z');

const SG = SENDGRID_OUT;

// ---------------------------------------------------------------------------------------------
// 1. Archived mail whose key is gone, read where the provider recorded its DKIM results
// ---------------------------------------------------------------------------------------------

async function archives(write: CaseWriter): Promise<void> {
  const FJ = 'fjellsport.example';
  // An outdoor shop's May newsletter through SendGrid: the shop's signature carries the identity
  // of its newsletter subdomain (i=@nyhet.fjellsport.example), SendGrid signs too; the bounce
  // domain is SendGrid's (SPF unaligned). The shop rotated s1 away in the autumn (s2 now).
  const fjNews = async (to: string) =>
    sign(
      await sign(
        submitted({
          from: 'Fjellsport <nyhetsbrev@fjellsport.example>',
          to,
          subject: 'Vårsalg: 30 % på telt og soveposer',
          date: 'Tue, 12 May 2026 09:00:00 +0000',
          messageId: '<kQ2vT9sXRmC4b7LdPz1NwA@geopod-ismtpd-3>',
          extraHeaders: ['List-Unsubscribe: <https://u4321.ct.sendgrid.net/lu/unsubscribe?u=7c2e>'],
          body: 'Vårsalget er i gang: 30 % på telt og soveposer til 19. mai.\r\nhttps://fjellsport.example/vaarsalg\r\n',
        }),
        { domain: FJ, selector: 's1', identity: '@nyhet.fjellsport.example', signTime: MAY },
      ),
      { domain: 'sendgrid.info', selector: 'smtpapi', signTime: MAY },
    );
  const fjEnvelope = 'bounces+2938471-ab12-robin.reader=gmail.com@em4321.sendgrid.net';
  const fjZone = {
    ...sendgridZone(SG, FJ, 'em4321.sendgrid.net', 's2'),
  };
  const fjGmail = async () =>
    toMay(
      gmailDelivery(await fjNews('robin.reader@gmail.com'), {
        relay: SG,
        envelope: fjEnvelope,
        ids: ['x19csp1203448pxa', 'a19si4471230qtb.41'],
        spf: 'pass',
        deliveredTo: true,
        results: [
          gmailDkim('nyhet.fjellsport.example', 's1'),
          gmailDkim('sendgrid.info', 'smtpapi'),
          gmailSpf(fjEnvelope, SG.ip),
          gmailDmarc(FJ),
        ].join('\r\n       '),
      }),
    );
  const fjAbout =
    'A Norwegian outdoor shop’s May 2026 newsletter through SendGrid, kept in Gmail and inspected in December 2026 (more than 180 days later): the shop’s signature (d=fjellsport.example, s=s1) carries i=@nyhet.fjellsport.example, the identity of its newsletter subdomain (RFC 6376 §3.5 lets i= name a subdomain of d=), and Gmail records it as it records every signature, by that identity: "dkim=pass header.i=@nyhet.fjellsport.example header.s=s1"; SendGrid’s own signature and SPF for its bounce domain pass unaligned; DMARC passed. The shop has since rotated s1 away (s2 published). Gmail layout as receivers.ts; SendGrid host and envelope as rw16; which platforms set i= to a subdomain is not confirmed here';
  emitCase(write, {
    name: 'rw19-gmail-archive-signer-identity-on-subdomain-gmail-profile',
    about: `${fjAbout}. Read with --webmail gmail`,
    class: 'old-mail',
    args: GMAIL,
    eml: await fjGmail(),
    zone: fjZone,
    expect: NOT_SUSPICIOUS,
  });
  emitCase(write, {
    name: 'rw19-gmail-archive-signer-identity-on-subdomain-no-options',
    about: `${fjAbout}. Read with no options (Gmail’s header is then not the provider’s record)`,
    class: 'old-mail',
    args: [],
    eml: await fjGmail(),
    zone: fjZone,
    expect: NOT_SUSPICIOUS,
  });

  // The same shop's signature made on the subdomain itself (d=em.fjellsport.example): Gmail's
  // header.i names the signer exactly. Control: the excuse stands.
  {
    const raw = await sign(
      await sign(
        submitted({
          from: 'Fjellsport Kundeservice <kundeservice@fjellsport.example>',
          to: 'robin.reader@gmail.com',
          subject: 'Ordre 55-20418 er sendt',
          date: 'Tue, 12 May 2026 09:00:00 +0000',
          messageId: '<Wm3nR8qYTc6Jd2LhKs0BvQ@geopod-ismtpd-5>',
          body: 'Ordre 55-20418 (telt, 2 liggeunderlag) er sendt med Posten.\r\n',
        }),
        { domain: 'em.fjellsport.example', selector: 's1', signTime: MAY },
      ),
      { domain: 'sendgrid.info', selector: 'smtpapi', signTime: MAY },
    );
    emitCase(write, {
      name: 'rw19-gmail-archive-subdomain-signer-recorded-exactly',
      about:
        'A shipping notice from May 2026 in Gmail, inspected in December 2026: the shop signs on its ESP subdomain (d=em.fjellsport.example, aligned under relaxed DMARC), Gmail recorded "dkim=pass header.i=@em.fjellsport.example header.s=s1" and DMARC pass; s1 has since been rotated away. The record names the signer exactly (control for the identity case; Gmail’s recorded DMARC pass decides, as there). Read with --webmail gmail',
      class: 'old-mail',
      args: GMAIL,
      eml: toMay(
        gmailDelivery(raw, {
          relay: SG,
          envelope: fjEnvelope,
          ids: ['x19csp1203512pxa', 'a19si4471377qtb.18'],
          spf: 'pass',
          results: [
            gmailDkim('em.fjellsport.example', 's1'),
            gmailDkim('sendgrid.info', 'smtpapi'),
            gmailSpf(fjEnvelope, SG.ip),
            gmailDmarc(FJ),
          ].join('\r\n       '),
        }),
      ),
      zone: {
        ...fjZone,
        [`s2._domainkey.em.${FJ}`]: KEY(),
      },
      expect: NOT_SUSPICIOUS,
    });
  }

  // Zoho Mail as the reader's provider: its Authentication-Results names no signer at all
  // ("dkim=pass" alone, realworld14's layout), and its ARC set records the same.
  {
    const MG: Relay = { helo: 'm228-12.mailgun.net', rdns: 'm228-12.mailgun.net', ip: '159.135.228.12' };
    const envelope = 'bounce+4f1a2c.9d3e-robin=reader.example@mg.atelier-lys.example';
    const raw = await sign(
      submitted({
        from: 'Atelier Lys <post@atelier-lys.example>',
        to: 'robin@reader.example',
        subject: 'Your framing order is ready for collection',
        date: 'Tue, 12 May 2026 11:00:00 +0200',
        messageId: '<20260512090000.1.4F1A2C9D3E@mg.atelier-lys.example>',
        extraHeaders: ['X-Mailgun-Sending-Ip: 159.135.228.12', 'X-Mailgun-Sid: WyI0ZjFhMiIsICJyb2JpbiJd'],
        body: 'Hello Robin,\r\n\r\nYour three frames are ready for collection at the workshop.\r\n',
      }),
      { domain: 'atelier-lys.example', selector: 'krs', signTime: MAY },
    );
    const entry = onTop(
      raw,
      `Authentication-Results: mx.zohomail.com;\r\n\tdkim=pass\r\n\tspf=pass (zohomail.com: domain of mg.atelier-lys.example designates ${MG.ip} as permitted sender)  smtp.mailfrom=${envelope};\r\n\tdmarc=pass(p=quarantine dis=none)  header.from=atelier-lys.example`,
      `Received-SPF: pass (zohomail.com: domain of mg.atelier-lys.example designates ${MG.ip} as permitted sender) client-ip=${MG.ip}; envelope-from=${envelope}; helo=${MG.helo};`,
      `Received: from ${MG.helo} (${MG.rdns} [${MG.ip}]) by mx.zohomail.com\r\n\twith SMTPS id 1778576405118204.5512093318744; Tue, 12 May 2026 02:00:05 -0700 (PDT)`,
      'X-ZohoMail-DKIM: pass (identity @atelier-lys.example)',
    );
    const sealed = await seal(entry, {
      domain: 'zohomail.com',
      selector: 'zohoarc',
      cv: 'none',
      authResults: `mx.zohomail.com; dkim=pass; spf=pass (zohomail.com: domain of mg.atelier-lys.example designates ${MG.ip} as permitted sender) smtp.mailfrom=${envelope}; dmarc=pass header.from=<post@atelier-lys.example>`,
      signTime: new Date('2026-05-12T09:00:06Z'),
    });
    const zohoEml = onTop(sealed, 'Delivered-To: robin@reader.example', `Return-Path: <${envelope}>`);
    const zohoZone = {
      ...ptr(MG.ip, MG.rdns),
      '_dmarc.atelier-lys.example': { TXT: ['v=DMARC1; p=quarantine'] },
      'atelier-lys.example': { TXT: ['v=spf1 include:zohomail.eu ~all'] },
      'k2._domainkey.atelier-lys.example': KEY(),
      'zohoarc._domainkey.zohomail.com': KEY(),
    };
    emitCase(write, {
      name: 'rw19-zoho-archive-bare-dkim-pass-mailgun-left-no-options',
      about:
        'The workshop’s May 2026 notice below, read in December 2026 with no options: Zoho’s header is then not taken as the provider’s record, and the delivery is read from its date alone (control)',
      class: 'old-mail',
      args: [],
      eml: zohoEml,
      zone: zohoZone,
      expect: UNVERIFIED,
    });
    emitCase(write, {
      name: 'rw19-zoho-archive-bare-dkim-pass-mailgun-left',
      about:
        'A framing workshop’s collection notice from May 2026, sent through Mailgun (d=atelier-lys.example s=krs, bounce domain mg.atelier-lys.example: SPF aligned then), read in December 2026 in Zoho Mail with --authserv-id mx.zohomail.com: the workshop has since left Mailgun, removed the krs key and the mg subdomain’s SPF. Zoho’s Authentication-Results records "dkim=pass" with no header.d, header.i or header.s (its layout as realworld14, quoted in the Zoho community thread "Authentication-Results header format incorrect"), SPF and DMARC pass; its ARC set (d=zohomail.com, s=zohoarc) the same. Mailgun host and envelope form recalled',
      class: 'old-mail',
      args: ['--authserv-id', 'mx.zohomail.com'],
      eml: zohoEml,
      zone: zohoZone,
      expect: UNVERIFIED,
    });
  }

  // The reader's own Postfix box with OpenDKIM and no OpenDMARC: an alumni alias forwards (SRS)
  // and signs with two selectors during its key rotation (OpenDKIM MultipleSignatures); the
  // receiving OpenDKIM checks the first three signatures (MaximumSignaturesToVerify's default).
  {
    const ALIAS: Relay = {
      helo: 'mail.alumni-nord.example',
      rdns: 'mail.alumni-nord.example',
      ip: '198.51.100.77',
    };
    const rcpt = 'robin.reader@alumni-nord.example';
    const news = await fjNews(rcpt);
    const atAlias = onTop(
      news,
      `Received: from ${SG.helo} (${SG.rdns} [${SG.ip}])\r\n\tby ${ALIAS.helo} (Postfix) with ESMTPS id 4Lq2Kw5TQmz1xYh\r\n\tfor <${rcpt}>; Tue, 12 May 2026 09:00:05 +0000 (UTC)`,
    );
    const signedByAlias = await sign(
      await sign(atAlias, { domain: 'alumni-nord.example', selector: 'mail2025', signTime: MAY }),
      { domain: 'alumni-nord.example', selector: 'mail2026', signTime: MAY },
    );
    const srs =
      'SRS0=Kq4T=MX=em4321.sendgrid.net=bounces+2938471-ab12-robin.reader=alumni-nord.example@alumni-nord.example';
    const ar = [
      'dkim=pass (2048-bit key; unprotected) header.d=alumni-nord.example header.i=@alumni-nord.example header.a=rsa-sha256 header.s=mail2026 header.b=Q29ycHVz',
      'dkim=pass (2048-bit key; unprotected) header.d=alumni-nord.example header.i=@alumni-nord.example header.a=rsa-sha256 header.s=mail2025 header.b=Q29ycHVz',
      'dkim=pass (2048-bit key; unprotected) header.d=sendgrid.info header.i=@sendgrid.info header.a=rsa-sha256 header.s=smtpapi header.b=Q29ycHVz',
    ];
    emitCase(write, {
      name: 'rw19-opendkim-box-archive-alias-forward-fourth-signature-unchecked',
      about:
        'The May 2026 newsletter of the shop above reached the reader through an alumni association’s alias (Postfix with postsrsd: SRS envelope; OpenDKIM signing with two selectors while it rotated keys, MultipleSignatures), then the reader’s own Postfix box, which runs OpenDKIM without OpenDMARC and, by OpenDKIM’s default MaximumSignaturesToVerify of 3, recorded the first three signatures only (the alias’s two and SendGrid’s). Inspected in December 2026 with --authserv-id mx.reader.example, after the shop rotated s1 away. OpenDKIM’s Authentication-Results form ("(2048-bit key; unprotected) header.d= header.i= header.a= header.s= header.b=") and its defaults from opendkim.conf(5), recalled',
      class: 'old-mail',
      args: ['--authserv-id', 'mx.reader.example'],
      eml: onTop(
        signedByAlias,
        `Return-Path: <${srs}>`,
        'Delivered-To: robin@reader.example',
        `Authentication-Results: mx.reader.example;\r\n\t${ar.join(';\r\n\t')}`,
        `Received: from ${ALIAS.helo} (${ALIAS.rdns} [${ALIAS.ip}])\r\n\tby mx.reader.example (Postfix) with ESMTPS id 4Lq2Kx0FbZz9sVd\r\n\tfor <robin@reader.example>; Tue, 12 May 2026 11:00:07 +0200 (CEST)`,
      ),
      zone: {
        ...fjZone,
        ...ptr(ALIAS.ip, ALIAS.rdns),
        'alumni-nord.example': { TXT: [`v=spf1 ip4:${ALIAS.ip} -all`] },
        '_dmarc.alumni-nord.example': { TXT: ['v=DMARC1; p=none'] },
        'mail2025._domainkey.alumni-nord.example': KEY(),
        'mail2026._domainkey.alumni-nord.example': KEY(),
      },
      expect: UNVERIFIED,
    });
  }

  // Proton Mail: one Authentication-Results per result, a DKIM header per signature (SendGrid's
  // first, as its signature sits on top), all under mail.protonmail.ch.
  {
    const raw = await sign(
      await sign(
        submitted({
          from: 'Fjellsport <nyhetsbrev@fjellsport.example>',
          to: 'robin@proton.example',
          subject: 'Vårsalget slutter i morgen',
          date: 'Tue, 12 May 2026 09:00:00 +0000',
          messageId: '<Tb6mQ4wZRc9Xe1NgLs3HyU@geopod-ismtpd-4>',
          body: 'Siste dag for vårsalget er i morgen, 13. mai.\r\n',
        }),
        { domain: FJ, selector: 's1', signTime: MAY },
      ),
      { domain: 'sendgrid.info', selector: 'smtpapi', signTime: MAY },
    );
    const envelope = fjEnvelope.replace('robin.reader=gmail.com', 'robin=proton.example');
    emitCase(write, {
      name: 'rw19-proton-archive-one-header-per-signature-esp-first',
      about:
        'The shop’s May 2026 newsletter in a Proton Mail archive, inspected in December 2026 with --authserv-id mail.protonmail.ch after s1 was rotated away: Proton writes each result in its own Authentication-Results, one DKIM header per signature (SendGrid’s first, then the shop’s), then DMARC, SPF and ARC (Proton layout as realworld.ts, from public Proton deliveries; one header per signature recalled)',
      class: 'old-mail',
      args: ['--authserv-id', 'mail.protonmail.ch'],
      eml: onTop(
        raw,
        `Return-Path: <${envelope}>`,
        'X-Original-To: robin@proton.example',
        'Delivered-To: robin@proton.example',
        'Authentication-Results: mail.protonmail.ch; dkim=pass (1024-bit key)\r\n header.d=sendgrid.info header.i=@sendgrid.info header.b="Q29ycHVz"',
        'Authentication-Results: mail.protonmail.ch; dkim=pass (2048-bit key)\r\n header.d=fjellsport.example header.i=@fjellsport.example header.b="Q29ycHVz"',
        'Authentication-Results: mail.protonmail.ch; dmarc=pass (p=reject dis=none)\r\n header.from=fjellsport.example',
        `Authentication-Results: mail.protonmail.ch; spf=pass smtp.mailfrom=${envelope}`,
        `Authentication-Results: mail.protonmail.ch; arc=none smtp.remote-ip=${SG.ip}`,
        `Received: from ${SG.helo} (${SG.rdns} [${SG.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby mailin042.protonmail.ch (Postfix) with ESMTPS id 4Lq4Tm2WbRz9vqP\r\n\tfor <robin@proton.example>; Tue, 12 May 2026 09:00:05 +0000 (UTC)`,
      ),
      zone: fjZone,
      expect: NOT_SUSPICIOUS,
    });
  }

  // amavisd-new on the reader's box: its results name no selector (header.d and header.b only).
  {
    const raw = await sign(
      await sign(
        submitted({
          from: 'Fjellsport <nyhetsbrev@fjellsport.example>',
          to: 'robin@reader.example',
          subject: 'Sommerkatalogen 2026',
          date: 'Tue, 12 May 2026 09:00:00 +0000',
          messageId: '<Hh7cV2mNRp0Ws5TyQa9KdB@geopod-ismtpd-1>',
          body: 'Sommerkatalogen 2026 er klar: https://fjellsport.example/katalog\r\n',
        }),
        { domain: FJ, selector: 's1', signTime: MAY },
      ),
      { domain: 'sendgrid.info', selector: 'smtpapi', signTime: MAY },
    );
    emitCase(write, {
      name: 'rw19-amavis-box-archive-results-without-selector',
      about:
        'The shop’s May 2026 catalogue mail in the reader’s own Postfix + amavisd-new mailbox, inspected in December 2026 with --authserv-id mx.reader.example: amavisd-new’s Authentication-Results ("mx.reader.example (amavisd-new); dkim=pass (2048-bit key) header.d=… header.b=…") name the signer but no selector and no DMARC; s1 has since been rotated away. Control: a record without header.s still names the signer. amavisd-new’s form recalled from public raw copies',
      class: 'old-mail',
      args: ['--authserv-id', 'mx.reader.example'],
      eml: onTop(
        raw,
        `Return-Path: <${fjEnvelope.replace('robin.reader=gmail.com', 'robin=reader.example')}>`,
        'Delivered-To: robin@reader.example',
        'Received: from localhost (localhost [127.0.0.1])\r\n\tby mx.reader.example (Postfix) with ESMTP id 4Lq3Vb1YxKz2Tn0\r\n\tfor <robin@reader.example>; Tue, 12 May 2026 11:00:09 +0200 (CEST)',
        'X-Virus-Scanned: Debian amavisd-new at mx.reader.example',
        'Authentication-Results: mx.reader.example (amavisd-new);\r\n\tdkim=pass (2048-bit key) header.d=fjellsport.example header.b=Q29ycHVz;\r\n\tdkim=pass (2048-bit key) header.d=sendgrid.info header.b=Q29ycHVz',
        `Received: from ${SG.helo} (${SG.rdns} [${SG.ip}])\r\n\tby mx.reader.example (Postfix) with ESMTPS id 4Lq3Vb0Fq2z2Tmw\r\n\tfor <robin@reader.example>; Tue, 12 May 2026 11:00:06 +0200 (CEST)`,
      ),
      zone: fjZone,
      expect: UNVERIFIED,
    });
  }

  // Outlook: EOP recorded a no-key failure for the shop's stale second selector beside the pass
  // for its current one (both gone now). Control: key-gone-after-entry reads EOP's pass.
  {
    const raw = await sign(
      await sign(
        submitted({
          from: 'Fjellsport Kundeservice <kundeservice@fjellsport.example>',
          to: 'Robin Reader <robin@reader.example>',
          subject: 'Kvittering for ordre 55-19977',
          date: 'Tue, 12 May 2026 10:00:00 +0000',
          messageId: '<Pn4xQ1rLTb8Vc3MdJy6EwS@geopod-ismtpd-2>',
          body: 'Takk for handelen. Kvittering for ordre 55-19977 ligger på Min side.\r\n',
        }),
        { domain: FJ, selector: 'old2024', signTime: MAY },
      ),
      { domain: FJ, selector: 's1', signTime: MAY },
    );
    emitCase(write, {
      name: 'rw19-outlook-archive-stale-second-selector-failed-at-eop',
      about:
        'A receipt from May 2026 in an Exchange Online mailbox, inspected in December 2026 with --webmail outlook: the shop’s mail system signed with its current selector s1 and, by a leftover setting, with old2024, whose key was already gone; EOP recorded "dkim=pass … header.d=fjellsport.example;dkim=fail (no key for signature) header.d=fjellsport.example" and DMARC pass. Both keys are gone now. EOP layout as m365-shapes.ts; EOP’s "no key for signature" wording recalled',
      class: 'old-mail',
      args: OUTLOOK,
      eml: toMay(
        eopDelivery(raw, {
          ...eopPass(
            SG,
            'em4321.sendgrid.net',
            'dkim=pass (signature was verified)\r\n header.d=fjellsport.example;dkim=fail (no key for signature)\r\n header.d=fjellsport.example',
            'fjellsport.example',
          ),
          returnPath: `<${fjEnvelope.replace('robin.reader=gmail.com', 'robin=reader.example')}>`,
        }),
      ),
      zone: fjZone,
      expect: UNVERIFIED,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Exchange Online relaying mail signed by a third party only
// ---------------------------------------------------------------------------------------------

async function platformThirdParty(write: CaseWriter): Promise<void> {
  // A tenant user's inbox rule forwards a club's newsletter (sent through Mailchimp without
  // domain authentication: d=mcsv.net and d=mailchimpapp.net only, envelope on mcsv.net) to their
  // Gmail. Microsoft relays forwarded mail whose sender is not a tenant domain and that passed
  // SPF or DKIM on arrival through its relay pool (40.95.0.0/16) without SRS.
  const MC: Relay = { helo: 'mail135.suw12.mcdlv.net', rdns: 'mail135.suw12.mcdlv.net', ip: '198.2.135.12' };
  const envelope = 'bounce-mc.us21_8812345.4433221-robin=tenantco.example@mail135.suw12.mcdlv.net';
  const raw = await sign(
    await sign(
      submitted({
        from: 'Sandvika Rowing Club <post@sandvika-roklubb.example>',
        to: 'robin@tenantco.example',
        subject: 'November newsletter: winter training schedule',
        date: 'Fri, 20 Nov 2026 09:59:50 +0000',
        messageId: '<a1b2c3d4e5f60718293a4b5c6@suw12.mcdlv.net>',
        extraHeaders: [
          'X-Mailer: Mailchimp Mailer - **CID4433221abcdef**',
          'List-Unsubscribe: <https://sandvika-roklubb.us21.list-manage.com/unsubscribe?u=8812345&id=4433221>',
        ],
        body: 'Winter training starts on 1 December: Tuesdays and Thursdays at 18:00 in the boathouse gym.\r\n',
      }),
      { domain: 'mcsv.net', selector: 'k2' },
    ),
    { domain: 'mailchimpapp.net', selector: 'k3' },
  );
  const atTenant = onTop(
    raw,
    `Received: from ${MC.helo} (${MC.ip}) by\r\n AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.70) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8182.14\r\n via Frontend Transport; Fri, 20 Nov 2026 09:59:54 +0000`,
  );
  const relayIp = '40.95.4.27';
  const relayHost = 'mail-relay-am4pr0401.outbound.protection.outlook.com';
  const out = onTop(
    atTenant,
    `Received: from DB9PR02MB7281.eurprd02.prod.outlook.com (2603:10a6:10:2b4::9) by\r\n AM0PR02MB5923.eurprd02.prod.outlook.com (2603:10a6:208:18b::14) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8182.18; Fri, 20 Nov 2026\r\n 09:59:56 +0000`,
  );
  const eml = gmailDelivery(out, {
    relay: { helo: relayHost, rdns: relayHost, ip: relayIp },
    envelope,
    ids: ['x19csp1288301pxa', 'a19si4490031qtb.77'],
    spf: 'softfail',
    deliveredTo: true,
    results: [
      gmailDkim('mcsv.net', 'k2'),
      gmailDkim('mailchimpapp.net', 'k3'),
      gmailSpf(envelope, relayIp, 'softfail'),
      gmailDmarc('sandvika-roklubb.example', 'NONE', 'fail'),
    ].join('\r\n       '),
  });
  const zone = {
    ...ptr(relayIp, relayHost),
    ...ptr(MC.ip, MC.rdns),
    'k2._domainkey.mcsv.net': KEY(),
    'k3._domainkey.mailchimpapp.net': KEY(),
    'mail135.suw12.mcdlv.net': { TXT: ['v=spf1 ip4:198.2.128.0/18 ~all'], A: [MC.ip] },
    '_dmarc.sandvika-roklubb.example': {
      TXT: ['v=DMARC1; p=none; rua=mailto:dmarc@sandvika-roklubb.example'],
    },
    'sandvika-roklubb.example': { TXT: ['v=spf1 include:servers.mcsv.net ~all'] },
  };
  const about =
    'A rowing club’s newsletter sent through Mailchimp without domain authentication (signed d=mcsv.net and d=mailchimpapp.net only, Mailchimp’s own envelope; the club publishes p=none) reaches a member’s Microsoft 365 mailbox, whose inbox rule forwards it to the member’s Gmail. Exchange Online relays such forwards (sender not a tenant domain, SPF passed on arrival) from its relay pool without SRS and without a signature of its own (Microsoft Learn, "Outbound delivery pools": relay pool 40.95.0.0/16, recalled; the pool hosts’ reverse names are assumed here). Gmail records softfail and DMARC fail for the club’s p=none. Mailchimp host, envelope and signing domains recalled from public raw copies';
  emitCase(write, {
    name: 'rw19-m365-relay-pool-forward-mailchimp-unauthenticated-gmail',
    about: `${about}. Read with --webmail gmail`,
    class: 'forwarded',
    args: GMAIL,
    eml,
    zone,
    expect: NOT_SUSPICIOUS,
  });
  emitCase(write, {
    name: 'rw19-m365-relay-pool-forward-mailchimp-unauthenticated-no-options',
    about: `${about}. Read with no options`,
    class: 'forwarded',
    args: [],
    eml,
    zone,
    expect: NOT_SUSPICIOUS,
  });
}

// ---------------------------------------------------------------------------------------------
// 3. A colleague's list post, forwarded by the tenant's inbox rule (Exchange Online's seal cv=fail)
// ---------------------------------------------------------------------------------------------

async function arcBrokenChain(write: CaseWriter): Promise<void> {
  // Contoso-like small firm on Microsoft 365, no custom DKIM (Microsoft signs with the tenant's
  // onmicrosoft.com key), SPF include of Microsoft 365, p=quarantine.
  const ORG = 'kvistad-arkitekter.example';
  const TENANT = 'kvistadarkitekter';
  const LIST = 'lists.byggforum.example';
  const LIST_IP = '203.0.113.120';
  const listName = 'energi';
  const title = 'Energi';
  const author = `Ingrid Kvistad <ingrid@${ORG}>`;
  let raw = submitted({
    from: author,
    to: `${listName}@${LIST}`,
    subject: 'Passive house workshop notes',
    date: 'Fri, 20 Nov 2026 09:59:30 +0000',
    messageId: `<AM9PR02MB71225F1E0C4A1B2C3D4E5F60A7B8@AM9PR02MB7122.eurprd02.prod.outlook.com>`,
    body: 'Hello all,\r\n\r\nThe notes from Tuesday’s passive house workshop are on the forum wiki.\r\n\r\nIngrid\r\n',
  });
  raw = await sign(raw, {
    domain: `${TENANT}.onmicrosoft.com`,
    selector: `selector1-${TENANT}-onmicrosoft-com`,
  });
  // The author's tenant sends it out to the list host.
  raw = onTop(
    raw,
    `Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2101.outbound.protection.outlook.com [40.107.22.101])\r\n\tby ${LIST} (Postfix) with ESMTPS id 4ZkT8c2Hq1z4wLm\r\n\tfor <${listName}@${LIST}>; Fri, 20 Nov 2026 10:59:33 +0100 (CET)`,
  );
  // Mailman 3 adds its prefix, headers and footer, and seals (i=1); the host's outbound content
  // filter then appends the association's disclaimer after the seal (the set's body hash breaks).
  const listed = appendBody(
    appendHeaders(tagSubject(raw, `[${title}] `), ...mailman3Headers(listName, LIST, title)),
    `_______________________________________________\r\n${title} mailing list -- ${listName}@${LIST}\r\nTo unsubscribe send an email to ${listName}-leave@${LIST}\r\n`,
  );
  const sealedByList = await seal(listed, {
    domain: 'byggforum.example',
    selector: 'arc2026',
    cv: 'none',
    authResults: `${LIST}; dkim=pass header.d=${TENANT}.onmicrosoft.com header.s=selector1-${TENANT}-onmicrosoft-com; spf=pass smtp.mailfrom=ingrid@${ORG}; dmarc=pass header.from=${ORG}`,
    signTime: new Date('2026-11-20T09:59:34Z'),
  });
  const disclaimed = appendBody(
    onTop(
      sealedByList,
      `Received: from mailman3.byggforum.example (mailman3.byggforum.example [10.9.0.12])\r\n\tby ${LIST} (Postfix) with ESMTP id 4ZkT8c4Ngqz4wLs; Fri, 20 Nov 2026 10:59:35 +0100 (CET)`,
    ),
    '--\r\nByggforum Norge - foreningen for bærekraftig bygg\r\n',
  );
  // The member's mailbox in the author's own tenant: EOP's entry, its ARC set (i=2, cv=fail) with
  // its record of the author's DMARC failure (footer, list envelope).
  const colleague = `jonas@${ORG}`;
  const envelope = `${listName}-bounces+${colleague.replace('@', '=')}@${LIST}`;
  const atEop = onTop(
    disclaimed,
    `Received: from ${LIST} (${LIST_IP}) by\r\n DB1PEPF000509E6.mail.protection.outlook.com (10.167.242.72) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8182.14\r\n via Frontend Transport; Fri, 20 Nov 2026 09:59:37 +0000`,
  );
  const sealedByMs = await seal(atEop, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'fail',
    authResults: `mx.microsoft.com 1; spf=pass (sender ip is ${LIST_IP}) smtp.rcpttodomain=${ORG} smtp.mailfrom=${LIST}; dmarc=fail (p=quarantine sp=quarantine pct=100) action=none header.from=${ORG}; dkim=fail (body hash did not verify) header.d=${TENANT}.onmicrosoft.com; arc=fail (48)`,
    signTime: new Date('2026-11-20T09:59:38Z'),
  });
  // Jonas's inbox rule redirects to his Gmail: SRS on the tenant's own domain, Microsoft's
  // default signature (the tenant's onmicrosoft.com key, selector2 now), out of the normal pool.
  const srs = `bounces+SRS=Qm8sT=XC=${LIST}=${envelope.slice(0, envelope.indexOf('@'))}@${ORG}`;
  const redirected = await sign(
    onTop(
      sealedByMs,
      `Received: from AM9PR02MB7122.eurprd02.prod.outlook.com (2603:10a6:20b:43e::11)\r\n by AM9PR02MB7122.eurprd02.prod.outlook.com (2603:10a6:20b:43e::11) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8182.18; Fri, 20 Nov 2026\r\n 09:59:39 +0000`,
    ),
    {
      domain: `${TENANT}.onmicrosoft.com`,
      selector: `selector2-${TENANT}-onmicrosoft-com`,
      headerList: SIGNED,
    },
  );
  const out: Relay = {
    helo: 'EUR05-DB8-obe.outbound.protection.outlook.com',
    rdns: 'mail-db8eur05on2119.outbound.protection.outlook.com',
    ip: '40.107.20.119',
  };
  const gmailTo = 'jonas.lie.private@gmail.com';
  const delivered = gmailDelivery(redirected, {
    relay: out,
    envelope: srs,
    to: gmailTo,
    ids: ['x19csp1290417pxa', 'a19si4492288qtb.63'],
    spf: 'pass',
    deliveredTo: true,
    results: [
      gmailDkim(`${TENANT}.onmicrosoft.com`, `selector2-${TENANT}-onmicrosoft-com`),
      'arc=fail (signature failed);',
      gmailSpf(srs, out.ip),
      gmailDmarc(ORG, 'QUARANTINE'),
    ].join('\r\n       '),
  });
  // RFC 8617 §5.1 step 2: a chain whose newest seal says cv=fail is not sealed again (Gmail adds no set).
  const eml = delivered;
  emitCase(write, {
    name: 'rw19-m365-inbox-rule-redirect-colleague-list-post-ms-seal-cv-fail-gmail',
    about:
      'An architect at a small firm on Microsoft 365 (no custom DKIM: Microsoft signs with the tenant’s onmicrosoft.com key; SPF include of Microsoft 365; p=quarantine) posts to a trade association’s Mailman 3 list, which adds its prefix, headers and footer and seals (i=1); the list host’s outbound filter then appends the association’s disclaimer, breaking that set. A colleague in the same firm gets the list copy: Exchange Online records the firm’s DMARC failure (footer, list envelope) and seals i=2 with cv=fail (arc=fail); his inbox rule redirects it to his Gmail, Exchange Online rewriting the envelope with SRS on the firm’s own domain and signing with the tenant key; Gmail records SPF and DMARC pass and, the newest seal saying cv=fail, adds no set of its own (RFC 8617 §5.1 step 2). Read with --webmail gmail. Microsoft’s ARC selector arcselector10001, its ARC-Authentication-Results form ("mx.microsoft.com 1; … arc=fail (48)") and SRS form ("bounces+SRS=…") recalled from public raw copies and Microsoft Learn ("Sender Rewriting Scheme (SRS) in Microsoft 365")',
    class: 'forwarded',
    args: GMAIL,
    eml,
    zone: {
      ...M365_SPF_ZONE,
      ...tenantKey(TENANT, `selector1-${TENANT}-onmicrosoft-com`),
      ...tenantKey(TENANT, `selector2-${TENANT}-onmicrosoft-com`),
      [ORG]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
      [`_dmarc.${ORG}`]: { TXT: ['v=DMARC1; p=quarantine'] },
      ...ptr(out.ip, out.rdns),
      'arc2026._domainkey.byggforum.example': KEY(),
      'arcselector10001._domainkey.microsoft.com': KEY(),
    },
    expect: NOT_SUSPICIOUS,
  });
}

/**
 * The fields Mailman 3 adds to a post (no Sender, unlike 2.1): List-* (RFC 2369/2919), Archived-At,
 * the Message-ID-Hash pair, X-MailFrom and the rule rows, as in public Mailman 3 (HyperKitty) raw
 * copies (recalled; mailman.readthedocs.io "Cooking headers").
 */
function mailman3Headers(name: string, host: string, title: string): string[] {
  return [
    'Message-ID-Hash: 7QZ3KXW2RBN5VJ4Y6T8LPEMC2DHFA9SG',
    'X-Message-ID-Hash: 7QZ3KXW2RBN5VJ4Y6T8LPEMC2DHFA9SG',
    `X-MailFrom: ingrid@kvistad-arkitekter.example`,
    'X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; header-match-energi.lists.byggforum.example-0; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header',
    'X-Mailman-Version: 3.3.9',
    'Precedence: list',
    `List-Id: ${title} <${name}.${host}>`,
    `Archived-At: <https://${host}/hyperkitty/list/${name}@${host}/message/7QZ3KXW2RBN5VJ4Y6T8LPEMC2DHFA9SG/>`,
    `List-Archive: <https://${host}/hyperkitty/list/${name}@${host}/>`,
    `List-Help: <mailto:${name}-request@${host}?subject=help>`,
    `List-Owner: <mailto:${name}-owner@${host}>`,
    `List-Post: <mailto:${name}@${host}>`,
    `List-Subscribe: <mailto:${name}-join@${host}>`,
    `List-Unsubscribe: <mailto:${name}-leave@${host}>`,
  ];
}

// ---------------------------------------------------------------------------------------------
// 4. Gateway subject tags in the wild
// ---------------------------------------------------------------------------------------------

/** A university's on-premises Exchange 2019 behind its inbound gateway (rw16's layout). */
const exchangeOnPrem = (raw: string, gw: Relay, envelope: string) =>
  onPremExchangeBehind(raw, gw, envelope, {
    ad: 'ad.uni-sor.example',
    net: '10.20',
    date: 'Fri, 20 Nov 2026 11:00:06 +0100',
  });

async function subjectTags(write: CaseWriter): Promise<void> {
  const domain = 'nordlys-forlag.example';
  const envelope = '<bounces+2938471-ab12-k.berg=uni-sor.example@em4321.sendgrid.net>';
  const zone = {
    ...sendgridZone(SG, domain, 'em4321.sendgrid.net'),
    ...ptr(MIMECAST.ip, MIMECAST.rdns),
  };
  /** The publisher's notice, signed by it and SendGrid, as its ESP sends it. */
  const notice = (subject: string, subjectField?: string) => {
    const m = submitted({
      from: 'Nordlys Forlag <redaksjon@nordlys-forlag.example>',
      to: 'k.berg@uni-sor.example',
      subject,
      date: 'Fri, 20 Nov 2026 10:59:50 +0100',
      messageId: `<${Buffer.from(subject).toString('hex').slice(0, 16)}@geopod-ismtpd-9>`,
      body: 'Korrekturen for kapittel 4 er klar i forfatterportalen. Frist 4. desember.\r\n',
    });
    return subjectField ? m.replace(/^Subject: .*$/m, `Subject: ${subjectField}`) : m;
  };
  const signedNotice = async (subject: string, subjectField?: string) =>
    sign(await sign(notice(subject, subjectField), { domain, selector: 's1' }), {
      domain: 'sendgrid.info',
      selector: 'smtpapi',
    });
  /** Through Mimecast (its tag added after its checks), then the university's Exchange. */
  const throughGateway = (signed: string) =>
    exchangeOnPrem(
      onTop(
        signed,
        'X-Mimecast-Spam-Score: 1',
        'X-MC-Unique: Rr8sU3wY0nAlM5zCd2OeIg-1',
        `Received: from ${SG.helo} (${SG.rdns} [${SG.ip}]) by relay.mimecast.com with ESMTP with STARTTLS\r\n (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\r\n eu-mta-51-Rr8sU3wY0nAlM5zCd2OeIg-1; Fri, 20 Nov 2026 10:00:03 +0000`,
      ),
      MIMECAST,
      envelope,
    );
  const subject = 'Korrektur kapittel 4 er klar';
  const tags: Array<{ name: string; tag: string; about: string }> = [
    {
      name: 'rw19-gateway-tag-asterisk-external',
      tag: '*EXTERNAL* ',
      about:
        'A gateway’s "*EXTERNAL* " (single asterisks), as some US universities’ mail-flow rules write it (recalled from public list archives, not confirmed byte for byte)',
    },
    {
      name: 'rw19-gateway-tag-parenthesised-external',
      tag: '(EXTERNAL) ',
      about: 'A gateway’s "(EXTERNAL) " in parentheses (a mail-flow rule’s prefix text; recalled)',
    },
    {
      name: 'rw19-gateway-tag-external-dash',
      tag: 'EXTERNAL - ',
      about: 'A gateway’s unbracketed "EXTERNAL - " (a mail-flow rule’s prefix text; recalled)',
    },
    {
      name: 'rw19-gateway-tag-external-email-colon',
      tag: 'External Email: ',
      about: 'A gateway’s unbracketed "External Email: " (a mail-flow rule’s prefix text; recalled)',
    },
    {
      name: 'rw19-gateway-tag-bracketed-ext',
      tag: '[EXT] ',
      about: 'Proofpoint-style "[EXT] " (control: GATEWAY_TAG knows it)',
    },
    {
      name: 'rw19-gateway-tag-bracketed-externe',
      tag: '[Externe] ',
      about: 'A French gateway’s "[Externe] " (control: GATEWAY_TAG knows it)',
    },
  ];
  for (const t of tags) {
    emitCase(write, {
      name: t.name,
      about: `A publisher’s proof notice (its aligned DKIM and SendGrid’s, SendGrid’s bounce domain: SPF unaligned, p=reject) tagged by the university’s Mimecast after its checks, then its Exchange 2019, read with no options. ${t.about}. Mimecast and Exchange layouts as rw16`,
      class: 'gateway-tag',
      args: [],
      eml: throughGateway(tagSubject(await signedNotice(subject), t.tag)),
      zone,
      expect: NOT_SUSPICIOUS,
    });
  }

  // CJK tags: the gateway writes the tag and the Subject again as one UTF-8 encoded-word.
  const cjk: Array<{ name: string; tag: string; about: string }> = [
    {
      name: 'rw19-gateway-tag-korean-external-mail-reencoded',
      tag: '[외부메일] ',
      about:
        'A Korean gateway’s "[외부메일]" ("external mail"), as Korean organisations’ filters write it (recalled)',
    },
    {
      name: 'rw19-gateway-tag-chinese-external-mail-reencoded',
      tag: '[外部邮件] ',
      about: 'A Chinese gateway’s "[外部邮件]" ("external mail"; recalled)',
    },
  ];
  for (const t of cjk) {
    const word = `=?UTF-8?B?${Buffer.from(`${t.tag}${subject}`).toString('base64')}?=`;
    const signed = await signedNotice(subject);
    emitCase(write, {
      name: t.name,
      about: `The proof notice above, tagged by the university’s gateway, which writes the tag and the whole Subject again as one UTF-8 encoded-word (B); read with no options. ${t.about}`,
      class: 'gateway-tag',
      args: [],
      eml: throughGateway(signed.replace(`Subject: ${subject}`, `Subject: ${word}`)),
      zone,
      expect: NOT_SUSPICIOUS,
    });
  }

  // A long non-ASCII Subject that the author's mailer split over two encoded-words (Thunderbird
  // folds at 75 characters); the gateway decodes it, adds [Extern] and writes one word again.
  {
    const long = 'Korrektur for kapittel 4 og 5 – merknader fra fagfellevurderingen må være inne før fristen';
    const words = [
      `=?UTF-8?Q?${qEncode('Korrektur for kapittel 4 og 5 – merknader fra ')}?=`,
      `=?UTF-8?Q?${qEncode('fagfellevurderingen må være inne før fristen')}?=`,
    ];
    const signed = await signedNotice(long, words.join('\r\n '));
    const rewritten = `=?UTF-8?B?${Buffer.from(`[Extern] ${long}`).toString('base64')}?=`;
    emitCase(write, {
      name: 'rw19-gateway-tag-extern-over-subject-split-in-two-words',
      about:
        'The proof notice with a long Norwegian Subject that the sender’s mailer wrote as two UTF-8 Q encoded-words on two lines (Thunderbird’s folding, recalled); the university’s gateway decoded it, added "[Extern] " and wrote the whole Subject again as one B word; read with no options. lib/auth/list-restore.ts rebuilds only one word',
      class: 'gateway-tag',
      args: [],
      eml: throughGateway(signed.replace(/^Subject: [^\r\n]*\r\n [^\r\n]*/m, `Subject: ${rewritten}`)),
      zone,
      expect: NOT_SUSPICIOUS,
    });
  }

  // A Mailman 2.1 list that re-encodes the author's Q Subject with its prefix, lower-case charset
  // and q (Python's email.header), the author's word upper-case hex as mailers write it.
  {
    const LIST = 'lister.forfatterforeningen.example';
    const original = 'Høstmøtet flyttes til 3. desember';
    const authored = `=?UTF-8?Q?${qEncode(original)}?=`;
    const signed = await signedNotice(original, authored);
    const listWord = `=?utf-8?q?=5Bforfattere=5D_${qEncode(original, true)}?=`;
    const listed = appendBody(
      appendHeaders(
        signed.replace(`Subject: ${authored}`, `Subject: ${listWord}`),
        ...mailmanHeaders('forfattere', LIST, 'Forfattere'),
      ),
      mailmanFooter('forfattere', LIST, 'Forfattere'),
    );
    const LIST_RELAY: Relay = { helo: LIST, rdns: LIST, ip: '203.0.113.141' };
    emitCase(write, {
      name: 'rw19-mailman-reencoded-q-subject-lowercase-hex-prefix',
      about:
        'A publisher’s announcement (aligned DKIM, p=reject) to an authors’ Mailman 2.1 list, which adds its "[forfattere]" prefix by re-encoding the author’s UTF-8 Q Subject as one lower-case "=?utf-8?q?…?=" word with lower-case hex, its headers and footer; then the university’s Exchange (no gateway), read with no options. Mailman 2.1 re-encoding recalled (Python email.header); the lower-case hex is the list’s, the author’s word upper-case',
      class: 'list',
      args: [],
      eml: exchangeOnPrem(
        onTop(
          listed,
          `Received: from ${SG.helo} (${SG.rdns} [${SG.ip}])\r\n\tby ${LIST} (Postfix) with ESMTPS id 4ZkW1m3Rz5z7qKp\r\n\tfor <forfattere@${LIST}>; Fri, 20 Nov 2026 10:59:55 +0100 (CET)`,
        ),
        LIST_RELAY,
        `<forfattere-bounces@${LIST}>`,
      ),
      zone: {
        ...zone,
        ...ptr(LIST_RELAY.ip, LIST_RELAY.rdns),
        [LIST]: { TXT: [`v=spf1 ip4:${LIST_RELAY.ip} -all`], A: [LIST_RELAY.ip] },
      },
      expect: NOT_SUSPICIOUS,
    });
  }
}

/** RFC 2047 Q encoding of UTF-8 text (upper-case hex unless `lower`). */
function qEncode(text: string, lower = false): string {
  let q = '';
  for (const b of new TextEncoder().encode(text)) {
    if (b === 0x20) q += '_';
    else if (b > 0x20 && b < 0x7f && b !== 0x3d && b !== 0x3f && b !== 0x5f) q += String.fromCharCode(b);
    else {
      const hex = b.toString(16).padStart(2, '0');
      q += `=${lower ? hex : hex.toUpperCase()}`;
    }
  }
  return q;
}

// ---------------------------------------------------------------------------------------------
// 5. MDaemon, Received `for` with a quoted local part
// ---------------------------------------------------------------------------------------------

async function receivers(write: CaseWriter): Promise<void> {
  const MX = 'mail.regnskap-berg.example';
  // 5a. MDaemon 9 wrote its rows at the bottom of the header block (public MDaemon 9 copies from
  //     2006: X-Spam-Processed, X-MDRemoteIP, X-Return-Path, X-MDaemon-Deliver-To after the
  //     sender's own fields), an install never upgraded; the supplier's mail is SPF-only.
  {
    const ip = '203.0.113.61';
    const envelope = 'faktura@kontorrekvisita.example';
    const date = 'Fri, 20 Nov 2026 10:00:05 +0100';
    const raw = onTop(
      appendHeaders(
        submitted({
          from: 'Kontorrekvisita AS <faktura@kontorrekvisita.example>',
          to: `post@regnskap-berg.example`,
          subject: 'Faktura 2026-4471',
          date: 'Fri, 20 Nov 2026 10:00:01 +0100',
          messageId: '<20261120090001.7A1C2E0419@mail.kontorrekvisita.example>',
          body: 'Vedlagt faktura 2026-4471 for november. Forfall 30 dager.\r\n',
        }),
        `X-Spam-Processed: ${MX}, ${date}\r\n\t(not processed: spam filter heuristic analysis disabled)`,
        `X-MDRemoteIP: ${ip}`,
        `X-Return-Path: ${envelope}`,
        'X-MDaemon-Deliver-To: post@regnskap-berg.example',
      ),
      `Received: from mail.kontorrekvisita.example by ${MX} (MDaemon PRO v9.6.6)\r\n\twith ESMTP id md50000412233.msg\r\n\tfor <post@regnskap-berg.example>; ${date}`,
      `Received: from erp.kontorrekvisita.example (erp.kontorrekvisita.example [10.2.0.15])\r\n\tby mail.kontorrekvisita.example (Postfix) with ESMTP id 7A1C2E0419\r\n\tfor <post@regnskap-berg.example>; Fri, 20 Nov 2026 10:00:02 +0100 (CET)`,
    );
    emitCase(write, {
      name: 'rw19-mdaemon9-rows-at-bottom-spf-only-supplier',
      about:
        'An accounting office still on MDaemon PRO 9.6, which writes its HELO-only Received line on top and its own rows (X-Spam-Processed, X-MDRemoteIP, X-Return-Path, X-MDaemon-Deliver-To) at the bottom of the header block, below the sender’s own Received line and fields, as public MDaemon 9 copies from 2006 show (linux-kernel archive, mail1.webmaster.com); an SPF-only supplier invoice (p=reject). Read with --authserv-id of the box (MDaemon writes no Authentication-Results here)',
      class: 'receiver-layout',
      args: ['--authserv-id', MX],
      eml: onTop(raw, `Return-Path: <${envelope}>`),
      zone: {
        ...ptr(ip, 'mail.kontorrekvisita.example'),
        'kontorrekvisita.example': { TXT: [`v=spf1 ip4:${ip} -all`] },
        '_dmarc.kontorrekvisita.example': { TXT: ['v=DMARC1; p=reject'] },
      },
      expect: NOT_SUSPICIOUS,
    });
  }

  // 5b. A colleague submits from home over IPv6 with SMTP AUTH to the firm's MDaemon 24, which
  //     delivers to the reader's mailbox on the same box (auristor.com's 2024 layout).
  {
    const v6 = '2001:db8:73c:bb00:15fd:52c:fc39:4205';
    const date = 'Fri, 20 Nov 2026 09:28:03 -0500';
    const raw = onTop(
      submitted({
        from: 'Kari Berg <kari@regnskap-berg.example>',
        to: 'Robin Reader <robin@regnskap-berg.example>',
        subject: 'Årsoppgjør Haugen AS – utkast',
        date: 'Fri, 20 Nov 2026 09:28:02 -0500',
        messageId: '<4afd6e76-6542-4452-bc92-7798f64c9911@regnskap-berg.example>',
        extraHeaders: ['User-Agent: Mozilla Thunderbird'],
        body: 'Hei Robin,\r\n\r\nutkastet til årsoppgjøret for Haugen AS ligger på fellesområdet.\r\n\r\nKari\r\n',
      }),
      `Received: from [IPV6:${v6}] by ${MX} (IPv6:2001:db8:470:1f07::25) (MDaemon PRO v24.0.0) \r\n\twith ESMTPSA id md5001003957181.msg; ${date}`,
      `X-Spam-Processed: ${MX}, ${date}\r\n\t(not processed: message from trusted or authenticated source)`,
      `X-MDRemoteIP: ${v6}`,
      `X-MDHelo: [IPV6:${v6}]`,
      `X-MDArrival-Date: ${date}`,
      'X-MDOrigin-Country: NO, EU',
      'X-Authenticated-Sender: kari@regnskap-berg.example',
      'X-Return-Path: prvs=18808d123f=kari@regnskap-berg.example',
      'X-Envelope-From: kari@regnskap-berg.example',
      'X-MDaemon-Deliver-To: robin@regnskap-berg.example',
    );
    emitCase(write, {
      name: 'rw19-mdaemon24-colleague-esmtpsa-ipv6-home-local-delivery',
      about:
        'A colleague working from home submits with SMTP AUTH over IPv6 to the firm’s MDaemon PRO 24 (literal HELO, "with ESMTPSA", X-Authenticated-Sender), which delivers to the reader’s mailbox on the same box: mail written inside the reader’s own organisation, unsigned (the firm signs outbound only; p=quarantine, SPF its own server). Layout from a public MDaemon PRO v24.0.0 copy (auristor.com, linux-fsdevel archive, May 2024), names and addresses replaced; read with no options',
      class: 'receiver-layout',
      args: [],
      eml: onTop(raw, 'Return-Path: <kari@regnskap-berg.example>'),
      zone: {
        'regnskap-berg.example': { TXT: ['v=spf1 ip4:203.0.113.70 -all'] },
        '_dmarc.regnskap-berg.example': { TXT: ['v=DMARC1; p=quarantine'] },
      },
      expect: NOT_SUSPICIOUS,
    });
  }

  // 5c. Postfix records a quoted RCPT TO as it came: a recipient whose local part has a blank.
  {
    const relay: Relay = {
      helo: 'mail.tannlege-vik.example',
      rdns: 'mail.tannlege-vik.example',
      ip: '203.0.113.88',
    };
    const rcpt = '"robin reader"@reader.example';
    const raw = await sign(
      submitted({
        from: 'Tannlege Vik <time@tannlege-vik.example>',
        to: `Robin Reader <${rcpt}>`,
        subject: 'Påminnelse om time 26. november',
        date: 'Fri, 20 Nov 2026 10:00:00 +0100',
        messageId: '<20261120090000.5C2A1E3F77@mail.tannlege-vik.example>',
        body: 'Du har time hos tannlege Vik torsdag 26. november kl. 09:30.\r\n',
      }),
      { domain: 'tannlege-vik.example', selector: 'mail' },
    );
    emitCase(write, {
      name: 'rw19-postfix-for-quoted-local-part-with-blank',
      about:
        'A dentist’s reminder (own server, aligned DKIM and SPF, p=reject) to a mailbox whose address has a quoted local part with a blank; the reader’s Postfix writes "for <\\"robin reader\\"@reader.example>" as the RCPT TO came (RFC 5321 quoted-string local part). Read with --authserv-id mx.reader.example',
      class: 'receiver-layout',
      args: ['--authserv-id', 'mx.reader.example'],
      eml: onTop(
        raw,
        `Return-Path: <time@tannlege-vik.example>`,
        `Delivered-To: ${rcpt}`,
        `Received: from ${relay.helo} (${relay.rdns} [${relay.ip}])\r\n\tby mx.reader.example (Postfix) with ESMTPS id 4ZkX3p1Qw8z9sRt\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 10:00:05 +0100 (CET)`,
      ),
      zone: senderZone(
        relay,
        [['tannlege-vik.example', 'mail']],
        { 'tannlege-vik.example': 'v=DMARC1; p=reject' },
        { 'tannlege-vik.example': `v=spf1 ip4:${relay.ip} -all` },
      ),
      expect: AUTHENTICATED,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 6. --attached reports from colleagues
// ---------------------------------------------------------------------------------------------

async function attachedReports(write: CaseWriter): Promise<void> {
  const ORG = 'havnevesen.example';
  const SUB = `forskning.${ORG}`;
  // The original: a supplier's SPF-only invoice notice that the colleague's own mail system
  // received. The colleague is at the research department, whose mail runs on its own Postfix box
  // (mx.forskning.havnevesen.example); security@ is on the organisation's Exchange Online.
  const supplier: Relay = {
    helo: 'mail.kranservice.example',
    rdns: 'mail.kranservice.example',
    ip: '198.51.100.91',
  };
  const colleague = `Eva Nilsen <eva.nilsen@${SUB}>`;
  const original = onTop(
    submitted({
      from: 'Kranservice AS <faktura@kranservice.example>',
      to: colleague,
      subject: 'Faktura 11-2026 service kran 3',
      date: 'Fri, 20 Nov 2026 09:10:00 +0100',
      messageId: '<20261120081000.1B2C3D4E5F@mail.kranservice.example>',
      body: 'Vedlagt faktura for service på kran 3. Betales til konto 1234.56.78901.\r\n',
    }),
    'Return-Path: <faktura@kranservice.example>',
    `Delivered-To: eva.nilsen@${SUB}`,
    `Received: from ${supplier.helo} (${supplier.rdns} [${supplier.ip}])\r\n\tby mx.${SUB} (Postfix) with ESMTPS id 4ZkY0c2Lb1z3vQn\r\n\tfor <eva.nilsen@${SUB}>; Fri, 20 Nov 2026 09:10:04 +0100 (CET)`,
    `Authentication-Results: mx.${SUB};\r\n\tspf=pass (mailfrom) smtp.mailfrom=kranservice.example (client-ip=${supplier.ip}; helo=${supplier.helo}; envelope-from=faktura@kranservice.example)`,
  );
  // Thunderbird's "Forward As Attachment", submitted through the department's box, signed there
  // with the department's subdomain key.
  const boundary = '------------0aB1cD2eF3gH4iJ5kL6mN7oP';
  const report = await sign(
    [
      `Message-ID: <8f2b6c1e-3a4d-4e5f-9a0b-1c2d3e4f5a6b@${SUB}>`,
      'Date: Fri, 20 Nov 2026 09:31:12 +0100',
      'MIME-Version: 1.0',
      'User-Agent: Mozilla Thunderbird',
      'Content-Language: nb-NO',
      `To: IT-sikkerhet <security@${ORG}>`,
      `From: ${colleague}`,
      'Subject: Fwd: Faktura 11-2026 service kran 3',
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      '',
      'This is a multi-part message in MIME format.',
      `--${boundary}`,
      'Content-Type: text/plain; charset=UTF-8; format=flowed',
      'Content-Transfer-Encoding: 7bit',
      '',
      'Hei, vi har aldri brukt Kranservice. Er denne ekte?',
      '',
      'Eva',
      '',
      `--${boundary}`,
      'Content-Type: message/rfc822; name="Faktura 11-2026 service kran 3.eml"',
      'Content-Disposition: attachment; filename="Faktura 11-2026 service kran 3.eml"',
      '',
      original,
      '',
      `--${boundary}--`,
      '',
    ].join('\r\n'),
    { domain: SUB, selector: 'mx2026' },
  );
  const boxOut: Relay = { helo: `mx.${SUB}`, rdns: `mx.${SUB}`, ip: '203.0.113.150' };
  const submittedReport = onTop(
    report,
    `Received: from [10.44.3.27] (ws-eva.${SUB} [10.44.3.27])\r\n\t(Authenticated sender: eva.nilsen)\r\n\tby mx.${SUB} (Postfix) with ESMTPSA id 4ZkY1d0Hn4z3vQs\r\n\tfor <security@${ORG}>; Fri, 20 Nov 2026 09:31:13 +0100 (CET)`,
  );
  const atEop = eopDelivery(submittedReport, {
    ...eopPass(boxOut, SUB, `dkim=pass (signature was verified)\r\n header.d=${SUB}`),
    returnPath: `<eva.nilsen@${SUB}>`,
  });
  // Exchange Online seals what it receives (i=1, d=microsoft.com): its ARC-Authentication-Results
  // names the recipient's domain (smtp.rcpttodomain), as in public Microsoft 365 deliveries.
  const delivered = await seal(atEop, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'none',
    authResults: `mx.microsoft.com 1; spf=pass (sender ip is ${boxOut.ip}) smtp.rcpttodomain=${ORG} smtp.mailfrom=${SUB}; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=${SUB}; dkim=pass (signature was verified) header.d=${SUB}; arc=none`,
    signTime: new Date('2026-11-20T08:31:14Z'),
  });
  const zone = {
    ...ptr(supplier.ip, supplier.rdns),
    ...ptr(boxOut.ip, boxOut.rdns),
    'kranservice.example': { TXT: [`v=spf1 ip4:${supplier.ip} -all`] },
    '_dmarc.kranservice.example': { TXT: ['v=DMARC1; p=quarantine'] },
    [SUB]: { TXT: [`v=spf1 ip4:${boxOut.ip} -all`] },
    [`mx2026._domainkey.${SUB}`]: KEY(),
    [ORG]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
    [`_dmarc.${ORG}`]: { TXT: ['v=DMARC1; p=reject'] },
    'arcselector10001._domainkey.microsoft.com': KEY(),
    ...M365_SPF_ZONE,
  };
  const about =
    'A port authority’s research department runs its own Postfix box on a subdomain (forskning.havnevesen.example, own SPF and DKIM); a researcher forwards a supplier’s SPF-only invoice "as attachment" from Thunderbird to security@havnevesen.example, which is on the organisation’s Exchange Online: the report arrives through EOP from outside the tenant, authenticated for the subdomain. Exchange Online’s delivery names the recipient nowhere the engine reads (no Delivered-To, no "for"); only Microsoft’s own ARC-Authentication-Results (i=1, d=microsoft.com) says smtp.rcpttodomain=havnevesen.example. Thunderbird MIME and Postfix ESMTPSA lines recalled; EOP layout as m365-shapes.ts';
  emitCase(write, {
    name: 'rw19-attached-report-colleague-subdomain-own-box-to-exo-security',
    about: `${about}. Read with --webmail outlook --attached`,
    class: 'attached-report',
    args: ['--webmail', 'outlook', '--attached'],
    eml: delivered,
    zone,
    expect: NOT_SUSPICIOUS,
  });
  emitCase(write, {
    name: 'rw19-attached-report-colleague-subdomain-own-box-recipient-domain',
    about: `${about}. Read with --webmail outlook --attached --recipient-domain havnevesen.example (control)`,
    class: 'attached-report',
    args: ['--webmail', 'outlook', '--attached', '--recipient-domain', ORG],
    eml: delivered,
    zone,
    expect: { verdict: 'authenticated', absentFindings: ['attached-by-outsider'] },
  });

  // A shared mailbox's report: the service desk forwards (Send As the shared mailbox) inside the
  // tenant to security@, over MAPI and HTTPS only, the Exchange-internal layout of attached.ts.
  {
    const inner = eopDelivery(
      submitted({
        from: 'Kranservice AS <faktura@kranservice.example>',
        to: `Servicedesk <servicedesk@${ORG}>`,
        subject: 'Faktura 11-2026 service kran 3',
        date: 'Fri, 20 Nov 2026 09:10:00 +0100',
        messageId: '<20261120081000.1B2C3D4E60@mail.kranservice.example>',
        body: 'Vedlagt faktura for service på kran 3. Betales til konto 1234.56.78901.\r\n',
      }),
      {
        ...eopPass(supplier, 'kranservice.example'),
        returnPath: '<faktura@kranservice.example>',
      },
    );
    const mbx = 'AM9PR02MB7311';
    const date = 'Fri, 20 Nov 2026 09:44:30 +0000';
    const mixed = `_002_${mbx}5A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5Deurp_`;
    const reportMsg = exchangeItemMessage({
      from: `Servicedesk <servicedesk@${ORG}>`,
      to: `IT-sikkerhet <security@${ORG}>`,
      subject: 'VS: Faktura 11-2026 service kran 3',
      threadTopic: 'VS: Faktura 11-2026 service kran 3',
      threadIndex: 'AQHbW7c9x1Vf0m9T0KpX3hPz0s8cDw==',
      date,
      messageId: `${mbx}5A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D@${mbx}.eurprd02.prod.outlook.com`,
      language: 'nb-NO',
      mixed,
      first: exchangePlainText('Denne kom inn til servicedesk-postkassen. Vi kjenner ikke leverandoren.'),
      disposition:
        'attachment;\r\n\tcreation-date="Fri, 20 Nov 2026 09:44:29 GMT";\r\n\tmodification-date="Fri, 20 Nov 2026 09:44:29 GMT"',
      item: inner,
    });
    const internal = exchangeInternal(reportMsg, {
      mailbox: `${mbx}.eurprd02.prod.outlook.com`,
      mailboxIp: '2603:10a6:20b:4a1::8',
      linkLocal: 'fe80::4c1d:2e3f:9a0b:7c6d%5',
      server: 'AM9PR02MB7122.eurprd02.prod.outlook.com',
      date,
      fromDomain: ORG,
      tenant: '7c3d2e1f-0a9b-4c8d-b7e6-f5a4b3c2d1e0',
      returnPath: `servicedesk@${ORG}`,
    });
    emitCase(write, {
      name: 'rw19-attached-report-shared-mailbox-send-as-inside-tenant',
      about:
        'A service desk’s shared mailbox in Exchange Online receives a supplier’s SPF-only invoice; an agent forwards it "as attachment" to security@ of the same tenant, sending as the shared mailbox (From the shared mailbox, submitted over MAPI on its mailbox server, delivered over HTTPS): Exchange-internal, so it vouches for the original. Layout as legit/attached.ts’s Exchange-internal report (Microsoft Support, "Send email from another person or group"); read with --webmail outlook --attached',
      class: 'attached-report',
      args: ['--webmail', 'outlook', '--attached'],
      eml: internal,
      zone,
      expect: { verdict: 'authenticated', absentFindings: ['attached-by-outsider'] },
    });
  }
}
