// Whole-message scenarios with their DNS, made in the test run: keys are generated here and
// messages signed with mailauth's own signer, so no fixture depends on a live DNS record.
// Domains and addresses are documentation/test ones (RFC 2606 .example, RFC 5737), except the
// hosting addresses, which must be real cloud ranges for relay intelligence to recognise them.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { dkimSign } from 'mailauth/lib/dkim/sign';

export type ZoneData = Record<string, Record<string, unknown>>;
export interface Scenario {
  name: 'authenticated' | 'spoofed' | 'suspicious' | 'unverified';
  raw: string;
  zone: ZoneData;
  /** authserv-id of the receiving provider in these messages. */
  authservId: string;
}

export const RECEIVER = 'mx.inbound.example';

function dnsKey(pub: KeyObject): string {
  const der = pub.export({ type: 'spki', format: 'der' }) as Buffer;
  return `v=DKIM1; k=rsa; p=${der.toString('base64')}`;
}

let keyCache: { privatePem: string; txt: string } | null = null;
/** One RSA-2048 key per test process (generation costs ~100 ms). */
export function testKey(): { privatePem: string; txt: string } {
  if (!keyCache) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    keyCache = {
      privatePem: privateKey.export({ type: 'pkcs1', format: 'pem' }) as string,
      txt: dnsKey(publicKey),
    };
  }
  return keyCache;
}

export async function sign(
  raw: string,
  domain: string,
  selector: string,
  privatePem: string,
): Promise<string> {
  const res = await dkimSign(raw, {
    canonicalization: 'relaxed/relaxed',
    signTime: new Date('2026-03-03T10:00:00Z'),
    signatureData: [{ signingDomain: domain, selector, privateKey: privatePem, algorithm: 'rsa-sha256' }],
  } as never);
  const sig = (res as { signatures: string }).signatures;
  if (!sig) throw new Error(`signing failed: ${JSON.stringify((res as { errors?: unknown }).errors)}`);
  return sig + raw;
}

interface MessageSpec {
  from: string;
  mailFrom: string;
  ip: string;
  helo: string;
  subject: string;
  body?: string;
  extraHeaders?: string[];
}

/** The message as the sender submits it (before the receiver adds its trace headers). */
export function buildMessage(spec: MessageSpec): string {
  const body = spec.body ?? 'Hello,\r\n\r\nYour statement is ready.\r\n';
  return [
    `From: ${spec.from}`,
    'To: Robin Reader <robin@reader.example>',
    `Subject: ${spec.subject}`,
    'Date: Tue, 3 Mar 2026 10:00:00 +0000',
    `Message-ID: <${spec.subject.length}.${spec.ip}@${spec.helo}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    ...(spec.extraHeaders ?? []),
    '',
    body,
  ].join('\r\n');
}

/** What the receiving provider adds on top: Return-Path, its Authentication-Results, Received. */
export function deliver(raw: string, spec: MessageSpec, authResults: string): string {
  return prepend(
    raw,
    `Return-Path: <${spec.mailFrom}>`,
    `Authentication-Results: ${RECEIVER}; ${authResults}`,
    `Received: from ${spec.helo} (${spec.helo} [${spec.ip}]) by ${RECEIVER} with ESMTPS id 4Qx1; Tue, 3 Mar 2026 10:00:05 +0000`,
  );
}

/** Inserts headers at the very top (as a receiver adds them), after signing. */
export function prepend(raw: string, ...headers: string[]): string {
  return `${headers.join('\r\n')}\r\n${raw}`;
}

export async function scenario(name: Scenario['name'], opts: { body?: string } = {}): Promise<Scenario> {
  const key = testKey();
  switch (name) {
    case 'authenticated': {
      const spec: MessageSpec = {
        from: 'Northbank <alerts@northbank.example>',
        mailFrom: 'bounce@northbank.example',
        ip: '192.0.2.10',
        helo: 'mail.northbank.example',
        subject: 'Your statement',
        body: opts.body,
      };
      const signed = await sign(buildMessage(spec), 'northbank.example', 'sel1', key.privatePem);
      const raw = deliver(
        signed,
        spec,
        'spf=pass smtp.mailfrom=northbank.example; dkim=pass header.d=northbank.example header.s=sel1; dmarc=pass (p=REJECT) header.from=northbank.example',
      );
      return {
        name,
        authservId: RECEIVER,
        raw,
        zone: {
          'northbank.example': {
            TXT: ['v=spf1 ip4:192.0.2.0/24 -all'],
            MX: [{ exchange: 'mail.northbank.example', priority: 10 }],
          },
          'sel1._domainkey.northbank.example': { TXT: [key.txt] },
          '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject; rua=mailto:dmarc@northbank.example'] },
          'mail.northbank.example': { A: ['192.0.2.10'] },
          '10.2.0.192.in-addr.arpa': { PTR: ['mail.northbank.example'] },
        },
      };
    }
    case 'spoofed': {
      // Claims northbank.example, sent from an Amazon EC2 address, unsigned: DMARC fails at p=reject.
      const spec: MessageSpec = {
        from: 'Northbank Security <security@northbank.example>',
        mailFrom: 'security@northbank.example',
        ip: '3.85.17.200',
        helo: 'ec2-3-85-17-200.compute-1.amazonaws.com',
        subject: 'Verify your account now',
      };
      const raw = deliver(
        buildMessage(spec),
        spec,
        'spf=fail smtp.mailfrom=northbank.example; dkim=none; dmarc=fail (p=REJECT) header.from=northbank.example',
      );
      return {
        name,
        authservId: RECEIVER,
        raw,
        zone: {
          'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
          '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
        },
      };
    }
    case 'suspicious': {
      // SPF authorises a whole Azure /11: a rented VM passes SPF and DMARC (aligned SPF pass).
      const spec: MessageSpec = {
        from: 'Supplyco Billing <billing@supplyco.example>',
        mailFrom: 'billing@supplyco.example',
        ip: '20.1.2.3',
        helo: 'vm-billing.cloudapp.example',
        subject: 'Updated bank details for invoice 4471',
      };
      const raw = deliver(
        buildMessage(spec),
        spec,
        'spf=pass smtp.mailfrom=supplyco.example; dkim=none; dmarc=pass (p=REJECT) header.from=supplyco.example',
      );
      return {
        name,
        authservId: RECEIVER,
        raw,
        zone: {
          'supplyco.example': { TXT: ['v=spf1 ip4:20.0.0.0/11 -all'] },
          '_dmarc.supplyco.example': { TXT: ['v=DMARC1; p=reject'] },
        },
      };
    }
    case 'unverified': {
      const spec: MessageSpec = {
        from: 'Newsletter <news@quietlist.example>',
        mailFrom: 'news@quietlist.example',
        ip: '198.51.100.7',
        helo: 'out.quietlist.example',
        subject: 'This week',
      };
      const raw = deliver(
        buildMessage(spec),
        spec,
        'spf=none smtp.mailfrom=quietlist.example; dkim=none; dmarc=none header.from=quietlist.example',
      );
      return { name, authservId: RECEIVER, raw, zone: { 'quietlist.example': { A: ['198.51.100.7'] } } };
    }
  }
}
