// Whose ARC seal may explain a DMARC failure. An intact chain only proves the seals are genuine,
// not that what they record is true: a sender can seal its own spoof with a domain it owns and
// write "dkim=pass" for the brand into it. Real seals here (mailauth's sealer, keys made in the
// test), delivered the way Gmail delivers: its entry hop, its one header, its own seal on top.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { EOP_NETWORKS } from '../../../lib/webmail/outlook';
import { dkimName, message, rsaKey, SIGN_TIME, seal, TestZone } from '../../fixtures/auth/mail';

const keys = { evil: rsaKey(1024), groups: rsaKey(1024), gmail: rsaKey(1024), microsoft: rsaKey(1024) };
const zone = () =>
  new TestZone({
    [dkimName('arc', 'evil.example')]: { TXT: [keys.evil.record] },
    [dkimName('arc', 'googlegroups.com')]: { TXT: [keys.groups.record] },
    [dkimName('arc', 'google.com')]: { TXT: [keys.gmail.record] },
    [dkimName('arc', 'microsoft.com')]: { TXT: [keys.microsoft.record] },
    '_dmarc.paypal.com': { TXT: ['v=DMARC1; p=reject'] },
    'paypal.com': { TXT: ['v=spf1 -all'] },
  });

/** A paypal.com message sealed first by `forwarder`, then delivered and sealed by Gmail. */
async function delivered(
  forwarder: 'evil.example' | 'googlegroups.com',
  recorded = 'dkim=pass header.d=paypal.com header.s=s1; spf=pass smtp.mailfrom=paypal.com; dmarc=pass header.from=paypal.com',
): Promise<string> {
  let raw = message({ from: 'service@paypal.com' });
  raw = await seal(raw, {
    domain: forwarder,
    selector: 'arc',
    key: forwarder === 'evil.example' ? keys.evil : keys.groups,
    cv: 'none',
    authResults: `${forwarder}; ${recorded}`,
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

const analyse = (raw: string, online: boolean, trustedForwarders?: string[]) =>
  analyzeMessage(raw, {
    resolver: online ? zone() : undefined,
    trustedAuthservIds: ['mx.google.com'],
    now: SIGN_TIME,
    trustedForwarders,
  });

describe('ARC seals that may explain a DMARC failure', () => {
  it.each([true, false])(
    'a chain the sender sealed itself, recording a pass for the brand, is suspicious, never unverified (online: %s)',
    async (online) => {
      const a = await analyse(await delivered('evil.example'), online);
      expect(a.arc.result).toBe('pass');
      expect(a.verdict).toBe('suspicious');
      const ids = a.findings.map((f) => f.id);
      expect(ids).not.toContain('arc-forwarded');
      const f = a.findings.find((x) => x.id === 'arc-untrusted-sealer');
      expect(f?.title).toContain('unknown forwarder, evil.example');
      expect(a.summary).toContain('a forwarder you have not trusted');
    },
  );

  it.each([true, false])(
    'the same chain recording a failure, or nothing for the From domain, stays spoofed (online: %s)',
    async (online) => {
      for (const rec of [
        'dkim=fail header.d=paypal.com; dmarc=fail header.from=paypal.com',
        'dmarc=pass header.from=evil.example',
      ])
        expect((await analyse(await delivered('evil.example', rec), online)).verdict).toBe('spoofed');
    },
  );

  it.each([true, false])(
    'a trusted forwarder that recorded dmarc=fail excuses nothing, and the summary says so (issue 16.3, online: %s)',
    async (online) => {
      const a = await analyse(
        await delivered(
          'googlegroups.com',
          'dkim=fail header.d=paypal.com; spf=fail smtp.mailfrom=paypal.com; dmarc=fail header.from=paypal.com',
        ),
        online,
      );
      expect(a.verdict).toBe('spoofed');
      expect(a.summary).toContain(
        'which recorded dkim=fail (paypal.com), spf=fail (paypal.com), dmarc=fail (paypal.com)',
      );
      expect(a.findings.map((f) => f.id)).toContain('arc-forwarder-no-pass');
    },
  );

  it('a sealer the user trusts (trustedForwarders) counts like a built-in one', async () => {
    const a = await analyse(await delivered('evil.example'), true, ['evil.example']);
    expect(a.verdict).toBe('unverified');
    expect(a.findings.find((f) => f.id === 'arc-forwarded')?.title).toContain('evil.example');
  });

  it.each([true, false])(
    'a known forwarder’s chain explains it: unverified, not spoofed (online: %s)',
    async (online) => {
      const a = await analyse(await delivered('googlegroups.com'), online);
      expect(a.verdict).toBe('unverified');
      expect(a.findings.find((f) => f.id === 'arc-forwarded')?.title).toContain('googlegroups.com');
    },
  );

  // Exchange Online names no authserv-id, and seals what it receives as microsoft.com: its own
  // delivery seal is no forward, even though Microsoft is a trusted sealer.
  async function toOutlook(forwarder: 'googlegroups.com' | null): Promise<string> {
    let raw = message({ from: 'service@paypal.com' });
    if (forwarder)
      raw = await seal(raw, {
        domain: forwarder,
        selector: 'arc',
        key: keys.groups,
        cv: 'none',
        authResults: `${forwarder}; dkim=pass header.d=paypal.com header.s=s1`,
      });
    raw = await seal(raw, {
      domain: 'microsoft.com',
      selector: 'arc',
      key: keys.microsoft,
      cv: forwarder ? 'pass' : 'none',
      authResults:
        'mx.microsoft.com 1; spf=fail smtp.mailfrom=paypal.com; dmarc=fail action=oreject header.from=paypal.com',
    });
    return `Received: from relay.example (203.0.113.9) by AM0EUR01FT012.mail.protection.outlook.com (10.152.2.148) with Microsoft SMTP Server id 15.20.1; Sun, 01 Mar 2026 10:00:05 +0000\r\n${raw}`;
  }
  const outlook = (raw: string) =>
    analyzeMessage(raw, { resolver: zone(), receiverNetworks: EOP_NETWORKS, now: SIGN_TIME });

  it('Outlook’s own delivery seal does not excuse a spoof', async () => {
    const a = await outlook(await toOutlook(null));
    expect(a.arc.result).toBe('pass');
    expect(a.verdict).toBe('spoofed');
    expect(a.findings.map((f) => f.id)).not.toContain('arc-forwarded');
  });

  it('a known forwarder sealed before Outlook still explains it', async () => {
    const a = await outlook(await toOutlook('googlegroups.com'));
    expect(a.verdict).toBe('unverified');
    expect(a.findings.find((f) => f.id === 'arc-forwarded')?.title).toContain('googlegroups.com');
  });
});
