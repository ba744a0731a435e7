// subject-unsigned (red-team round 8): a replayed genuine signature that does not cover Subject,
// sent again under the attacker's Subject, while that signature alone vouches for the From domain.
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../lib/types';
import { analyseNamed } from '../../helpers/pinned-corpus';

const run = analyseNamed;
const finding = (a: Analysis) => a.findings.find((f) => f.id === 'subject-unsigned');

describe('subject-unsigned', () => {
  it('a thin h= (From, Date, Message-ID) replayed under a new Subject: medium, suspicious, the Subject and the signature cited', async () => {
    const a = await run('adversarial/probe8-dkim-thin-h-subject-swapped');
    expect(finding(a)?.severity).toBe('medium');
    expect(finding(a)?.evidence[0]).toMatch(/^Subject: Card blocked/);
    expect(finding(a)?.evidence[1]).toMatch(/^DKIM-Signature:.*\bh=Message-ID: Date: From;/);
    expect(a.verdict).toBe('suspicious');
  });

  it('the same through Exchange Online, excused by its record of a pass: still suspicious', async () => {
    const a = await run('adversarial/probe8-eop-banner-thin-h-subject-swapped');
    expect(finding(a)?.severity).toBe('medium');
    expect(a.verdict).toBe('suspicious');
  });

  // Real-mail round 10: Zimbra's OpenDKIM signs From, To, Date and Message-Id; its users' list
  // posts reach readers with that signature alone vouching. The signed To names the list.
  it('a signature that covers To: low, the list post stays authenticated', async () => {
    const a = await run('legit/rw10-zimbra-opendkim-via-vger-subspace-gmail');
    expect(finding(a)?.severity).toBe('low');
    expect(a.verdict).toBe('authenticated');
  });

  // Red-team round 9: another Google Workspace tenant replays the bank's thin signature; the
  // bank's SPF includes Google's, so SPF passes for any tenant and the signature vouches alone.
  it("Google Workspace's shared SPF pass does not stand for the bank's servers: the replay is suspicious", async () => {
    for (const name of [
      'probe9-shared-google-replay-thin-subject',
      'probe9-shared-google-replay-added-reply-to',
    ]) {
      const a = await run(`adversarial/${name}`);
      expect(finding(a)?.severity, name).toBe('medium');
      expect(a.verdict, name).toBe('suspicious');
    }
  });

  it('a signature that covers Subject, or mail from the domain’s own servers (aligned SPF), raises nothing', async () => {
    for (const name of [
      'legit/esp-mailchimp-gmail',
      'legit/m365-tenant-to-tenant-custom-dkim',
      'legit/rw4-m365-inbound-external-banner',
    ])
      expect(finding(await run(name)), name).toBeUndefined();
  });
});
