// The reader's own filter in front of its box (real-mail round 50): a filter named under the
// reader's own domain is still the trusted gateway, the box's own header below its line is not the
// filter's record, and offline the box's SPF at the filter's address says nothing about the sender.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { gatewayAuthResults } from '../../../lib/auth/gateway-results';
import { findOrigin } from '../../../lib/message/origin';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceivedChain } from '../../../lib/message/received';

const NOW = new Date('2026-11-20T12:00:00Z');
const BOX = 'mx.quayside-law.example';
const FILTER_IP = '3.120.7.19';
const SENDER_IP = '198.51.100.171';
const ENV = 'office@fernhill-joinery.example';
const headersOf = (lines: string[]) =>
  parseMessage(`${lines.join('\r\n')}\r\nFrom: Fernhill <${ENV}>\r\n\r\nx\r\n`).headers;
const hopsOf = (lines: string[]) => parseReceivedChain(headersOf(lines));

const boxLine = (rdns: string, by = BOX) =>
  `Received: from filter.quayside-law.example (${rdns} [${FILTER_IP}]) by ${by} (Postfix) with ESMTPS id A1; Fri, 20 Nov 2026 10:00:06 +0000`;
const FILTER_LINE = `Received: from mail.fernhill-joinery.example (mail.fernhill-joinery.example [${SENDER_IP}]) by filter.quayside-law.example (Postfix) with ESMTPS id B2; Fri, 20 Nov 2026 10:00:05 +0000`;
const AWS = 'ec2-3-120-7-19.eu-central-1.compute.amazonaws.com';
const OWN = 'filter.quayside-law.example';
const trust = { trustedAuthservIds: [BOX], gatewayNetworks: [`${FILTER_IP}/32`] };

describe('a trusted filter named under the reader’s own domain (findOrigin)', () => {
  it('records it as the gateway without moving the origin (rw50-filter-ptr-own-domain-trusted-32)', () => {
    const o = findOrigin(hopsOf([boxLine(OWN), FILTER_LINE]), trust);
    expect(o).toMatchObject({ hopIndex: 1, ip: SENDER_IP, gatewayHops: [0] });
    // The same filter with AWS's reverse name: the walk goes below it, to the same origin.
    expect(findOrigin(hopsOf([boxLine(AWS), FILTER_LINE]), trust)).toMatchObject({
      hopIndex: 1,
      ip: SENDER_IP,
      gatewayHops: [0],
    });
  });

  it('records no gateway for an own relay the reader did not trust', () => {
    const o = findOrigin(hopsOf([boxLine(OWN), FILTER_LINE]), { trustedAuthservIds: [BOX] });
    expect(o).toMatchObject({ hopIndex: 1, ip: SENDER_IP });
    expect(o.gatewayHops).toBeUndefined();
  });

  it('never takes a trusted address the sender wrote below the entry, nor moves the origin for it', () => {
    // The forger writes a line naming the reader's filter below the filter's real line.
    const forged = `Received: from filter.quayside-law.example (${OWN} [${FILTER_IP}]) by mail.fernhill-joinery.example with ESMTP id C3; Fri, 20 Nov 2026 10:00:04 +0000`;
    const o = findOrigin(hopsOf([boxLine(OWN), FILTER_LINE, forged]), trust);
    expect(o).toMatchObject({ hopIndex: 1, ip: SENDER_IP, gatewayHops: [0] });
  });
});

describe('the box’s own header below its own line (gatewayAuthResults)', () => {
  const STALWART = 'mail.quayside-law.example';
  const stalwartLine = `Received: from filter.quayside-law.example (${AWS} [${FILTER_IP}]) by ${STALWART} (Stalwart SMTP) with ESMTPS id S1; Fri, 20 Nov 2026 10:00:06 +0000`;
  const stalwartAr = `Authentication-Results: ${STALWART}; spf=fail (${STALWART}: domain of ${ENV} does not designate ${FILTER_IP} as permitted sender) smtp.mailfrom=${ENV}; dmarc=fail header.from=fernhill-joinery.example`;
  const read = (lines: string[]) => {
    const headers = headersOf(lines);
    return gatewayAuthResults({
      headers,
      hops: parseReceivedChain(headers),
      entry: 0,
      sender: 1,
      domains: [],
      trusted: true,
    }).map((h) => h.line);
  };

  it('is the receiver’s, not the filter’s (rw50-filter-ec2-elastic-ip-32-stalwart-box-spf-only)', () => {
    expect(read([stalwartLine, stalwartAr, FILTER_LINE])).toEqual([]);
  });

  it('a filter’s own header under the firm’s domain still counts as the filter’s record', () => {
    const filterAr = `Authentication-Results: ${OWN}; spf=fail smtp.mailfrom=${ENV}; dmarc=fail header.from=fernhill-joinery.example`;
    expect(read([stalwartLine, stalwartAr, filterAr, FILTER_LINE])).toEqual([filterAr]);
  });
});

