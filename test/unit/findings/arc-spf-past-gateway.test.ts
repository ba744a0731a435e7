// A trusted forwarder (Microsoft 365, Google) whose pass for the From rests only on an SPF check at
// another address than its own entry line took the message from (lib/findings/arc-record.ts
// sealerEntry / spfCheckedElsewhere): the attacker's own tenant skip-lists his own gateway, which
// writes the bank's server as its client (red-team rounds 200 and 202). The same shape behind a
// real Mimecast or Proofpoint keeps its excuse: the gateway's own lines name the sender (real-mail
// round 192).
import { describe, expect, it } from 'vitest';
import { analyseNamed } from '../../helpers/pinned-corpus';

const ids = (a: { findings: Array<{ id: string }> }) => a.findings.map((f) => f.id);

describe('a trusted forwarder’s SPF pass checked past a gateway', () => {
  it.each([
    'adversarial/r200-box-m365-tenant-enhanced-filtering-forward-seal-bank-pass',
    'adversarial/r200-yahoo-workspace-inbound-gateway-forward-google-seal-bank-pass',
    // The gateway's HELO names a Microsoft / Google host; the gateway forges the sealer's entry line.
    'adversarial/r202-box-m365-tenant-gateway-helo-names-outlook-host-seal-bank-pass',
    'adversarial/r202-box-m365-tenant-gateway-forges-eop-entry-line-seal-bank-pass',
    'adversarial/r202-yahoo-workspace-gateway-helo-names-google-host-seal-bank-pass',
    'adversarial/r202-yahoo-workspace-gateway-forges-mx-google-entry-seal-bank-pass',
  ])('%s: suspicious, the record names the address its entry did not see', async (name) => {
    const a = await analyseNamed(name);
    expect(a.verdict).toBe('suspicious');
    const f = a.findings.find((x) => x.id === 'arc-spf-past-gateway');
    expect(f?.severity).toBe('medium');
    // The address the record named and the one the sealer's entry line shows.
    expect(f?.detail).toContain('192.0.2.10');
    expect(f?.detail).toContain('198.51.100.66');
    expect(f?.evidence.some((l) => l.startsWith('ARC-Authentication-Results:'))).toBe(true);
    expect(a.summary).toMatch(
      /^This message fails the check of northbank\.example; it was forwarded by (microsoft|google)\.com, whose pass/,
    );
    expect(ids(a)).not.toContain('arc-forwarded');
  });

  it.each([
    'legit/w192-box-m365-mimecast-efc-inbox-rule-spf-only-reject',
    'legit/w192-gmail-m365-mimecast-efc-inbox-rule-spf-only-quarantine',
    'legit/w192-yahoo-workspace-proofpoint-inbound-gateway-forward-spf-only-none',
  ])('%s: behind a real gateway, its own line names the sender: the forward excuses', async (name) => {
    const a = await analyseNamed(name);
    expect(ids(a)).not.toContain('arc-spf-past-gateway');
    expect(ids(a)).toContain('arc-forwarded');
    expect(a.verdict).not.toBe('spoofed');
  });

  // Online, a gateway known only by its name (Sophos delivers from AWS addresses; Exchange Online's
  // entry line prints no reverse name): the engine asks the entry client's reverse name, and a
  // forward-confirmed one under the gateway's domain lets the walk read its lines (real-mail 198).
  it('behind Sophos, online: the entry client’s confirmed name makes it the gateway', async () => {
    const a = await analyseNamed('legit/w198-gmail-m365-sophos-efc-inbox-rule-spf-only-reject');
    const names = Object.values(a.arc.entryNames ?? {});
    expect(names.length).toBe(1);
    expect(names[0]).toMatch(/\.sophos\.com$/);
    expect(ids(a)).not.toContain('arc-spf-past-gateway');
    expect(a.verdict).toBe('unverified');
  });

  // A Cisco Secure Email customer administers his own gateway: a line he inserts below it is not
  // the service's word (red-team round 212, KnownGateway.customerRun).
  it.each([
    'adversarial/r212-gmail-m365-efc-behind-own-cisco-inserted-line-bank-ip-fwd',
    'adversarial/r212-gmail-ws-behind-own-cisco-inserted-line-bank-ip-fwd',
  ])('%s: the line below his own Cisco gateway does not excuse the seal', async (name) => {
    const a = await analyseNamed(name);
    expect(a.verdict).toBe('suspicious');
    expect(a.arc.entryNames).toBeUndefined();
  });
});
