// Legitimate mail the strict tag-list, t=s and added-field checks (lib/auth/dkim-strict.ts,
// lib/auth/arc-strict.ts) must leave alone: valid RFC 6376 §3.2 tag-lists written loosely
// (folding white space around "=" and ";", a trailing ";"), a t=s key used with i= in d= itself,
// and a Google Groups forward whose seal is well formed. Header layouts: RFC 6376 §3.5 and
// Appendix A (DKIM-Signature), RFC 8617 §4.1 and Appendix B (ARC sets), with Google's tag
// order (i, a, t, cv, d, s, b on the seal; c=relaxed/relaxed on the AMS) as Gmail writes it.
import { corpusKeys } from '../../helpers/corpus';
import { arcSetRaw, dkimRaw } from '../../helpers/raw-sign';
import { fromBank, fromGmail, RECEIVER } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';

const T = 1795168800; // 2026-11-20T10:00:00Z
const SIGNED = ['from', 'to', 'subject', 'date', 'message-id'];

const bank = {
  'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
  'mail.northbank.example': { A: ['192.0.2.10'] },
  '10.2.0.192.in-addr.arpa': { PTR: ['mail.northbank.example'] },
};

export async function make(write: CaseWriter): Promise<void> {
  const direct = (raw: string) => onTop(raw, 'Return-Path: <bounce@northbank.example>', fromBank());

  // A key published with t=s, used as RFC 6376 §3.6.1 intends: i= in d= itself.
  write('strict-legit-ts-key-same-domain', {
    eml: direct(
      dkimRaw(
        submitted({ from: 'Northbank <news@northbank.example>', subject: 'Your statement is ready' }),
        (bh) =>
          `v=1; a=rsa-sha256; c=relaxed/relaxed; d=northbank.example; i=news@northbank.example; s=strict1; t=${T}; h=${SIGNED.join(':')}; bh=${bh}; b=`,
        SIGNED,
        corpusKeys().rsaPem,
      ),
    ),
    zone: { ...bank, 'strict1._domainkey.northbank.example': { TXT: [`${corpusKeys().rsaTxt}; t=s`] } },
    meta: {
      about: 'A bank signing with a t=s key and i= in d= itself: the key flag allows exactly this',
      class: 'strict-legit',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'authenticated', fields: { 'dkim.0.result': 'pass' } },
    },
  });

  // Valid but loose tag-list: folded, white space around "=" and ";", a trailing ";".
  write('strict-legit-dkim-loose-fws', {
    eml: direct(
      dkimRaw(
        submitted({ from: 'Northbank <news@northbank.example>', subject: 'New opening hours' }),
        (bh) =>
          `v=1 ; a = rsa-sha256;\r\n\tc=relaxed/relaxed ;d=northbank.example;\r\n s = sel1; t=${T};\r\n\th = from : to : subject :\r\n\t date : message-id;\r\n\tbh=${bh};\r\n\tb=;`,
        SIGNED,
        corpusKeys().rsaPem,
      ),
    ),
    zone: { ...bank, 'sel1._domainkey.northbank.example': { TXT: [corpusKeys().rsaTxt] } },
    meta: {
      about:
        'A DKIM-Signature folded with white space around "=" and ";" and a trailing ";", all valid RFC 6376 §3.2',
      class: 'strict-legit',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'authenticated', fields: { 'dkim.0.result': 'pass' } },
    },
  });

  // A Google Groups forward: the list adds a footer (the bank's body hash breaks) and Google
  // seals what it verified, folded, with a trailing ";" on the seal.
  const original = submitted({
    from: 'Northbank <news@northbank.example>',
    subject: 'Branch closures this week',
    body: 'Our Main Street branch is closed on Friday.\r\n',
  });
  const signed = dkimRaw(
    original,
    (bh) =>
      `v=1; a=rsa-sha256; c=relaxed/relaxed; d=northbank.example; s=sel1; t=${T}; h=${SIGNED.join(':')}; bh=${bh}; b=`,
    SIGNED,
    corpusKeys().rsaPem,
  );
  const withFooter = `${signed}--\r\nYou received this message because you are subscribed to the "branch-news" group.\r\n`;
  const sealedByGoogle = arcSetRaw(withFooter, {
    aar: 'i=1; mx.google.com;\r\n       dkim=pass header.i=@northbank.example header.s=sel1;\r\n       spf=pass (google.com: domain of bounce@northbank.example designates 192.0.2.10 as permitted sender) smtp.mailfrom=bounce@northbank.example;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example',
    ams: (bh) =>
      `i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\r\n        h=${SIGNED.join(':')};\r\n        bh=${bh};\r\n        b=`,
    amsNames: SIGNED,
    seal: `i=1; a=rsa-sha256; t=${T}; cv=none;\r\n        d=google.com; s=arc-20240605;\r\n        b=;`,
    pem: corpusKeys().rsaPem,
  });
  write('strict-legit-google-groups-arc', {
    eml: onTop(
      sealedByGoogle,
      'Return-Path: <branch-news+bncBAABB@googlegroups.com>',
      `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=googlegroups.com; dkim=fail (body hash did not verify) header.d=northbank.example; dmarc=fail (p=REJECT) header.from=northbank.example; arc=pass (i=1)`,
      fromGmail(),
    ),
    zone: {
      ...bank,
      'sel1._domainkey.northbank.example': { TXT: [corpusKeys().rsaTxt] },
      'arc-20240605._domainkey.google.com': { TXT: [corpusKeys().rsaTxt] },
      'googlegroups.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 -all'] },
    },
    meta: {
      about:
        'A Google Groups list forward: the footer breaks the bank\'s DKIM, Google\'s well-formed (folded, trailing ";") ARC seal records the original pass',
      class: 'strict-legit',
      args: ['--authserv-id', RECEIVER],
      expect: { notVerdict: ['spoofed'], findings: ['arc-forwarded'], fields: { 'arc.result': 'pass' } },
    },
  });
}
