// entry-behind-nat (lib/findings/received.ts): the entry's client was recorded by a NAT's or
// proxy's address, so SPF had no address; the finding says why and points at the receiver's line.
import { describe, expect, it } from 'vitest';
import { analyseNamed } from '../../helpers/pinned-corpus';

describe('entry-behind-nat', () => {
  it('a stranger greeting behind the receiver’s NAT: low, the NAT’s address and the greeting named, the line shown', async () => {
    const a = await analyseNamed('adversarial/probe16-nat-helo-foreign-forged-relay-below-control');
    const f = a.findings.find((x) => x.id === 'entry-behind-nat');
    expect(f?.severity).toBe('low');
    expect(f?.detail).toContain('172.22.1.1');
    expect(f?.detail).toContain('mail.attacker.example');
    expect(f?.detail).toContain('Options → Advanced');
    expect(f?.evidence[0]).toMatch(/^Received: from mail\.attacker\.example \(unknown \[172\.22\.1\.1\]\)/);
    expect(a.origin).toMatchObject({ ip: null, natAddress: '172.22.1.1' });
    expect(a.origin.natDeclared).toBeUndefined();
    expect(a.verdict).toBe('spoofed');
  });

  it('a NAT the reader named: says so; signed mail through it still authenticates', async () => {
    const a = await analyseNamed('legit/nat-declared-bank-signed-notice');
    const f = a.findings.find((x) => x.id === 'entry-behind-nat');
    expect(f?.detail).toContain('which you named as a NAT or proxy');
    expect(a.origin).toMatchObject({ ip: null, natAddress: '172.22.1.1', natDeclared: true });
    expect(a.verdict).toBe('authenticated');
  });

  it('no NAT: no finding', async () => {
    const a = await analyseNamed('legit/rw18-axigen-behind-fortimail-spf-only');
    expect(a.findings.some((x) => x.id === 'entry-behind-nat')).toBe(false);
    expect(a.origin.natAddress).toBeUndefined();
  });
});
