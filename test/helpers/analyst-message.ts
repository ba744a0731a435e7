// A message with something to see in every analyst picture (made in the test run, signed with a
// key generated here): a four-hop route with a clock that runs 7 s ahead on the sender's side and
// a 6½-minute greylisting deferral at the receiver's entry; SPF through `mx` and an include; a
// DMARC record with most tags; a DKIM signature with l= and x=. RFC 2606/5737 names and addresses.
import { dkimSign } from 'mailauth/lib/dkim/sign';
import { RECEIVER, testKey, type ZoneData } from './scenarios';

export const ANALYST_DMARC =
  'v=DMARC1; p=quarantine; sp=reject; adkim=s; aspf=r; pct=50; rua=mailto:agg@harbourfreight.example,mailto:dmarc@reports.example; ruf=mailto:forensic@harbourfreight.example; fo=1';

export async function analystMessage(): Promise<{ raw: string; zone: ZoneData; authservId: string }> {
  const key = testKey();
  const body = 'Hello Robin,\r\n\r\nThe container left the port this morning.\r\n\r\nLena\r\n';
  const submitted = [
    'From: Lena Ortiz <lena@harbourfreight.example>',
    'To: Robin Reader <robin@reader.example>',
    'Subject: Shipment 2231 has left the port',
    'Date: Tue, 3 Mar 2026 10:00:00 +0000',
    'Message-ID: <2231.lena@harbourfreight.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
  ].join('\r\n');
  const res = await dkimSign(submitted, {
    canonicalization: 'relaxed/relaxed',
    signTime: new Date('2026-03-03T10:00:01Z'),
    expires: new Date('2036-03-03T10:00:01Z'),
    signatureData: [
      {
        signingDomain: 'harbourfreight.example',
        selector: 'hf2026',
        privateKey: key.privatePem,
        algorithm: 'rsa-sha256',
        maxBodyLength: Buffer.byteLength(body),
      },
    ],
  } as never);
  const sig = (res as { signatures: string }).signatures;
  const raw = [
    `Received: from mx.inbound.example (mx.inbound.example [10.0.0.5]) by imap.inbound.example with LMTP id 7Hq2; Tue, 3 Mar 2026 10:06:41 +0000`,
    'Return-Path: <bounce@harbourfreight.example>',
    `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=harbourfreight.example; dkim=pass header.d=harbourfreight.example header.s=hf2026; dmarc=pass (p=QUARANTINE) header.from=harbourfreight.example`,
    `Received: from out2.harbourfreight.example (out2.harbourfreight.example [192.0.2.25]) by ${RECEIVER} with ESMTPS id 4Qx9; Tue, 3 Mar 2026 10:06:40 +0000`,
    'Received: from submit.harbourfreight.example (submit.harbourfreight.example [198.51.100.20]) by out2.harbourfreight.example with ESMTPS id A1; Tue, 3 Mar 2026 10:00:02 +0000',
    'Received: from [192.168.1.14] (laptop.lan [192.168.1.14]) by submit.harbourfreight.example with ESMTPSA id S7; Tue, 3 Mar 2026 10:00:09 +0000',
  ].join('\r\n');
  return {
    authservId: RECEIVER,
    raw: `${raw}\r\n${sig}${submitted}`,
    zone: {
      'harbourfreight.example': {
        TXT: ['v=spf1 mx include:_spf.mailhost.example ~all'],
        MX: [{ exchange: 'mx.harbourfreight.example', priority: 10 }],
      },
      'mx.harbourfreight.example': { A: ['198.51.100.9'] },
      '_spf.mailhost.example': { TXT: ['v=spf1 ip4:203.0.113.0/24 ip4:192.0.2.0/25 ip6:2001:db8::/32 -all'] },
      'hf2026._domainkey.harbourfreight.example': { TXT: [key.txt] },
      '_dmarc.harbourfreight.example': { TXT: [ANALYST_DMARC] },
      'out2.harbourfreight.example': { A: ['192.0.2.25'] },
      '25.2.0.192.in-addr.arpa': { PTR: ['out2.harbourfreight.example'] },
    },
  };
}
