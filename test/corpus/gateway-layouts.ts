// Shared layouts for the gateway corpus makers (test/corpus/{legit,adversarial}/gateways.ts): what
// an inbound gateway writes on its way through, learnt from public material:
// - Mimecast's Received: `from <host> (<host> [<ip>]) by relay.mimecast.com with ESMTP with STARTTLS
//   (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id us-mta-632-…-1; <date>` followed by
//   `X-MC-Unique: …-1` (redhat.com mail through Mimecast, in public kernel/qemu list archives).
//   Mimecast's delivery hosts appear as `us-smtp-delivery-124.mimecast.com [170.10.133.124]` in the
//   next receiver's Received (same archives: Red Hat's OUTBOUND mail — an outbound gateway sits at
//   the entry hop exactly like an inbound one).
// - ARC sealing domains and selectors: Microsoft Learn, "Configure trusted ARC sealers" (Mimecast
//   d=mimecast.com s=arc-2018; Proofpoint d=pphosted.com s=arcselector; Barracuda
//   d=barracudanetworks.com s=arc1).
// - Link rewriting (Mimecast URL Protect, Proofpoint URL Defense, Cisco's secure-web rewrites)
//   changes the body after the gateway checked DKIM: the sender's body hash no longer verifies.
// Addresses are documentation ranges (RFC 5737) except Barracuda's published 209.222.80.0/21.
import { sealMessage } from 'mailauth/lib/arc';
import { corpusKeys } from '../helpers/corpus';

export const RECEIVER = 'mx.reader.example';
export const SIGN_TIME = new Date('2026-11-20T10:00:00Z');

/** ARC-seals `raw` as `domain` with the committed corpus RSA key (publish corpusKeys().rsaTxt). */
export async function sealAs(
  raw: string,
  spec: { domain: string; selector: string; cv: 'none' | 'pass' | 'fail'; authResults: string },
): Promise<string> {
  const headers = await sealMessage(raw, {
    signingDomain: spec.domain,
    selector: spec.selector,
    privateKey: corpusKeys().rsaPem,
    cv: spec.cv,
    authResults: spec.authResults,
    signTime: SIGN_TIME,
  } as never);
  if (!headers.length) throw new Error('sealing produced no headers');
  return headers.toString() + raw;
}

/** Replaces text in the body only (what a link-rewriting gateway does after its checks). */
export function rewriteBody(raw: string, from: string, to: string): string {
  const split = raw.indexOf('\r\n\r\n');
  const body = raw.slice(split);
  if (!body.includes(from)) throw new Error(`body has no ${from}`);
  return raw.slice(0, split) + body.split(from).join(to);
}

/** Mimecast's own Received for the server that handed it the message. */
export function mimecastReceived(spec: { helo: string; ip: string; id: string; date?: string }): string {
  return `Received: from ${spec.helo} (${spec.helo} [${spec.ip}]) by relay.mimecast.com with ESMTP with STARTTLS\r\n (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\r\n ${spec.id}; ${spec.date ?? 'Fri, 20 Nov 2026 05:00:03 -0500'}\r\nX-MC-Unique: ${spec.id.replace(/^[a-z]+-mta-\d+-/, '')}`;
}

/** The PTR name for an IPv4 address. */
export function ptrName(ip: string): string {
  return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
}
