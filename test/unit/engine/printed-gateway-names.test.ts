// Offline, a gateway trusted by name (lib/engine/origin-walk.ts printedGatewayNames): counted where
// the reader's own box printed that name as one it found leading back (Postfix, Exim); not where
// the line says "may be forged" (Sendmail) or prints the client's `(HELO …)` beside what the PTR
// says (qmail, CommuniGate). rw57-box-trusted-gateway-by-name-sender-helo-literal-offline.
import { describe, expect, it } from 'vitest';
import { printedGatewayNames } from '../../../lib/engine/origin-walk';
import { findOrigin } from '../../../lib/message/origin';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceivedChain } from '../../../lib/message/received';

const hopsOf = (lines: string[]) =>
  parseReceivedChain(parseMessage(`${lines.join('\r\n')}\r\nFrom: a@b.example\r\n\r\nx\r\n`).headers);
const AT = 'Fri, 20 Nov 2026 10:00:05 +0000';
const GW = 'mx-eu1-dlv.tmes.trendmicro.eu';
const postfix = `Received: from ${GW} (${GW} [198.51.100.172]) by mx.reader.example (Postfix) with ESMTPS id A1; ${AT}`;
const sendmail = `Received: from ${GW} (${GW} [198.51.100.172]) (may be forged) by mx.reader.example (8.17.1/8.17.1) with ESMTP id A1; ${AT}`;
const qmail = `Received: from ${GW} (HELO ${GW}) (198.51.100.172) by mx.reader.example with SMTP; ${AT}`;
const below = `Received: from [192.0.2.87] (unknown [192.0.2.87]) by ${GW} (Postfix) with ESMTP id B2; ${AT}`;
const hints = { trustedAuthservIds: ['mx.reader.example'], gatewayDomains: ['tmes.trendmicro.eu'] };

describe('printedGatewayNames', () => {
  it('Postfix printed the gateway’s name: the gateway, and the walk goes below it', () => {
    const hops = hopsOf([postfix, below]);
    const confirmed = printedGatewayNames(hops, hints);
    expect([...confirmed]).toEqual([0]);
    expect(findOrigin(hops, { ...hints, confirmedGatewayNames: confirmed })).toMatchObject({
      ip: '192.0.2.87',
      gatewayHops: [0],
    });
  });

  it('a name Sendmail marks "may be forged" confirms nothing: the walk stops at that hop', () => {
    const hops = hopsOf([sendmail, below]);
    const confirmed = printedGatewayNames(hops, hints);
    expect(confirmed.size).toBe(0);
    expect(findOrigin(hops, { ...hints, confirmedGatewayNames: confirmed })).toMatchObject({
      ip: '198.51.100.172',
    });
  });

  it('a qmail-style line (the client’s HELO beside what the PTR says) confirms nothing', () => {
    expect(printedGatewayNames(hopsOf([qmail, below]), hints).size).toBe(0);
  });

  it('a name under no trusted domain is no candidate', () => {
    expect(
      printedGatewayNames(hopsOf([postfix, below]), { ...hints, gatewayDomains: ['mimecast.com'] }).size,
    ).toBe(0);
  });
});
