// Offline, a gateway trusted by name (lib/engine/origin-walk.ts printedGatewayNames): counted where
// the reader's own box printed that name as one it found leading back (Postfix, Exim); not where
// the line says "may be forged" (Sendmail) or prints the client's `(HELO …)` beside what the PTR
// says (qmail, CommuniGate). rw57-box-trusted-gateway-by-name-sender-helo-literal-offline.
import { describe, expect, it } from 'vitest';
import { printedGatewayNames, printedUnnamedGateways } from '../../../lib/engine/origin-walk';
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

describe('lines of writers that print the PTR as found', () => {
  it.each([
    [
      'Haraka',
      `Received: from ${GW} (${GW} [198.51.100.172]) by mx.reader.example (Haraka/3.0.3) with ESMTPS id 7E1C; ${AT}`,
    ],
    [
      'OpenSMTPD',
      `Received: from ${GW} (${GW} [198.51.100.172]) by mx.reader.example (OpenSMTPD) with ESMTPS id 5f3a60b1; ${AT}`,
    ],
    // A HELO with blanks cannot write Postfix's product token into the line's own by clause.
    [
      'a HELO faking Postfix',
      `Received: from x by mx.reader.example (Postfix) with ESMTP (${GW} [198.51.100.172]) by mx.reader.example (Haraka/3.0.3) with ESMTPS id 7E1C; ${AT}`,
    ],
  ])('%s: the printed name confirms nothing offline', (_, line) => {
    expect(printedGatewayNames(hopsOf([line, below]), hints).size).toBe(0);
  });
});

describe('printedUnnamedGateways (Exim)', () => {
  const exim = (from: string) =>
    `Received: from ${from} by mx.reader.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.97) (envelope-from <a@b.example>) id 1tX60a-000Abc-Q1; ${AT}`;

  it('Exim’s `from NAME ([IP])` (its confirmed name, also the HELO) names the gateway', () => {
    const hops = hopsOf([exim(`${GW} ([198.51.100.172])`), below]);
    const names = printedUnnamedGateways(hops, hints);
    expect([...names]).toEqual([[0, GW]]);
    expect(findOrigin(hops, { ...hints, gatewayReverseNames: names })).toMatchObject({ ip: '192.0.2.87' });
  });

  it('a client Exim found no name for (`from [IP] (helo=NAME)`) is not the gateway', () => {
    expect(printedUnnamedGateways(hopsOf([exim(`[198.51.100.172] (helo=${GW})`), below]), hints).size).toBe(
      0,
    );
  });

  it('a line that is not Exim’s does not count', () => {
    const notExim = `Received: from ${GW} ([198.51.100.172]) by mx.reader.example with ESMTPS id 7E1C; ${AT}`;
    expect(printedUnnamedGateways(hopsOf([notExim, below]), hints).size).toBe(0);
  });
});
