// Rule 4 with a trusted network inside hosting space (probe41): a hop in hostedGatewayHops is not
// the gateway by its network, only by a forward-confirmed gateway name.
import { describe, expect, it } from 'vitest';
import { findOrigin, gatewayNameCandidates } from '../../../lib/message/origin';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceivedChain } from '../../../lib/message/received';

const hopsOf = (lines: string[]) =>
  parseReceivedChain(parseMessage(`${lines.join('\r\n')}\r\nFrom: a@b.example\r\n\r\nx\r\n`).headers);
const ENTRY =
  'Received: from filter.reader.example (ec2-3-120-77-7.eu-central-1.compute.amazonaws.com [3.120.77.7]) by mx.reader.example (Postfix) with ESMTPS id A1; Fri, 20 Nov 2026 10:00:05 +0000';
const BANK_LINE_TO = (by: string) =>
  `Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by ${by} with ESMTP id B2; Fri, 20 Nov 2026 10:00:03 +0000`;
const BANK_LINE = BANK_LINE_TO('filter.reader.example');
/** A filtering service's VM on AWS, known by its own reverse name (not under the receiver's domain). */
const NAMED_ENTRY =
  'Received: from in1.filtergate.example (in1.filtergate.example [3.120.1.10]) by mx.reader.example (Postfix) with ESMTPS id A1; Fri, 20 Nov 2026 10:00:05 +0000';
const BANK_TO_NAMED = BANK_LINE_TO('in1.filtergate.example');
const hints = { trustedAuthservIds: ['mx.reader.example'], gatewayNetworks: ['3.120.0.0/16'] };

describe('trusted gateway network in hosting space', () => {
  it('does not take a tenant’s VM for the gateway by the network alone (probe41)', () => {
    const hops = hopsOf([ENTRY, BANK_LINE]);
    expect(findOrigin(hops, hints)).toMatchObject({ hopIndex: 1, ip: '192.0.2.10', gatewayHops: [0] });
    const o = findOrigin(hopsOf([ENTRY, BANK_LINE]), { ...hints, hostedGatewayHops: new Set([0]) });
    expect(o).toMatchObject({ hopIndex: 0, ip: '3.120.77.7' });
    expect(o.gatewayHops).toBeUndefined();
  });

  it('still takes it by a forward-confirmed name under a trusted gateway domain', () => {
    const named = { ...hints, gatewayDomains: ['filtergate.example'], hostedGatewayHops: new Set([0]) };
    expect(findOrigin(hopsOf([NAMED_ENTRY, BANK_TO_NAMED]), named).gatewayHops).toBeUndefined();
    expect(gatewayNameCandidates(hopsOf([NAMED_ENTRY, BANK_TO_NAMED]), named)).toEqual([
      { hopIndex: 0, ip: '3.120.1.10', name: 'in1.filtergate.example' },
    ]);
    const o = findOrigin(hopsOf([NAMED_ENTRY, BANK_TO_NAMED]), {
      ...named,
      confirmedGatewayNames: new Set([0]),
    });
    expect(o).toMatchObject({ hopIndex: 1, ip: '192.0.2.10', gatewayHops: [0] });
  });
});
