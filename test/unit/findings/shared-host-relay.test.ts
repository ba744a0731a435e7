// A shared web host's relay known by name (Origin.platformRelay, lib/engine/relay-facts.ts) makes
// an SPF pass through it the host's shared SPF (lib/findings/auth-state.ts sharedSpfPass), also
// where the From domain's own `mx` term names the host's server (red-team round 139); beside the
// firm's own aligned signature the relay is its email service (real-mail round 138). And Exchange
// Online's record is not read from a gap a HELO's line breaks opened (red-team round 136).
import { describe, expect, it } from 'vitest';
import { analyseNamed } from '../../helpers/pinned-corpus';

describe('shared hosts’ relays', () => {
  it('an all-inkl co-tenant passing on the firm’s own mx term: unverified, the host’s shared SPF', async () => {
    const a = await analyseNamed('adversarial/probe139-box-allinkl-mx-spf-only-co-tenant');
    expect(a.origin.platformRelay).toBe('all-inkl Mail');
    expect(a.origin.esp).toBeNull();
    expect(a.verdict).toBe('unverified');
  });

  it('the firm’s signed mail from the same server: the relay is its ESP, authenticated', async () => {
    const a = await analyseNamed('adversarial/probe139-gmail-allinkl-signed-control');
    expect(a.origin.esp).toBe('all-inkl Mail');
    expect(a.origin.platformRelay).toBeUndefined();
    expect(a.verdict).toBe('authenticated');
  });

  it.each([
    ['legit/realworld138-gmail-godaddy-cpanel-owner-aligned-dkim', 'GoDaddy Hosting Mail'],
    ['legit/realworld138-gmail-siteground-owner-aligned-dkim', 'SiteGround Mail'],
    ['legit/realworld138-gmail-netcup-plesk-owner-aligned-dkim', 'netcup Hosting Mail'],
  ])('%s: authenticated through %s', async (name, esp) => {
    const a = await analyseNamed(name);
    expect(a.origin.esp).toBe(esp);
    expect(a.origin.hostedServer).toBe(false);
    expect(a.verdict).toBe('authenticated');
  });

  it.each([
    'adversarial/probe140-gmail-godaddy-secureserver-own-domain-co-tenant',
    'adversarial/probe140-gmail-siteground-host-key-own-domain-co-tenant',
    'legit/realworld141-box-zoho-eu-co-tenant-as-firm-attack-twin',
  ])('%s: a co-tenant writing as the host or a firm on it is not authenticated', async (name) => {
    const a = await analyseNamed(name);
    expect(a.verdict).not.toBe('authenticated');
  });

  it('a Gandi VPS inside a flattened Gandi range is a hosted server', async () => {
    const a = await analyseNamed('adversarial/probe139-gmail-gandi-vps-in-flattened-range');
    expect(a.origin.hostedServer).toBe(true);
    expect(a.verdict).not.toBe('authenticated');
  });
});

describe('Exchange Online’s record and a HELO’s line breaks', () => {
  it('a hop and pass record planted inside Received-SPF vouch for nothing: spoofed', async () => {
    const a = await analyseNamed('adversarial/probe136-helo-planted-hop-and-record');
    expect(a.verdict).toBe('spoofed');
    expect(a.findings.map((f) => f.id)).not.toContain('changed-after-entry');
  });

  it('the genuine tagged notice beside it keeps Exchange Online’s record', async () => {
    const a = await analyseNamed('adversarial/probe136-ses-bank-tagged-genuine');
    expect(a.verdict).toBe('authenticated');
    expect(a.findings.map((f) => f.id)).toContain('changed-after-entry');
  });
});

describe('DKIM edge cases (red-team round 143)', () => {
  it('a thin signature carrying DMARC beside the same signer’s broken one over Subject: suspicious', async () => {
    const a = await analyseNamed('adversarial/probe143-dual-ed25519-short-h-subject-swapped');
    expect(a.verdict).toBe('suspicious');
    expect(a.findings.find((f) => f.id === 'subject-unsigned')?.severity).toBe('medium');
  });

  it('a signature expired since the receiver took the message counts; a replay after expiry does not', async () => {
    const read = await analyseNamed('adversarial/probe143-control-x-signed-forwarded-read-later');
    expect(read.verdict).toBe('authenticated');
    expect(
      read.dkim.some((d) => d.result === 'pass' && /x= expiry has passed since/.test(d.info ?? '')),
    ).toBe(true);
    const replay = await analyseNamed('adversarial/probe143-x-expired-replay');
    expect(replay.verdict).toBe('spoofed');
  });
});
