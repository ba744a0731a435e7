// Legitimate layouts the issue 16 rules (entry hop ends the trusted region, topmost header only,
// HELO-proof Received parsing, malformed names permanent) must not call spoofed.
// Where each layout was learnt:
// - Postfix with OpenDKIM and OpenDMARC milters: each milter inserts its own Authentication-Results
//   at the top (smfi_insheader index 0, libmilter docs), so the receiver writes two headers, both
//   above its own Received line; OpenDMARC runs after OpenDKIM, so its header is the topmost
//   (RFC 8601 Appendix B.4/B.5 show the same: one ADMD, several headers).
// - Exchange Online: the layout of test/fixtures/messages/outlook-delivered.eml (EOP's
//   Authentication-Results without an authserv-id, Received-SPF, Microsoft SMTP Server lines with
//   bare IPv6 addresses in 2603:10a6::/32).
// - Gmail forwarding to Gmail: the earlier delivery's header sits under the later entry line, as in
//   test/unit/auth/authresults.test.ts ("an earlier Gmail delivery of a forwarded message").
// - Exim: `from RDNS ([IP]:port helo=HELO)` as Exim's received_header_text writes sender_rcvhost.
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { DATE } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';

const ZONE = {
  'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  'sel1._domainkey.northbank.example': { TXT: [corpusKeys().rsaTxt] },
  '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
};

export async function make(write: CaseWriter): Promise<void> {
  const signed = await signCorpus(
    submitted({ from: 'Northbank <alerts@northbank.example>', subject: 'Your monthly statement' }),
    { domain: 'northbank.example', selector: 'sel1' },
  );

  const milters = onTop(
    signed,
    'Return-Path: <bounce@northbank.example>',
    'DMARC-Filter: OpenDMARC Filter v1.4.2 mail.reader.example 4Qx1Yz0abc',
    'Authentication-Results: mail.reader.example; dmarc=pass (p=reject dis=none) header.from=northbank.example',
    'Authentication-Results: mail.reader.example; spf=pass smtp.mailfrom=bounce@northbank.example',
    'DKIM-Filter: OpenDKIM Filter v2.11.0 mail.reader.example 4Qx1Yz0abc',
    'Authentication-Results: mail.reader.example; dkim=pass (2048-bit key; unprotected) header.d=northbank.example header.i=@northbank.example header.a=rsa-sha256 header.s=sel1',
    `Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by mail.reader.example (Postfix) with ESMTPS id 4Qx1Yz0abc for <robin@reader.example>; ${DATE}`,
  );
  for (const online of [false, true]) {
    write(`trust-selfhosted-milters-${online ? 'online' : 'offline'}`, {
      eml: milters,
      ...(online ? { zone: ZONE } : {}),
      meta: {
        about:
          'Postfix with OpenDKIM and OpenDMARC: three headers under the receiver id, all above its Received line',
        class: 'two-receiver-headers',
        args: ['--authserv-id', 'mail.reader.example'],
        expect: {
          verdict: 'authenticated',
          absentFindings: ['forged-auth-results', 'provider-from-mismatch'],
          fields: { 'provider.dmarc.result': 'pass', 'provider.proven': true },
        },
      },
    });
  }

  const exchange = onTop(
    signed,
    `Received: from AM6PR0502MB3001.eurprd05.prod.outlook.com (2603:10a6:803:1::11) by AM6PR0502MB3002.eurprd05.prod.outlook.com with HTTPS; ${DATE}`,
    `Received: from AM6PR0502CA0012.eurprd05.prod.outlook.com (2603:10a6:209:ff::22) by AM6PR0502MB3001.eurprd05.prod.outlook.com (2603:10a6:803:1::11) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.1234.10; ${DATE}`,
    `Received: from AM0EUR01FT012.eop-EUR01.prod.protection.outlook.com (2603:10a6:208:15::4d) by AM6PR0502CA0012.outlook.office365.com (2603:10a6:209:ff::22) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.1234.10 via Frontend Transport; ${DATE}`,
    'Authentication-Results: spf=pass (sender IP is 192.0.2.10) smtp.mailfrom=northbank.example; dkim=pass (signature was verified) header.d=northbank.example;dmarc=pass action=none header.from=northbank.example;compauth=pass reason=100',
    'Received-SPF: Pass (protection.outlook.com: domain of northbank.example designates 192.0.2.10 as permitted sender) receiver=protection.outlook.com; client-ip=192.0.2.10; helo=mail.northbank.example;',
    `Received: from mail.northbank.example (192.0.2.10) by AM0EUR01FT012.mail.protection.outlook.com (10.152.2.148) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.1234.10 via Frontend Transport; ${DATE}`,
  );
  for (const online of [false, true]) {
    write(`trust-exchange-online-${online ? 'online' : 'offline'}`, {
      eml: exchange,
      ...(online ? { zone: ZONE } : {}),
      meta: {
        about:
          'A signed bank message delivered by Exchange Online (EOP header without authserv-id), the reader trusting mx.microsoft.com',
        class: 'exchange-online',
        args: ['--authserv-id', 'mx.microsoft.com'],
        expect: { notVerdict: ['spoofed'], absentFindings: ['forged-auth-results', 'received-unreadable'] },
      },
    });
  }

  write('trust-gmail-forward-via-gmail', {
    eml: onTop(
      signed,
      'Return-Path: <fwd+caf_=robin=gmail.com@gmail.com>',
      `Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com with SMTPS id z1sor; ${DATE}`,
      'Authentication-Results: mx.google.com; dkim=pass header.i=@northbank.example header.s=sel1; spf=pass smtp.mailfrom=fwd@gmail.com; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example',
      `Received: by 2002:a05:6a10:1:b0:5a:1 with SMTP id x; ${DATE}`,
      `Received: from mail.northbank.example (mail.northbank.example. [192.0.2.10]) by mx.google.com with ESMTPS id w; ${DATE}`,
      'Authentication-Results: mx.google.com; dkim=pass header.i=@northbank.example header.s=sel1; spf=pass smtp.mailfrom=bounce@northbank.example; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example',
    ),
    meta: {
      about:
        "Forwarded from one Gmail account to another: the first delivery's Gmail header sits under the second entry line",
      class: 'two-receiver-headers',
      args: ['--authserv-id', 'mx.google.com'],
      expect: { verdict: 'authenticated', absentFindings: ['forged-auth-results'] },
    },
  });

  write('trust-exim-receiver', {
    eml: onTop(
      signed,
      'Return-Path: <bounce@northbank.example>',
      'Authentication-Results: mx.reader.example; spf=pass smtp.mailfrom=northbank.example; dkim=pass header.d=northbank.example header.s=sel1; dmarc=pass header.from=northbank.example',
      `Received: from mail.northbank.example ([192.0.2.10]:41234 helo=mail.northbank.example) by mx.reader.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96) (envelope-from <bounce@northbank.example>) id 1abc-00 for robin@reader.example; ${DATE}`,
    ),
    zone: ZONE,
    meta: {
      about: 'An Exim receiver: the HELO is printed inside its own TCP-info comment',
      class: 'direct',
      args: ['--authserv-id', 'mx.reader.example'],
      expect: {
        verdict: 'authenticated',
        fields: { 'origin.ip': '192.0.2.10' },
        absentFindings: ['received-unreadable'],
      },
    },
  });
}
