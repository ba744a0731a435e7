// Real-world delivery shapes, twentieth round: did the 22:2x commit (7905b74) break genuine mail?
// - `--attached` (lib/attached.ts vouches): a report written on the reader's own box now vouches
//   only when submitted with a login (ESMTPSA) or inside Exchange Online; and a list's re-send never
//   vouches. Genuine reports written on the box without SASL (Roundcube over localhost:25 or PHP
//   mail(), SOGo without SMTP AUTH), an on-premises Exchange colleague's report over MAPI, and a
//   security mailbox that is a Google Group;
// - received.ts: a `(HELO …)` comment is never the client's address (qmail, CommuniGate Pro);
// - subject tags (lib/auth/list-restore.ts SUBJECT_TAG, lib/findings/list.ts GATEWAY_TAG): more
//   gateway forms seen in public list archives and mail-flow rule guides.
// Shapes from public material or recalled: each case's `about` says which. Names and addresses are
// documentation ones (RFC 2606, RFC 5737, RFC 1918 for LANs) except provider hosts the relay
// classifier needs; every key is the corpus test key.
import { emitCase, KEY, legitCorpus, NOT_SUSPICIOUS, ptr, type Relay, signAll, VOUCHED } from '../kit';
import type { CaseWriter } from '../make';
import { exchangeItemMessage, exchangePlainText, onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  eopPass,
  exchangeInternal,
  MIMECAST,
  mimecastEntry,
  onPremExchangeBehind,
} from '../receivers';
import {
  boxOrgZone,
  emitGatewayTags,
  type GatewayTag,
  SENDGRID_OUT,
  sendgridSigners,
  sendgridZone,
} from '../rounds-kit';

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
// Fixed at 22:5x (each now in the corpus): vouches() (lib/attached.ts) takes a report written on
// the box when a person wrote it (a login, Outlook's `with mapi`, or the box's own webmail's mark:
// Roundcube, SOGo…), then falls through to the reader's --recipient-domain; the organisation's own
// list passing on a colleague's mail unchanged vouches (a list that rewrote From never does); the
// tag forms **EXTERNAL**, (External Sender), {EXTERNAL}.
// Fixed at 11:1x on 2026-12-04 (in the corpus): two unbracketed tags undone together, CAUTION:
// EXTERNAL EMAIL:, are a gateway's words when both are (lib/auth/subject-tag.ts gatewayTags).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await boxReports(write);
  await exchangeOnPremReports(write);
  await googleGroupReport(write);
  await exchangeOnlineReports(write);
  await heloComments(write);
  await subjectTags(write);
}

// ---------------------------------------------------------------------------------------------
// 1. Reports written on the reader's own Postfix/Dovecot box without SASL
// ---------------------------------------------------------------------------------------------

const FL = 'fjordlab.example';
const BOX = `mail.${FL}`;
const BOX_IP = '203.0.113.20';
const BOX_ARGS = ['--authserv-id', BOX, '--attached'];
const SUPPLIER: Relay = {
  helo: 'smtp.kontorrekvisita.example',
  rdns: 'smtp.kontorrekvisita.example',
  ip: '198.51.100.44',
};
const BOX_ZONE = boxOrgZone(FL, BOX_IP, SUPPLIER, 'kontorrekvisita.example');

/** Dovecot LMTP's line on the box (receivers.ts dovecotLmtp). */
const lmtp = (envelope: string, rcpt: string, id: string, date: string) =>
  dovecotLmtp(BOX, envelope, rcpt, id, date);

/** The supplier's SPF-only invoice as the box received it (rspamd's results, Postfix, LMTP). */
function boxOriginal(rcpt: string): string {
  const date = 'Mon, 23 Nov 2026 08:14:06 +0100 (CET)';
  return onTop(
    submitted({
      from: 'Kontorrekvisita AS <faktura@kontorrekvisita.example>',
      to: rcpt,
      subject: 'Faktura 2026-4471 - forfall 07.12.2026',
      date: 'Mon, 23 Nov 2026 08:14:01 +0100',
      messageId: '<20261123071401.6C1D2E3F40@smtp.kontorrekvisita.example>',
      body: 'Hei,\r\n\r\nVedlagt faktura 2026-4471. Merk nytt kontonummer: 1506.22.33445.\r\n\r\nMvh\r\nKontorrekvisita AS\r\n',
    }),
    `Return-Path: <faktura@kontorrekvisita.example>`,
    `Delivered-To: ${rcpt}`,
    lmtp('faktura@kontorrekvisita.example', rcpt, 'oK4dG2as3GfXUgAAy7Pqlw', date),
    `Authentication-Results: ${BOX};\r\n\tdkim=none;\r\n\tspf=pass (${BOX}: domain of faktura@kontorrekvisita.example designates ${SUPPLIER.ip} as permitted sender) smtp.mailfrom=faktura@kontorrekvisita.example;\r\n\tdmarc=pass (policy=none) header.from=kontorrekvisita.example`,
    `Received: from ${SUPPLIER.helo} (${SUPPLIER.rdns} [${SUPPLIER.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4ZnB2k1Qd7z1xRf\r\n\tfor <${rcpt}>; ${date}`,
  );
}

