// Issue 16 items 1, 2 and 4, written as an attacker who has read lib/: forged
// Authentication-Results below the receiver's entry hop (every site profile), malformed DKIM
// signatures meant to turn a certain DMARC fail into "could not check", HELO names that try to
// choose the IP SPF checks, and DNS faults on the attacker's own domains.
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { DATE, RECEIVER } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

const BANK = 'northbank.example';
/** The bank publishes p=reject and lists only 192.0.2.0/24; 198.51.100.25 is in its SPF too, for
 *  the HELO cases: an address the attacker would love SPF to check. */
const ZONE = {
  [BANK]: { TXT: ['v=spf1 ip4:192.0.2.0/24 ip4:198.51.100.25 -all'] },
  [`_dmarc.${BANK}`]: { TXT: ['v=DMARC1; p=reject'] },
  'evil.example': { TXT: ['v=spf1 ip4:203.0.113.9 -all'] },
  [`good._domainkey.${BANK}`]: { TXT: [corpusKeys().rsaTxt] },
  [`nokey._domainkey.${BANK}`]: { TXT: ['v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'] },
};
const FORGED_PASS = `dkim=pass header.d=${BANK} header.s=s1; spf=pass smtp.mailfrom=${BANK}; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${BANK}; arc=pass`;
const spoof = (subject: string, extra: string[] = []) =>
  submitted({ from: `Northbank Security <security@${BANK}>`, subject, extraHeaders: extra });

