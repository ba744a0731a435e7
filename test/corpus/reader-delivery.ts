// The readers' providers as the real-mail rounds since 211 deliver to them: Gmail, a Postfix box
// with OpenDKIM/OpenDMARC and Dovecot, Yahoo and Exchange Online, each writing its own record of
// the sender's hand-off (one builder, where rounds 211-215 each carried a copy).
import { signCorpus } from '../helpers/corpus';
import { RECEIVER, type Relay } from './kit';
import { onTop } from './messages';
import { dovecotLmtp, eopDelivery, gmailDelivery, yahooDelivery } from './receivers';

export type Reader = 'gmail' | 'box' | 'yahoo' | 'outlook';
export interface Dkim {
  d: string;
  s: string;
  r: 'pass' | 'fail';
}
/** What the reader's provider found: its DKIM rows, SPF for the envelope, DMARC for the From. */
export interface Found {
  dkim: Dkim[];
  spf: 'pass' | 'none';
  dmarc: { from: string; policy: string | null; result: 'pass' | 'fail' | 'none' };
}

/** The first 8 characters of b= of the DKIM-Signature with `d` (as OpenDKIM and Gmail quote it). */
export function bOf(raw: string, d: string): string {
  const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
  for (const f of head.split(/\r\n(?![ \t])/)) {
    if (!/^DKIM-Signature:/i.test(f)) continue;
    const flat = f.replace(/\s+/g, '');
    if (!new RegExp(`[;:]d=${d.replace(/\./g, '\\.')};`, 'i').test(flat)) continue;
    const b = /;b=([A-Za-z0-9+/]{8})/.exec(flat);
    if (b?.[1]) return b[1];
  }
  return 'Q29ycHVz';
}

/** How one round's deliveries tell themselves apart (the ids the providers' lines carry). */
export interface DeliveryTags {
  /** The round's number, inside Gmail's and the box's queue ids (`x211csp1pxa`, `W211B1x1`). */
  round: string;
  /** The head of the box's Dovecot LMTP session id. */
  lmtp: string;
  /** Gmail's delivery names the reader in its entry (`for <robin@reader.example>`). */
  gmailTo?: boolean;
  /** Exchange Online's frontend server (CO1PEPF000044F7 unless given; null: eopDelivery's own). */
  frontend?: string | null;
}

/**
 * The sender's hand-off to the reader's provider (Gmail, a Postfix/Dovecot box, Yahoo, Exchange
 * Online), with that provider's own record of what it found: the real-mail rounds' receivers
 * (realworld211 and after), one counter per round.
 */
export function readerDelivery(tags: DeliveryTags) {
  let serial = 0;
  return (reader: Reader, raw: string, relay: Relay, env: string, f: Found): string =>
    deliverOne(tags, ++serial, reader, raw, relay, env, f);
}