/** Roundcube's forward-as-attachment (its =_ boundary, User-Agent, .eml part with size=). */
function roundcubeReport(o: { from: string; to: string; original: string; date: string }): string {
  const b = '=_5f0c2a9d1e7b3c8a4f6e2d1b0a9c8d7e';
  return [
    'MIME-Version: 1.0',
    `Date: ${o.date}`,
    `From: ${o.from}`,
    `To: ${o.to}`,
    'Subject: Fwd: Faktura 2026-4471 - forfall 07.12.2026',
    `Message-ID: <9c3e1f0a2b4d6e8f1a3c5e7b9d0f2a4c@${FL}>`,
    'X-Sender: ingrid.dahl@fjordlab.example',
    'User-Agent: Roundcube Webmail/1.6.9',
    `Content-Type: multipart/mixed;\r\n boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Transfer-Encoding: 7bit',
    'Content-Type: text/plain; charset=US-ASCII;\r\n format=flowed',
    '',
    'Nytt kontonummer? Kan noen sjekke denne for vi betaler.',
    '',
    'Ingrid',
    '',
    `--${b}`,
    'Content-Transfer-Encoding: 8bit',
    'Content-Type: message/rfc822;\r\n name="Faktura 2026-4471 - forfall 07.12.2026.eml"',
    'Content-Disposition: attachment;\r\n filename="Faktura 2026-4471 - forfall 07.12.2026.eml";\r\n size=1431',
    '',
    o.original,
    `--${b}--`,
    '',
  ].join('\r\n');
}

async function boxReports(write: CaseWriter): Promise<void> {
  const ingrid = 'ingrid.dahl@fjordlab.example';
  const security = `sikkerhet@${FL}`;
  const date = 'Mon, 23 Nov 2026 09:02:11 +0100';
  const lineDate = 'Mon, 23 Nov 2026 09:02:11 +0100 (CET)';
  const report = await signAll(
    roundcubeReport({ from: `Ingrid Dahl <${ingrid}>`, to: security, original: boxOriginal(ingrid), date }),
    [[FL, 'dkim']],
  );
  const delivered = (submission: string, id: string) =>
    onTop(
      report,
      `Return-Path: <${ingrid}>`,
      `Delivered-To: ${security}`,
      lmtp(ingrid, security, id, lineDate),
      submission,
    );

  // Roundcube 1.4/1.5 configured with smtp_server 'localhost', smtp_port 25, smtp_user '' (the
  // defaults before 1.6's localhost:587 with %u/%p): Postfix takes it from localhost without AUTH;
  // permit_mynetworks lets it relay, rspamd signs local mail (sign_local).
  emitCase(write, {
    name: 'rw20-attached-roundcube-localhost-25-no-sasl-report',
    about:
      'A small lab’s own Postfix/Dovecot box with Roundcube on the same host, configured the pre-1.6 way (smtp_server localhost, port 25, no smtp_user: Postfix takes it from localhost [127.0.0.1] "with ESMTP", permit_mynetworks, no SASL); a colleague forwards a supplier’s SPF-only invoice as an attachment to the security mailbox on the same box. Roundcube MIME recalled from its rcmail_sendmail output; read with --authserv-id --attached',
    class: 'attached-report-selfhosted',
    args: BOX_ARGS,
    eml: delivered(
      `Received: from ${BOX} (localhost [127.0.0.1])\r\n\tby ${BOX} (Postfix) with ESMTP id 4ZnC0r5Vb2z1xTk\r\n\tfor <${security}>; ${lineDate}`,
      'cL9eH3bt3GfYUgAAy7Pqlw',
    ),
    zone: BOX_ZONE,
    expect: VOUCHED,
  });

  // Roundcube with smtp_server '' (PHP mail(), i.e. Postfix's sendmail binary as www-data): the
  // pickup line "(Postfix, from userid 33)".
  emitCase(write, {
    name: 'rw20-attached-roundcube-php-mail-pickup-userid-33-report',
    about:
      'The same box where Roundcube hands mail to PHP mail() (smtp_server left empty): Postfix’s pickup writes "by mail.fjordlab.example (Postfix, from userid 33)" (www-data) with no client at all; the colleague’s report of the supplier’s SPF-only invoice to the security mailbox on the box. Pickup line as Postfix writes it for local sendmail submissions; read with --authserv-id --attached',
    class: 'attached-report-selfhosted',
    args: BOX_ARGS,
    eml: delivered(
      `Received: by ${BOX} (Postfix, from userid 33)\r\n\tid 4ZnC0s0Wc3z1xTm; ${lineDate}`,
      'dM0fI4cu3GfZUgAAy7Pqlw',
    ),
    zone: BOX_ZONE,
    expect: VOUCHED,
  });

  // SOGo (SOGoMailingMechanism smtp, SOGoSMTPServer 127.0.0.1, no SOGoSMTPAuthenticationType):
  // EHLO localhost, no AUTH; SOGo writes X-Forward with the browser's address.
  {
    const b = '----=_=-_OpenGroupware_org_NGMime-2f-6560a1b0-3-5e1c4a80';
    const sogo = await signAll(
      [
        `From: "Ingrid Dahl" <${ingrid}>`,
        `To: ${security}`,
        'Subject: =?utf-8?q?VS=3A?= Faktura 2026-4471 - forfall 07.12.2026',
        'X-Forward: 192.168.40.23',
        `Date: ${date}`,
        'MIME-Version: 1.0',
        'Message-ID: <2f-6560a1b0-3-5e1c4a80@104329857>',
        'User-Agent: SOGoMail 5.11.2',
        `Content-Type: multipart/mixed; boundary="${b}"`,
        '',
        `--${b}`,
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'Nytt kontonummer? Kan noen sjekke denne f=C3=B8r vi betaler.',
        '',
        `--${b}`,
        'Content-Type: message/rfc822',
        'Content-Disposition: attachment; filename="Faktura 2026-4471 - forfall 07.12.2026.eml"',
        '',
        boxOriginal(ingrid),
        `--${b}--`,
        '',
      ].join('\r\n'),
      [[FL, 'dkim']],
    );
    emitCase(write, {
      name: 'rw20-attached-sogo-localhost-no-smtp-auth-report',
      about:
        'The same box with SOGo as webmail, sending through 127.0.0.1:25 without SMTP AUTH (SOGoSMTPAuthenticationType unset, the documented default; SOGo adds X-Forward with the browser’s address): the colleague’s report of the supplier’s SPF-only invoice. SOGo headers recalled from public SOGo mail; read with --authserv-id --attached',
      class: 'attached-report-selfhosted',
      args: BOX_ARGS,
      eml: onTop(
        sogo,
        `Return-Path: <${ingrid}>`,
        `Delivered-To: ${security}`,
        lmtp(ingrid, security, 'eN1gJ5dv3GfaUgAAy7Pqlw', lineDate),
        `Received: from localhost (localhost [127.0.0.1])\r\n\tby ${BOX} (Postfix) with ESMTP id 4ZnC0t4Xd4z1xTp\r\n\tfor <${security}>; ${lineDate}`,
      ),
      zone: BOX_ZONE,
      expect: VOUCHED,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 2. An on-premises Exchange 2019 colleague's report (Outlook over MAPI, same server)
// ---------------------------------------------------------------------------------------------

async function exchangeOnPremReports(write: CaseWriter): Promise<void> {
  const ORG = 'bygdeenergi.example';
  const EX = 'EXCH01.ad.bygdeenergi.example';
  const EX2 = 'EXCH02.ad.bygdeenergi.example';
  const supplier: Relay = {
    helo: 'mail.trafoservice.example',
    rdns: 'mail.trafoservice.example',
    ip: '198.51.100.61',
  };
  const inDate = 'Tue, 24 Nov 2026 07:41:20 +0100';
  // The original: Exchange's own Frontend and Mailbox Transport lines, no Authentication-Results
  // (Exchange on-premises writes none without an agent); the supplier's server is in its SPF.
  const originalHead = onTop(
    submitted({
      from: 'Trafoservice <ordre@trafoservice.example>',
      to: `Per Haugen <per.haugen@${ORG}>`,
      subject: 'Ordrebekreftelse 88120',
      date: 'Tue, 24 Nov 2026 07:41:12 +0100',
      messageId: '<5d1e2f30.88120@mail.trafoservice.example>',
      body: 'Takk for bestillingen. Levering uke 50.\r\n',
    }),
    `Received: from ${EX2} (10.30.1.12) by ${EX}\r\n (10.30.1.11) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11 via Mailbox\r\n Transport; ${inDate}`,
    `Received: from ${supplier.helo} (${supplier.ip}) by\r\n ${EX2} (10.30.1.12) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11\r\n via Frontend Transport; ${inDate}`,
  );
  const at = originalHead.indexOf('\r\n\r\n');
  const original = `${originalHead.slice(0, at)}\r\nReturn-Path: ordre@trafoservice.example\r\nX-MS-Exchange-Organization-AuthSource: ${EX2}\r\nX-MS-Exchange-Organization-AuthAs: Anonymous\r\n${originalHead.slice(at + 2)}`;
  const date = 'Tue, 24 Nov 2026 08:05:44 +0100';
  const mixed = '_002_4b2c6e1f9a3d4c7e8f0a1b2c3d4e5f60EXCH01adbygdeenergiexa_';
  const report = [
    `Received: from ${EX} (10.30.1.11) by ${EX}\r\n (10.30.1.11) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11 via Mailbox\r\n Transport; ${date}`,
    `Received: from ${EX} (10.30.1.11) by ${EX}\r\n (10.30.1.11) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; ${date}`,
    `Received: from ${EX} ([fe80::7d4a:1c2b:3e5f:9a01]) by\r\n ${EX} ([fe80::7d4a:1c2b:3e5f:9a01%12]) with mapi id\r\n 15.02.1544.011; ${date}`,
    `From: Per Haugen <per.haugen@${ORG}>`,
    `To: IT-sikkerhet <it-sikkerhet@${ORG}>`,
    'Subject: VS: Ordrebekreftelse 88120',
    'Thread-Topic: Ordrebekreftelse 88120',
    'Thread-Index: AdteQ1x2b3c4d5e6f7a8b9c0d1e2f3a4b5==',
    `Date: ${date}`,
    `Message-ID: <4b2c6e1f9a3d4c7e8f0a1b2c3d4e5f60@${EX}>`,
    'Accept-Language: nb-NO, en-US',
    'Content-Language: nb-NO',
    'X-MS-Has-Attach: yes',
    'X-MS-Exchange-Organization-SCL: -1',
    'X-MS-TNEF-Correlator:',
    'X-MS-Exchange-Organization-RecordReviewCfmType: 0',
    'x-ms-exchange-transport-fromentityheader: Hosted',
    'x-originating-ip: [10.30.44.17]',
    `Content-Type: multipart/mixed;\r\n\tboundary="${mixed}"`,
    'MIME-Version: 1.0',
    `Return-Path: per.haugen@${ORG}`,
    `X-MS-Exchange-Organization-AuthSource: ${EX}`,
    'X-MS-Exchange-Organization-AuthAs: Internal',
    'X-MS-Exchange-Organization-AuthMechanism: 04',
    '',
    `--${mixed}`,
    'Content-Type: text/plain; charset="iso-8859-1"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Vi har ikke bestilt noe fra Trafoservice. Phishing?',
    '',
    `--${mixed}`,
    'Content-Type: message/rfc822',
    'Content-Disposition: attachment;\r\n\tcreation-date="Tue, 24 Nov 2026 07:05:43 GMT";\r\n\tmodification-date="Tue, 24 Nov 2026 07:05:43 GMT"',
    '',
    original,
    '',
    `--${mixed}--`,
    '',
  ].join('\r\n');
  const zone = {
    ...ptr(supplier.ip, supplier.rdns),
    'trafoservice.example': { TXT: [`v=spf1 ip4:${supplier.ip} -all`] },
    '_dmarc.trafoservice.example': { TXT: ['v=DMARC1; p=none'] },
    [ORG]: { TXT: ['v=spf1 mx -all'] },
    [`_dmarc.${ORG}`]: { TXT: ['v=DMARC1; p=none'] },
  };
  const about =
    'A regional utility on Exchange Server 2019: a colleague forwards an SPF-only order confirmation from Outlook (MAPI) as an attachment to it-sikkerhet@ on the same server: Exchange writes its mapi, internal SMTP and Mailbox Transport lines, AuthAs Internal, AuthMechanism 04 (Outlook’s logon), no SMTP AUTH keyword. The original carries Exchange’s Frontend/Mailbox lines, no Authentication-Results. Layout as Exchange 2016/2019 internal mail in public header samples';
  emitCase(write, {
    name: 'rw20-attached-exchange-onprem-mapi-colleague-recipient-domain',
    about: `${about}; read with --attached --recipient-domain ${ORG}`,
    class: 'attached-report-exchange',
    args: ['--attached', '--recipient-domain', ORG],
    eml: report,
    zone,
    expect: VOUCHED,
  });
  emitCase(write, {
    name: 'rw20-attached-exchange-onprem-mapi-colleague-no-options',
    about: `${about}; read with --attached only`,
    class: 'attached-report-exchange',
    args: ['--attached'],
    eml: report,
    zone,
    expect: NOT_SUSPICIOUS,
  });
}

// ---------------------------------------------------------------------------------------------
// 3. The security mailbox is a Google Group of the reader's Workspace
// ---------------------------------------------------------------------------------------------

async function googleGroupReport(write: CaseWriter): Promise<void> {
  const ORG = 'kystkontor.example';
  const supplier: Relay = {
    helo: 'post.havnelager.example',
    rdns: 'post.havnelager.example',
    ip: '198.51.100.72',
  };
  const colleague = `siri.lund@${ORG}`;
  const reader = `tor.eide@${ORG}`;
  // The original, as Gmail delivered it to the colleague (SPF-only sender, Gmail's own results).
  const original = onTop(
    submitted({
      from: 'Havnelager <booking@havnelager.example>',
      to: colleague,
      subject: 'Endret leveringsadresse',
      date: 'Wed, 25 Nov 2026 10:02:11 +0100',
      messageId: '<20261125090211.4A5B6C7D8E@post.havnelager.example>',
      body: 'Leveringsadressen for ordre 5521 er endret. Bekreft via lenken i portalen.\r\n',
    }),
    `Delivered-To: ${colleague}`,
    'Received: by 2002:a05:7300:8a1c:b0:1a2:3b4c:5d6e with SMTP id x12csp3318240dyb;\r\n        Wed, 25 Nov 2026 01:02:14 -0800 (PST)',
    'Return-Path: <booking@havnelager.example>',
    `Received: from ${supplier.helo} (${supplier.rdns}. [${supplier.ip}])\r\n        by mx.google.com with ESMTPS id a1si5512094qtb.88.2026.11.25.01.02.13\r\n        for <${colleague}>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Wed, 25 Nov 2026 01:02:13 -0800 (PST)`,
    `Received-SPF: pass (google.com: domain of booking@havnelager.example designates ${supplier.ip} as permitted sender) client-ip=${supplier.ip};`,
    `Authentication-Results: mx.google.com;\r\n       spf=pass (google.com: domain of booking@havnelager.example designates ${supplier.ip} as permitted sender) smtp.mailfrom=booking@havnelager.example;\r\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=havnelager.example`,
  );
  // Gmail's "Forward as attachment": its multipart boundary and the .eml part.
  const b = '000000000000a1b2c3062f4e5d6c';
  const report = await signAll(
    [
      'MIME-Version: 1.0',
      'Date: Wed, 25 Nov 2026 10:20:07 +0100',
      'Message-ID: <CAF3x9Yq2mZrT8kLp0Qn4vW7sJd1eHb5cUa6=Xy+GkRt9oPz2Lw@mail.gmail.com>',
      'Subject: Fwd: Endret leveringsadresse',
      `From: Siri Lund <${colleague}>`,
      `To: Sikkerhet <security@${ORG}>`,
      `Content-Type: multipart/mixed; boundary="${b}"`,
      '',
      `--${b}`,
      'Content-Type: text/plain; charset="UTF-8"',
      '',
      'Ser rar ut, vi har ingen ordre 5521.',
      '',
      `--${b}`,
      'Content-Type: message/rfc822; name="Endret leveringsadresse.eml"',
      'Content-Disposition: attachment; filename="Endret leveringsadresse.eml"',
      'Content-ID: <f_mhx3k2a10>',
      'X-Attachment-Id: f_mhx3k2a10',
      '',
      original,
      `--${b}--`,
      '',
    ].join('\r\n'),
    [[ORG, 'google']],
  );
  const envelope = `security+bncBDR4NZ3KXUHRBQ7T2K5AMGQEIR4OIBY@${ORG}`;
  const group = onTop(
    report,
    `X-BeenThere: security@${ORG}`,
    'Received: by 2002:a05:6214:e4a:b0:6d8:1a2b:3c4d with SMTP id ls10ls1204811qvb.1.-pod-prod-07-us;\r\n Wed, 25 Nov 2026 01:20:09 -0800 (PST)',
    `X-Original-Sender: ${colleague}`,
    `X-Original-Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@${ORG} header.s=google header.b=Q29ycHVz;\r\n       spf=pass (google.com: domain of ${colleague} designates 209.85.220.41 as permitted sender) smtp.mailfrom=${colleague};\r\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${ORG}`,
    'Precedence: list',
    `Mailing-list: list security@${ORG}; contact security+owners@${ORG}`,
    `List-ID: <security.${ORG}>`,
    'X-Google-Group-Id: 482913375510',
    `List-Post: <https://groups.google.com/a/${ORG}/group/security/post>, <mailto:security@${ORG}>`,
    `List-Help: <https://support.google.com/a/${ORG}/bin/topic.py?topic=25838>,\r\n <mailto:security+help@${ORG}>`,
    `List-Archive: <https://groups.google.com/a/${ORG}/group/security/>`,
    `List-Unsubscribe: <mailto:googlegroups-manage+482913375510+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/a/${ORG}/group/security/subscribe>`,
  );
  const delivered = onTop(
    group,
    `Delivered-To: ${reader}`,
    'Received: by 2002:a05:7300:8a1c:b0:1a2:3b4c:5d6e with SMTP id x12csp3321977dyb;\r\n        Wed, 25 Nov 2026 01:20:10 -0800 (PST)',
    `Return-Path: <${envelope}>`,
    `Received: from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])\r\n        by mx.google.com with SMTPS id d75a77b69052e-4662a1b2c3dsor1120554cf.9.2026.11.25.01.20.09\r\n        for <${reader}>\r\n        (Google Transport Security);\r\n        Wed, 25 Nov 2026 01:20:10 -0800 (PST)`,
    `Received-SPF: pass (google.com: domain of ${envelope} designates 209.85.220.69 as permitted sender) client-ip=209.85.220.69;`,
    `Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@${ORG} header.s=google header.b=Q29ycHVz;\r\n       spf=pass (google.com: domain of ${envelope} designates 209.85.220.69 as permitted sender) smtp.mailfrom=${envelope};\r\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${ORG}`,
  );
  const zone = {
    ...ptr(supplier.ip, supplier.rdns),
    'havnelager.example': { TXT: [`v=spf1 ip4:${supplier.ip} -all`] },
    '_dmarc.havnelager.example': { TXT: ['v=DMARC1; p=none'] },
    [ORG]: { TXT: ['v=spf1 ip4:209.85.128.0/17 ip4:209.85.220.0/24 ~all'] },
    [`google._domainkey.${ORG}`]: KEY(),
    [`_dmarc.${ORG}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  };
  emitCase(write, {
    name: 'rw20-attached-google-workspace-security-group-member-report',
    about:
      'A small firm on Google Workspace whose security@ is a Google Group (Workspace admins’ usual choice for a shared alias): a colleague uses Gmail’s "Forward as attachment" for a supplier’s SPF-only notice; the Group re-sends it (X-BeenThere, Mailing-list, List-ID, X-Original-Sender, bncB envelope) unchanged to the member who reads it in Gmail. Group header layout from public Google Groups deliveries; read with --webmail gmail --attached',
    class: 'attached-report-gmail',
    args: ['--webmail', 'gmail', '--attached'],
    eml: delivered,
    zone,
    expect: VOUCHED,
  });
  emitCase(write, {
    name: 'rw20-attached-google-workspace-security-group-recipient-domain',
    about:
      'The same Google Group re-send of a colleague’s report, read with --webmail gmail --attached --recipient-domain kystkontor.example (the reader names the organisation)',
    class: 'attached-report-gmail',
    args: ['--webmail', 'gmail', '--attached', '--recipient-domain', ORG],
    eml: delivered,
    zone,
    expect: VOUCHED,
  });
}

// ---------------------------------------------------------------------------------------------
// 3b. A colleague's report inside one Exchange Online tenant, read with and without the profile
// ---------------------------------------------------------------------------------------------

async function exchangeOnlineReports(write: CaseWriter): Promise<void> {
  const ORG = 'sagbruket.example';
  const supplier: Relay = {
    helo: 'mail.tommerhandel.example',
    rdns: 'mail.tommerhandel.example',
    ip: '198.51.100.93',
  };
  const inner = eopDelivery(
    submitted({
      from: 'Tømmerhandel <salg@tommerhandel.example>',
      to: `Kari Berg <kari.berg@${ORG}>`,
      subject: 'Prisliste desember',
      date: 'Fri, 20 Nov 2026 10:59:58 +0100',
      messageId: '<20261127073000.9E8D7C6B5A@mail.tommerhandel.example>',
      body: 'Ny prisliste for desember ligger i kundeportalen.\r\n',
    }),
    {
      ...eopPass(supplier, 'tommerhandel.example'),
      returnPath: '<salg@tommerhandel.example>',
    },
  );
  const mbx = 'DB9PR07MB8420';
  const date = 'Fri, 20 Nov 2026 10:52:19 +0000';
  const mixed = `_002_${mbx}7E6D5C4B3A2918F7E6D5C4B3A2918F70eurp_`;
  const report = exchangeItemMessage({
    from: `Kari Berg <kari.berg@${ORG}>`,
    to: `Sikkerhet <sikkerhet@${ORG}>`,
    subject: 'VS: Prisliste desember',
    threadTopic: 'VS: Prisliste desember',
    threadIndex: 'AQHbX9a1c2d3e4f5a6b7c8d9e0f1a2b3c4==',
    date,
    messageId: `${mbx}7E6D5C4B3A2918F7E6D5C4B3A2918F70@${mbx}.eurprd07.prod.outlook.com`,
    language: 'nb-NO',
    mixed,
    first: exchangePlainText('Kjenner vi denne leverandoren?'),
    disposition:
      'attachment;\r\n\tcreation-date="Fri, 20 Nov 2026 10:52:18 GMT";\r\n\tmodification-date="Fri, 20 Nov 2026 10:52:18 GMT"',
    item: inner,
  });
  const internal = exchangeInternal(report, {
    mailbox: `${mbx}.eurprd07.prod.outlook.com`,
    mailboxIp: '2603:10a6:10:2b1::14',
    linkLocal: 'fe80::2a1b:3c4d:5e6f:7a8b%6',
    server: 'DB9PR07MB8133.eurprd07.prod.outlook.com',
    date,
    fromDomain: ORG,
    tenant: '2b4d6f80-1a3c-4e5f-8a9b-0c1d2e3f4a5b',
    returnPath: `kari.berg@${ORG}`,
  });
  const zone = {
    ...ptr(supplier.ip, supplier.rdns),
    'tommerhandel.example': { TXT: [`v=spf1 ip4:${supplier.ip} -all`] },
    '_dmarc.tommerhandel.example': { TXT: ['v=DMARC1; p=none'] },
    [ORG]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
    [`_dmarc.${ORG}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  };
  const about =
    'A sawmill on Exchange Online: a colleague forwards a timber supplier’s SPF-only price list "as attachment" from Outlook to sikkerhet@ of the same tenant (MAPI and HTTPS hops only, AuthAs Internal), the shape a Phish Alert-style add-in also produces when it sends from the user’s own mailbox. Exchange-internal layout as rw19’s shared-mailbox report';
  emitCase(write, {
    name: 'rw20-attached-exo-colleague-outlook-inside-tenant-profile',
    about: `${about}; read with --webmail outlook --attached (control)`,
    class: 'attached-report',
    args: ['--webmail', 'outlook', '--attached'],
    eml: internal,
    zone,
    expect: VOUCHED,
  });
  emitCase(write, {
    name: 'rw20-attached-exo-colleague-outlook-inside-tenant-no-profile',
    about: `${about}; read with --attached only (a reader who saved the .eml and forgot --webmail)`,
    class: 'attached-report',
    args: ['--attached'],
    eml: internal,
    zone,
    expect: NOT_SUSPICIOUS,
  });
}

// ---------------------------------------------------------------------------------------------
// 4. `(HELO …)` comments beside the client's address (qmail, CommuniGate Pro)
// ---------------------------------------------------------------------------------------------

async function heloComments(write: CaseWriter): Promise<void> {
  const sender: Relay = {
    helo: 'mail.fiskeutstyr.example',
    rdns: 'mail.fiskeutstyr.example',
    ip: '198.51.100.85',
  };
  const msg = (id: string) =>
    submitted({
      from: 'Fiskeutstyr AS <kundeservice@fiskeutstyr.example>',
      to: 'lars@sjobua.example',
      subject: 'Din ordre 30418 er sendt',
      date: 'Thu, 26 Nov 2026 13:05:00 +0100',
      messageId: `<${id}@mail.fiskeutstyr.example>`,
      body: 'Pakken er overlevert til Posten. Sporingsnummer 70701234567890123.\r\n',
    });
  const zone = {
    ...ptr(sender.ip, sender.rdns),
    'fiskeutstyr.example': { TXT: [`v=spf1 ip4:${sender.ip} -all`] },
    '_dmarc.fiskeutstyr.example': { TXT: ['v=DMARC1; p=quarantine'] },
  };
  // netqmail 1.06 under tcpserver -R (no remote info): "from <rdns or unknown> (HELO <helo>) (<ip>)".
  // The client HELOs with its address literal of its NAT'd inside address, as small servers do.
  emitCase(write, {
    name: 'rw20-qmail-helo-private-literal-spf-only-shop',
    about:
      'A shop’s server behind NAT says HELO [10.1.1.5] (its inside address literal); the reader’s netqmail box writes "from mail.fiskeutstyr.example (HELO [10.1.1.5]) (198.51.100.85) by mx.sjobua.example with SMTP" and a "(qmail … invoked from network)" line; SPF-only, no Authentication-Results, read with no options. qmail-smtpd’s line format as in its source (received.c)',
    class: 'helo-comment',
    args: [],
    eml: onTop(
      msg('30418.1764158700'),
      'Return-Path: <kundeservice@fiskeutstyr.example>',
      'Delivered-To: lars@sjobua.example',
      'Received: (qmail 28841 invoked from network); 26 Nov 2026 12:05:02 -0000',
      `Received: from ${sender.rdns} (HELO [10.1.1.5]) (${sender.ip})\r\n  by mx.sjobua.example with SMTP; 26 Nov 2026 12:05:02 -0000`,
    ),
    zone,
    expect: { notVerdict: ['suspicious'], fields: { 'origin.ip': sender.ip } },
  });
  // CommuniGate Pro 6.x: "from [ip] (HELO name)" when the address does not resolve forward, and
  // "from name ([ip] verified)" when it does.
  emitCase(write, {
    name: 'rw20-communigate-helo-literal-unverified-spf-only-shop',
    about:
      'The reader’s CommuniGate Pro 6.3 writes "from [198.51.100.85] (HELO [198.51.100.85]) by mail.sjobua.example (CommuniGate Pro SMTP 6.3.12) with ESMTPS id 4418230 for lars@sjobua.example": the shop’s server HELOs with its own address literal; SPF-only, read with no options. CommuniGate line form recalled from public headers',
    class: 'helo-comment',
    args: [],
    eml: onTop(
      msg('30418.1764158701'),
      'Return-Path: <kundeservice@fiskeutstyr.example>',
      `Received: from [${sender.ip}] (HELO [${sender.ip}])\r\n  by mail.sjobua.example (CommuniGate Pro SMTP 6.3.12)\r\n  with ESMTPS id 4418230 for lars@sjobua.example; Thu, 26 Nov 2026 13:05:02 +0100`,
    ),
    zone,
    expect: { notVerdict: ['suspicious'], fields: { 'origin.ip': sender.ip } },
  });
  emitCase(write, {
    name: 'rw20-communigate-verified-spf-only-shop',
    about:
      'CommuniGate Pro 6.3’s "from mail.fiskeutstyr.example ([198.51.100.85] verified) by mail.sjobua.example (CommuniGate Pro SMTP 6.3.12) with ESMTPS id 4418231": the forward-confirmed form; SPF-only, read with no options (control)',
    class: 'helo-comment',
    args: [],
    eml: onTop(
      msg('30418.1764158702'),
      'Return-Path: <kundeservice@fiskeutstyr.example>',
      `Received: from ${sender.helo} ([${sender.ip}] verified)\r\n  by mail.sjobua.example (CommuniGate Pro SMTP 6.3.12)\r\n  with ESMTPS id 4418231 for lars@sjobua.example; Thu, 26 Nov 2026 13:05:02 +0100`,
    ),
    zone,
    expect: { notVerdict: ['suspicious'], fields: { 'origin.ip': sender.ip } },
  });
}

// ---------------------------------------------------------------------------------------------
// 5. Subject tags: more gateway forms, and a list prefix that looks like one
// ---------------------------------------------------------------------------------------------

const SG = SENDGRID_OUT;

/** A university's on-premises Exchange 2019 behind Mimecast (rw16/rw19's layout). */
const throughMimecast = (raw: string, envelope: string) =>
  onPremExchangeBehind(
    mimecastEntry(raw, SG, 'Tt9vU4xZ1pBnN6dEe3PfJh-1', 'Fri, 27 Nov 2026 10:00:03 +0000'),
    MIMECAST,
    envelope,
    { ad: 'ad.uni-vest.example', net: '10.20', date: 'Fri, 27 Nov 2026 11:00:06 +0100' },
  );

async function subjectTags(write: CaseWriter): Promise<void> {
  const domain = 'kvist-forlag.example';
  const envelope = '<bounces+3040512-cd34-a.moe=uni-vest.example@em5522.sendgrid.net>';
  const zone = {
    ...sendgridZone(SG, domain, 'em5522.sendgrid.net'),
    ...ptr(MIMECAST.ip, MIMECAST.rdns),
  };
  const notice = (n: number) =>
    signAll(
      submitted({
        from: 'Kvist Forlag <redaksjon@kvist-forlag.example>',
        to: 'a.moe@uni-vest.example',
        subject: 'Korrektur kapittel 7 er klar',
        date: 'Fri, 27 Nov 2026 10:59:50 +0100',
        messageId: `<kvist-${n}.3040512@geopod-ismtpd-12>`,
        body: 'Korrekturen for kapittel 7 er klar i forfatterportalen. Frist 11. desember.\r\n',
      }),
      sendgridSigners(domain),
    );
  const tags: GatewayTag[] = [
    {
      name: 'rw20-gateway-tag-double-asterisk-external',
      tag: '**EXTERNAL** ',
      about:
        'A gateway’s "**EXTERNAL** " (double asterisks, a common mail-flow rule prefix in public list archives; recalled)',
    },
    {
      name: 'rw20-gateway-tag-parenthesised-external-sender',
      tag: '(External Sender) ',
      about: 'A gateway’s "(External Sender) " in parentheses (a mail-flow rule prefix; recalled)',
    },
    {
      name: 'rw20-gateway-tag-braced-external',
      tag: '{EXTERNAL} ',
      about: 'A gateway’s "{EXTERNAL} " in braces (a mail-flow rule prefix; recalled)',
    },
    {
      name: 'rw20-gateway-tag-caution-external-email-colon',
      tag: 'CAUTION: EXTERNAL EMAIL: ',
      about:
        'A gateway’s two-part unbracketed "CAUTION: EXTERNAL EMAIL: " (a mail-flow rule prefix; recalled)',
    },
    {
      name: 'rw20-gateway-tag-external-mail-bracketed-warning',
      tag: '[EXTERNAL MAIL] ',
      about: 'A gateway’s "[EXTERNAL MAIL] " (control: GATEWAY_TAG knows it)',
    },
  ];
  await emitGatewayTags(write, tags, {
    notice,
    deliver: (raw) => throughMimecast(raw, envelope),
    zone,
    layouts: 'rw16/rw19',
  });
}
