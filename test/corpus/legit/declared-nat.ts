// Genuine mail through a receiver whose NAT or proxy the reader named (`--nat-address`, Options →
// Advanced; added 2026-12-04 with probe16's declared-NAT probes). A delivery from that address is
// the entry, with no address to check: what only SPF could authenticate cannot be told from a
// spoof there (the receiver's own SPF check sees the NAT's address too), but signed mail must
// still authenticate, and the reader's own organisation's mail must not read spoofed.
// Layout: mailcow-dockerized's Postfix behind Docker's userland proxy (probe13, probe16).
import { ARGS, BANK, BANK_KEY, DATE, genuineBankNotice, RECEIVER } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';

const NAT = '172.22.1.1';
const NAT_ARGS = [...ARGS, '--nat-address', NAT];

const lmtp = (envelope: string) =>
  `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid kE8lAbb2PWd1XwAAtGkPgA\r\n\t(envelope-from <${envelope}>)\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:07 +0000`;

const natLine = (helo: string, proto = 'ESMTPS') =>
  `Received: from ${helo} (unknown [${NAT}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\tby ${RECEIVER} (Postcow) with ${proto} id 4Zx9Qp0Aaaz1xYz\r\n\tfor <robin@reader.example>; ${DATE}`;

export async function make(write: CaseWriter): Promise<void> {
  const bank = await genuineBankNotice();
  write('nat-declared-bank-signed-notice', {
    eml: onTop(
      bank,
      'Return-Path: <bounces@northbank.example>',
      'Delivered-To: robin@reader.example',
      lmtp('bounces@northbank.example'),
      natLine('mail.northbank.example'),
      'Received: from app07.internal.northbank.example (app07.internal.northbank.example [10.4.0.7])\r\n\tby mail.northbank.example (Postfix) with ESMTP id 4Zz0Aa1Bbcz1abc; Fri, 20 Nov 2026 10:00:03 +0000',
    ),
    zone: { ...BANK, ...BANK_KEY },
    meta: {
      about:
        'The bank’s signed statement notice to a reader whose mailcow box sits behind Docker’s userland proxy (every client recorded as 172.22.1.1), the reader having named that address with --nat-address. The entry has no address, so SPF cannot be checked; the bank’s aligned DKIM signature passes and DMARC passes on it. Wanted: authenticated',
      class: 'received-nat-declared',
      args: NAT_ARGS,
      expect: { verdict: 'authenticated', fields: { 'origin.ip': null } },
    },
  });
  // A colleague's mail submitted on the same box from the office, through the same proxy
  // (submission with a login): the reader's own organisation, never spoofed.
  const colleague = submitted({
    from: 'Sam Colleague <sam@reader.example>',
    subject: 'Minutes of Thursday',
    body: 'Minutes attached.\r\n',
  });
  write('nat-declared-colleague-submission-same-box', {
    eml: onTop(
      colleague,
      'Return-Path: <sam@reader.example>',
      'Delivered-To: robin@reader.example',
      lmtp('sam@reader.example'),
      natLine('[192.168.10.23]', 'ESMTPSA'),
    ),
    zone: {
      'reader.example': { TXT: ['v=spf1 mx -all'] },
      '_dmarc.reader.example': { TXT: ['v=DMARC1; p=reject'] },
    },
    meta: {
      about:
        'A colleague’s unsigned mail submitted with a login on the reader’s own mailcow box, through the Docker proxy the reader named (--nat-address): the entry has no address, but the From is the reader’s own organisation (the receiver delivered to reader.example) and no hop names an outside server. Wanted: not spoofed (unverified: mail written inside the receiver)',
      class: 'received-nat-declared',
      args: NAT_ARGS,
      expect: { notVerdict: ['spoofed', 'suspicious'] },
    },
  });
}