function deliverOne(
  tags: DeliveryTags,
  n: number,
  reader: Reader,
  raw: string,
  relay: Relay,
  env: string,
  f: Found,
): string {
  const envDomain = env.slice(env.lastIndexOf('@') + 1);
  const pol = f.dmarc.policy;
  const v6 = relay.ip.includes(':');
  if (reader === 'gmail') {
    const rows = [
      ...f.dkim.map((k) =>
        k.r === 'pass'
          ? `dkim=pass header.i=@${k.d} header.s=${k.s} header.b=${bOf(raw, k.d)};`
          : `dkim=neutral (body hash did not verify) header.i=@${k.d} header.s=${k.s} header.b=${bOf(raw, k.d)};`,
      ),
      f.spf === 'pass'
        ? `spf=pass (google.com: domain of ${env} designates ${relay.ip} as permitted sender) smtp.mailfrom=${env};`
        : `spf=none (google.com: ${env} does not designate permitted sender hosts) smtp.mailfrom=${env};`,
      pol
        ? `dmarc=${f.dmarc.result} (p=${pol.toUpperCase()} sp=${pol.toUpperCase()} dis=NONE) header.from=${f.dmarc.from}`
        : `dmarc=none header.from=${f.dmarc.from}`,
    ];
    return gmailDelivery(raw, {
      relay,
      envelope: env,
      results: rows.join('\r\n       '),
      ids: [`x${tags.round}csp${n}pxa`, `a${tags.round}si${n}qtb.${n}`],
      ...(tags.gmailTo ? { to: 'robin@reader.example' } : {}),
      ...(f.spf === 'pass' ? { spf: 'pass' as const } : {}),
      deliveredTo: true,
    });
  }
  if (reader === 'box') {
    const id = `W${tags.round}B${n}x${n}`;
    const rows = [
      ...f.dkim.map(
        (k) =>
          `dkim=${k.r === 'pass' ? 'pass (2048-bit key; unprotected key)' : 'fail reason="signature verification failed" (2048-bit key; unprotected key)'} header.d=${k.d} header.i=@${k.d} header.b=${bOf(raw, k.d)}`,
      ),
      f.spf === 'pass'
        ? `spf=pass (${RECEIVER}: domain of ${env} designates ${relay.ip} as permitted sender) smtp.mailfrom=${env}`
        : `spf=none (${RECEIVER}: ${envDomain} does not designate permitted sender hosts) smtp.mailfrom=${env}`,
      `dmarc=${f.dmarc.result} (p=${pol ?? 'none'} dis=none) header.from=${f.dmarc.from}`,
    ];
    const client = relay.rdns
      ? `${relay.rdns} [${relay.ip}]`
      : `unknown [${v6 ? `IPv6:${relay.ip}` : relay.ip}]`;
    return onTop(
      raw,
      `Return-Path: <${env}>`,
      'Delivered-To: robin@reader.example',
      dovecotLmtp(
        RECEIVER,
        env,
        'robin@reader.example',
        `${tags.lmtp}${id}`,
        'Fri, 20 Nov 2026 10:00:06 +0000',
      ),
      `Authentication-Results: ${RECEIVER};\r\n\t${rows.join(';\r\n\t')}`,
      `Received: from ${relay.helo} (${client})\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id ${id}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
    );
  }
  if (reader === 'yahoo') {
    const rows = [
      ...f.dkim.map((k) => `dkim=${k.r === 'pass' ? 'pass' : 'perm_fail'} header.i=@${k.d} header.s=${k.s};`),
      `spf=${f.spf} smtp.mailfrom=${envDomain};`,
      `dmarc=${f.dmarc.result}(p=${(pol ?? 'none').toUpperCase()}) header.from=${f.dmarc.from};`,
    ];
    return yahooDelivery(raw, { relay, envelope: env, results: rows.join('\r\n ') });
  }
  const dkim = f.dkim.length
    ? f.dkim
        .map((k) =>
          k.r === 'pass'
            ? `dkim=pass (signature was verified)\r\n header.d=${k.d}`
            : `dkim=fail (body hash did not verify)\r\n header.d=${k.d}`,
        )
        .join(';')
    : 'dkim=none (message not signed)\r\n header.d=none';
  const ok = f.dmarc.result === 'pass';
  return eopDelivery(raw, {
    ip: relay.ip,
    helo: relay.helo,
    ar: `spf=${f.spf} (sender IP is ${relay.ip})\r\n smtp.mailfrom=${envDomain}; ${dkim};dmarc=${pol ? f.dmarc.result : 'none'} action=none\r\n header.from=${f.dmarc.from};compauth=${ok ? 'pass reason=100' : 'none reason=405'}`,
    spf: `${f.spf === 'pass' ? 'Pass' : 'None'} (protection.outlook.com: domain of ${envDomain} ${f.spf === 'pass' ? 'designates' : 'does not designate'}\r\n ${relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${relay.ip}; helo=${relay.helo}; pr=C`,
    returnPath: env,
    ...(tags.frontend === null ? {} : { frontend: tags.frontend ?? 'CO1PEPF000044F7' }),
  });
}

/** Signs in order (the last on top). */
export async function signInOrder(
  raw: string,
  sigs: Array<{ d: string; s: string; h: string[]; c?: string }>,
): Promise<string> {
  let out = raw;
  for (const g of sigs)
    out = await signCorpus(out, {
      domain: g.d,
      selector: g.s,
      headerList: g.h,
      ...(g.c ? { canonicalization: g.c } : {}),
    });
  return out;
}
