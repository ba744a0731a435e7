// Whose ARC seal may explain a DMARC failure. An intact chain only proves the seals are genuine,
// not that what they record is true: a sender can seal its own spoof with a domain it owns and
// write "dkim=pass" for the brand into it. Real seals here (mailauth's sealer, keys made in the
// test), delivered the way Gmail delivers: its entry hop, its one header, its own seal on top.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { dkimName, message, rsaKey, SIGN_TIME, seal, TestZone } from '../../fixtures/auth/mail';

const keys = { evil: rsaKey(1024), groups: rsaKey(1024), gmail: rsaKey(1024) };
const zone = () =>
  new TestZone({
    [dkimName('arc', 'evil.example')]: { TXT: [keys.evil.record] },
    [dkimName('arc', 'googlegroups.com')]: { TXT: [keys.groups.record] },
    [dkimName('arc', 'google.com')]: { TXT: [keys.gmail.record] },
    '_dmarc.paypal.com': { TXT: ['v=DMARC1; p=reject'] },
    'paypal.com': { TXT: ['v=spf1 -all'] },
  });

/** A paypal.com message sealed first by `forwarder`, then delivered and sealed by Gmail. */
async function delivered(forwarder: 'evil.example' | 'googlegroups.com'): Promise<string> {
  let raw = message({ from: 'service@paypal.com' });
  raw = await seal(raw, {
    domain: forwarder,
    selector: 'arc',
    key: forwarder === 'evil.example' ? keys.evil : keys.groups,
    cv: 'none',
    authResults: `${forwarder}; dkim=pass header.d=paypal.com header.s=s1; spf=pass smtp.mailfrom=paypal.com; dmarc=pass header.from=paypal.com`,
  });
  const gmailAr =
    'mx.google.com; spf=fail smtp.mailfrom=paypal.com; dmarc=fail (p=REJECT) header.from=paypal.com; arc=pass (i=1 spf=pass dkim=pass dmarc=pass)';
  raw = await seal(raw, {
    domain: 'google.com',
    selector: 'arc',
    key: keys.gmail,
    cv: 'pass',
    authResults: gmailAr,
  });
  return `${[
    'Return-Path: <bounce@relay.example>',
    'Received: from relay.example (relay.example. [203.0.113.9]) by mx.google.com with ESMTPS id y; Sun, 01 Mar 2026 10:00:05 +0000',
    `Authentication-Results: ${gmailAr}`,
  ].join('\r\n')}\r\n${raw}`;
}

const analyse = (raw: string, online: boolean) =>
  analyzeMessage(raw, {
    resolver: online ? zone() : undefined,
    trustedAuthservIds: ['mx.google.com'],
    now: SIGN_TIME,
  });

describe('ARC seals that may explain a DMARC failure', () => {
  it.each([true, false])(
    'a chain the sender sealed itself leaves a spoof spoofed (online: %s)',
    async (online) => {
      const a = await analyse(await delivered('evil.example'), online);
      expect(a.arc.result).toBe('pass');
      expect(a.verdict).toBe('spoofed');
      const ids = a.findings.map((f) => f.id);
      expect(ids).not.toContain('arc-forwarded');
      expect(ids).toContain('arc-untrusted-sealer');
    },
  );

  it.each([true, false])(
    'a known forwarder’s chain explains it: unverified, not spoofed (online: %s)',
    async (online) => {
      const a = await analyse(await delivered('googlegroups.com'), online);
      expect(a.verdict).toBe('unverified');
      expect(a.findings.find((f) => f.id === 'arc-forwarded')?.title).toContain('googlegroups.com');
    },
  );
});