export async function make(write: CaseWriter): Promise<void> {
  // ---------------------------------------------------------------- forged Authentication-Results
  const gmail = (forged: string[]) =>
    onTop(
      spoof('Unusual sign-in', forged),
      'Return-Path: <bounce@evil.example>',
      `Received: from mail.evil.example (mail.evil.example. [203.0.113.9]) by mx.google.com with ESMTPS id a1si123 for <robin@reader.example>; ${DATE}`,
      'Received-SPF: pass (google.com: domain of bounce@evil.example designates 203.0.113.9 as permitted sender) client-ip=203.0.113.9;',
      `Authentication-Results: mx.google.com; spf=pass smtp.mailfrom=bounce@evil.example; dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=${BANK}`,
    );
  for (const online of [false, true]) {
    write(`trust-gmail-forged-below-entry-${online ? 'online' : 'offline'}`, {
      eml: gmail([`Authentication-Results: mx.google.com; ${FORGED_PASS}`]),
      ...(online ? { zone: ZONE } : {}),
      meta: {
        about:
          "A second mx.google.com header in the sender's own headers, under Gmail's real one, claiming DKIM, DMARC and ARC passes",
        class: 'forged-auth-results',
        args: ['--authserv-id', 'mx.google.com'],
        expect: { verdict: 'spoofed', findings: ['forged-auth-results'], fields: { 'provider.dkim': [] } },
      },
    });
  }

  const yahoo = (forged: string[]) =>
    onTop(
      spoof('Card suspended', forged),
      'Return-Path: <bounce@evil.example>',
      `Authentication-Results: atlas-production.v2-mail-prod1-gq1.omega.yahoo.com; dkim=none; spf=pass smtp.mailfrom=evil.example; dmarc=fail(p=REJECT) header.from=${BANK};`,
      `Received: from 127.0.0.1  (EHLO mail.evil.example) (203.0.113.9) by atlas-production.v2-mail-prod1-gq1.omega.yahoo.com with SMTPS; ${DATE}`,
    );
  for (const online of [false, true]) {
    write(`trust-yahoo-forged-below-entry-${online ? 'online' : 'offline'}`, {
      eml: yahoo([`Authentication-Results: atlas101.free.mail.bf1.yahoo.com; ${FORGED_PASS}`]),
      ...(online ? { zone: ZONE } : {}),
      meta: {
        about:
          'A header under another Yahoo cluster name (the *.yahoo.com family is trusted) below the entry hop',
        class: 'forged-auth-results',
        args: ['--authserv-id', '*.yahoo.com'],
        expect: { verdict: 'spoofed', findings: ['forged-auth-results'] },
      },
    });
  }

  // Exchange Online writes no authserv-id; a user who trusted Microsoft's ARC name by hand.
  const outlook = (forged: string[]) =>
    onTop(
      spoof('Mailbox full', forged),
      `Received: from AM6PR0502MB3001.eurprd05.prod.outlook.com (2603:10a6:803:1::11) by AM6PR0502MB3002.eurprd05.prod.outlook.com with HTTPS; ${DATE}`,
      `Authentication-Results: spf=pass (sender IP is 203.0.113.9) smtp.mailfrom=evil.example; dkim=none (message not signed) header.d=none;dmarc=fail action=oreject header.from=${BANK};compauth=fail reason=000`,
      `Received: from mail.evil.example (203.0.113.9) by AM0EUR01FT012.mail.protection.outlook.com (10.152.2.148) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.1234.10 via Frontend Transport; ${DATE}`,
    );
  for (const online of [false, true]) {
    write(`trust-outlook-forged-below-entry-${online ? 'online' : 'offline'}`, {
      eml: outlook([`Authentication-Results: mx.microsoft.com; ${FORGED_PASS}`]),
      ...(online ? { zone: ZONE } : {}),
      meta: {
        about:
          "Exchange Online's own header has no authserv-id; the sender writes one under Microsoft's ARC name, which the reader trusted",
        class: 'forged-auth-results',
        args: ['--authserv-id', 'mx.microsoft.com'],
        // Offline, EOP's own header above its entry line records a DMARC fail it enforced
        // (action=oreject, compauth=fail): that counts (receiver-recorded-fail, since 2026-12-05).
        expect: online
          ? { verdict: 'spoofed', findings: ['forged-auth-results'] }
          : {
              verdict: 'spoofed',
              findings: ['forged-auth-results', 'receiver-recorded-fail'],
              fields: { provider: null },
            },
      },
    });
  }

  // A self-hosted receiver (Roundcube, or the CLI with --authserv-id) that added no header of its own.
  const selfHosted = (top: string[], forged: string[]) =>
    onTop(
      spoof('Wire transfer pending', forged),
      'Return-Path: <bounce@evil.example>',
      ...top,
      received({ helo: 'mail.evil.example', rdns: 'mail.evil.example', ip: '203.0.113.9', by: RECEIVER }),
    );
  for (const online of [false, true]) {
    write(`trust-selfhosted-forged-only-header-${online ? 'online' : 'offline'}`, {
      eml: selfHosted([], [`Authentication-Results: ${RECEIVER}; ${FORGED_PASS}`]),
      ...(online ? { zone: ZONE } : {}),
      meta: {
        about:
          "The receiver's milter did not add a header; the sender's header right under the entry Received line uses its id",
        class: 'forged-auth-results',
        args: ['--authserv-id', RECEIVER],
        expect: online
          ? { verdict: 'spoofed', findings: ['forged-auth-results'] }
          : { verdict: 'unverified', findings: ['forged-auth-results'], fields: { provider: null } },
      },
    });
  }

  write('trust-fill-missing-dmarc', {
    eml: selfHosted(
      [`Authentication-Results: ${RECEIVER}; spf=fail smtp.mailfrom=${BANK}`],
      [
        `Authentication-Results: ${RECEIVER}; dmarc=pass (p=REJECT) header.from=${BANK}; dkim=pass header.d=${BANK}`,
      ],
    ),
    meta: {
      about:
        "The receiver's header has SPF only; the sender's lower header supplies the missing dmarc=pass and dkim=pass",
      class: 'forged-auth-results',
      args: ['--authserv-id', RECEIVER],
      expect: {
        notVerdict: ['authenticated'],
        findings: ['forged-auth-results'],
        fields: { 'provider.dmarc': null, 'provider.dkim': [], 'provider.spf': 'fail' },
      },
    },
  });

  // The receiver read the second From (evil.example) and passed it; the reader sees the first.
  write('trust-header-from-mismatch', {
    eml: onTop(
      spoof('Security alert', ['From: Mailer <news@evil.example>']),
      'Return-Path: <bounce@evil.example>',
      `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=evil.example; dmarc=pass (p=NONE) header.from=evil.example`,
      received({ helo: 'mail.evil.example', rdns: 'mail.evil.example', ip: '203.0.113.9', by: RECEIVER }),
    ),
    meta: {
      about: "Two From fields: the receiver's DMARC pass is for evil.example, the mail app shows the bank",
      class: 'forged-auth-results',
      args: ['--authserv-id', RECEIVER],
      expect: {
        notVerdict: ['authenticated'],
        findings: ['provider-from-mismatch'],
        fields: { 'provider.dmarc': null },
      },
    },
  });

  // ---------------------------------------------------------------- malformed DKIM signatures
  const signed = await signCorpus(spoof('Your card was used abroad'), { domain: BANK, selector: 'good' });
  const onReceiver = (raw: string) =>
    onTop(
      raw,
      'Return-Path: <bounce@evil.example>',
      received({ helo: 'mail.evil.example', rdns: 'mail.evil.example', ip: '203.0.113.9', by: RECEIVER }),
    );
  const malformed: Array<[string, string, (s: string) => string, string]> = [
    [
      'selector-dot',
      's=. makes the key name ._domainkey.<d>, an empty label',
      (s) => s.replace('s=good', 's=.'),
      'permerror',
    ],
    [
      'selector-64',
      'a 64-character selector label',
      (s) => s.replace('s=good', `s=${'k'.repeat(64)}`),
      'permerror',
    ],
    [
      'selector-bad-chars',
      'a selector with "!" and "/" in it',
      (s) => s.replace('s=good', 's=a!b/c'),
      'permerror',
    ],
    [
      'key-name-over-253',
      'a selector of four 60-character labels: the key name is over 253 characters',
      (s) => s.replace('s=good', `s=${Array(4).fill('k'.repeat(60)).join('.')}`),
      'permerror',
    ],
    [
      'missing-bh',
      'the bh= tag removed (RFC 6376 §3.5 requires it)',
      (s) => s.replace(/bh=[^;]+;\s*/, ''),
      // A required tag missing is a permanent error in the strict tag-list layer (lib/auth/dkim-strict.ts).
      'permerror',
    ],
    [
      'unparseable-key',
      'a selector whose key record holds a truncated key',
      (s) => s.replace('s=good', 's=nokey'),
      'neutral',
    ],
  ];
  for (const [name, how, edit, word] of malformed) {
    write(`trust-dkim-${name}`, {
      eml: onReceiver(edit(signed)),
      zone: ZONE,
      meta: {
        about: `A copied bank signature with ${how}, hoping for a DNS temperror that holds back the DMARC fail`,
        class: 'malformed-dkim',
        args: ['--authserv-id', RECEIVER],
        expect: {
          verdict: 'spoofed',
          fields: { 'dmarc.result': 'fail', 'dkim.0.result': word },
          absentFindings: ['dkim-temperror', 'dmarc-temperror'],
        },
      },
    });
  }

  // ---------------------------------------------------------------- HELO tricks
  const helo = (line: string) =>
    onTop(spoof('Confirm your details'), `Return-Path: <security@${BANK}>`, `Received: ${line}`);
  const heloCases: Array<[string, string, string, unknown]> = [
    [
      'unbalanced-paren',
      'a HELO name a([198.51.100.25] whose "(" swallows the receiver\'s own (rdns [IP]) comment',
      `from a([198.51.100.25] (mail.evil.example [203.0.113.9]) by ${RECEIVER} (Postfix) with ESMTP id 4Qx; ${DATE}`,
      null,
    ],
    [
      'glued-keyword',
      'a HELO name x([198.51.100.25])with that closes its comment and opens a "with" clause',
      `from x([198.51.100.25])with (mail.evil.example [203.0.113.9]) by ${RECEIVER} (Postfix) with ESMTP id 4Qx; ${DATE}`,
      '203.0.113.9',
    ],
    [
      'exim-comment',
      'an Exim receiver prints the HELO inside its own comment: x)([198.51.100.25] adds a comment after it',
      `from mail.evil.example ([203.0.113.9]:41234 helo=x)([198.51.100.25]) by ${RECEIVER} with esmtps (Exim 4.96) id 1abc-00; ${DATE}`,
      null,
    ],
  ];
  for (const [name, how, line, ip] of heloCases) {
    write(`trust-helo-${name}`, {
      eml: helo(line),
      zone: ZONE,
      meta: {
        about: `The envelope and From are the bank's; ${how}, so that SPF would check an address the bank lists`,
        class: 'helo-trick',
        args: ['--authserv-id', RECEIVER],
        expect: {
          verdict: 'spoofed',
          fields: { 'origin.ip': ip, 'dmarc.result': 'fail' },
          ...(ip === null ? { findings: ['received-unreadable'] } : {}),
        },
      },
    });
  }

  // ---------------------------------------------------------------- DNS faults on the attacker's domains
  const ownSigned = await signCorpus(spoof('Invoice overdue'), {
    domain: 'mailer.evil.example',
    selector: 's1',
  });
  write('trust-dns-fault-attacker-dkim', {
    eml: onReceiver(ownSigned),
    zone: { ...ZONE, 's1._domainkey.mailer.evil.example': { SERVFAIL: true } },
    meta: {
      about:
        "Signed by the attacker's own domain, whose key lookup fails (SERVFAIL): an unaligned fault decides nothing",
      class: 'dns-fault-own-domain',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail', 'dkim.0.result': 'temperror' } },
    },
  });
  write('trust-dns-fault-attacker-envelope', {
    eml: onTop(
      spoof('Payment failed'),
      'Return-Path: <bounce@slow.evil.example>',
      received({ helo: 'mail.evil.example', rdns: 'mail.evil.example', ip: '203.0.113.9', by: RECEIVER }),
    ),
    zone: { ...ZONE, 'slow.evil.example': { TIMEOUT: true } },
    meta: {
      about:
        "The envelope domain is the attacker's and times out: SPF temperror for an unaligned domain holds nothing back",
      class: 'dns-fault-own-domain',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'spoofed', fields: { 'spf.result': 'temperror', 'dmarc.result': 'fail' } },
    },
  });
  write('trust-from-bad-chars', {
    eml: onTop(
      submitted({ from: `Northbank <security@a!b.${BANK}>`, subject: 'Account review' }),
      'Return-Path: <bounce@evil.example>',
      received({ helo: 'mail.evil.example', rdns: 'mail.evil.example', ip: '203.0.113.9', by: RECEIVER }),
    ),
    zone: ZONE,
    meta: {
      about:
        'A From subdomain with "!" in it, hoping _dmarc.<it> makes the DNS server fail and DMARC give up',
      class: 'malformed-dkim',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail', 'dmarc.policy': 'reject' } },
    },
  });
}