describe('offline, behind the trusted filter named under the reader’s domain (providerWithGateway)', () => {
  const boxAr = (spfComment: string, dkim = 'dkim=none', dmarc = 'dmarc=fail') =>
    `Authentication-Results: ${BOX}; ${dkim}; spf=fail (${spfComment}) smtp.mailfrom=${ENV}; ${dmarc} header.from=fernhill-joinery.example`;
  const AT_FILTER = `${BOX}: domain of ${ENV} does not designate ${FILTER_IP} as permitted sender`;
  const offline = (lines: string[]) =>
    analyzeMessage(
      Buffer.from(`${lines.join('\r\n')}\r\nFrom: Fernhill <${ENV}>\r\nSubject: Invoice\r\n\r\nx\r\n`),
      {
        trustedAuthservIds: [BOX],
        trustedGateways: { networks: [`${FILTER_IP}/32`] },
        now: NOW,
      },
    );

  // The box's fail named the filter's address and judged it, not the sender; a genuine SPF-only
  // sender prints the same header (rw50-filter-ec2-elastic-ip-32-postfix-box-spf-only-offline):
  // offline nothing checks the sender (lib/engine/offline.ts offlineAtTrustedGateway).
  it('a message the filter passed on, judged by the box at the filter, offline: unverified, saying so (probe43 shape)', async () => {
    const a = await offline([boxAr(AT_FILTER), boxLine(OWN), FILTER_LINE]);
    expect(a.gateway?.trusted).toBe(true);
    expect(a.verdict).toBe('unverified');
    expect(a.dmarc.atTrustedGateway).toBe(FILTER_IP);
    expect(a.summary).toContain(`checked SPF at ${FILTER_IP}, the gateway you trust`);
    // The provider's own header is still shown as it was.
    expect(a.provider?.dmarc?.result).toBe('fail');
  });

  it('the box’s own words only: an IPv4-mapped sender address counts, a HELO naming the filter does not (probe54)', async () => {
    const mapped = `${BOX}: domain of ${ENV} does not designate ::ffff:${SENDER_IP} as permitted sender`;
    expect((await offline([boxAr(mapped), boxLine(OWN), FILTER_LINE])).verdict).toBe('spoofed');
    const heloOnly = `Authentication-Results: ${BOX}; dkim=none; spf=fail smtp.helo=[${FILTER_IP}] smtp.mailfrom=${ENV}; dmarc=fail header.from=fernhill-joinery.example`;
    const a = await offline([heloOnly, boxLine(OWN), FILTER_LINE]);
    expect(a.dmarc.atTrustedGateway).toBeUndefined();
    expect(a.verdict).toBe('spoofed');
  });

  it('but the box’s fail naming the sender’s own address still counts', async () => {
    const atSender = `${BOX}: domain of ${ENV} does not designate ${SENDER_IP} as permitted sender`;
    expect((await offline([boxAr(atSender), boxLine(OWN), FILTER_LINE])).verdict).toBe('spoofed');
    const bothNamed = `${AT_FILTER}; client ${SENDER_IP}`;
    expect((await offline([boxAr(bothNamed), boxLine(OWN), FILTER_LINE])).verdict).toBe('spoofed');
  });

  it('a failing signature of the From’s own (a filter rewriting links breaks it too) does not make the box’s fail the sender’s', async () => {
    const a = await offline([
      boxAr(AT_FILTER, 'dkim=fail header.d=fernhill-joinery.example header.s=s1'),
      boxLine(OWN),
      FILTER_LINE,
    ]);
    expect(a.dmarc.atTrustedGateway).toBe(FILTER_IP);
    expect(a.verdict).toBe('unverified');
  });

  it('a filter header the client’s HELO wrote into does not hide the box’s fail (probe51 shape)', async () => {
    const helo = 'x;dmarc=pass header.from=fernhill-joinery.example';
    const tainted = `Authentication-Results: ${OWN}; spf=none (no SPF record) smtp.helo=${helo}`;
    const line = `Received: from ${helo} (mail.attacker.example [198.51.100.66]) by ${OWN} (Postfix) with ESMTPS id B9; Fri, 20 Nov 2026 10:00:05 +0000`;
    const a = await offline([boxAr(AT_FILTER), boxLine(OWN), tainted, line]);
    expect(a.verdict).not.toBe('unverified');
    expect(a.verdict).not.toBe('authenticated');
  });

  it('a filter recording SPF alone leaves the box’s DKIM-based DMARC pass standing (genuine signed mail)', async () => {
    const spfOnly = `Authentication-Results: ${OWN}; spf=pass (sender SPF authorized) smtp.mailfrom=${ENV}`;
    const a = await offline([
      boxAr(AT_FILTER, 'dkim=pass header.d=fernhill-joinery.example header.s=s1', 'dmarc=pass'),
      boxLine(OWN),
      spfOnly,
      FILTER_LINE,
    ]);
    expect(a.verdict).toBe('authenticated');
    expect(a.provider?.dmarc?.result).toBe('pass');
  });

  it('but not a DMARC pass beside a signature of another domain only', async () => {
    const spfOnly = `Authentication-Results: ${OWN}; spf=pass (sender SPF authorized) smtp.mailfrom=${ENV}`;
    const a = await offline([
      boxAr(AT_FILTER, 'dkim=pass header.d=mailer.example header.s=s1', 'dmarc=pass'),
      boxLine(OWN),
      spfOnly,
      FILTER_LINE,
    ]);
    expect(a.provider?.dmarc).toBeNull();
    expect(a.verdict).toBe('unverified');
  });
});
