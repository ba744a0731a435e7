// A group's own address under a list host that names the host itself (red-team round 190):
// "Groups.io Support" <main@account-review.groups.io> is a group anyone made, writing as groups.io.
import { describe, expect, it } from 'vitest';
import { baseCtx, findings, setFrom, verdictOf } from './build';

function groupMail(name: string, address: string) {
  const ctx = baseCtx();
  setFrom(ctx, name, address);
  const domain = address.replace(/.*@/, '');
  const a = ctx.analysis;
  a.spf.domain = 'groups.io';
  for (const d of a.dkim) d.domain = 'groups.io';
  a.dmarc.domain = domain;
  return ctx;
}

const claim = (name: string, address: string) =>
  findings(groupMail(name, address)).find((f) => f.id === 'display-name-brand');

describe('a group under groups.io naming groups.io', () => {
  it('is a claim of the host, in any reading of the name, even as an address', () => {
    for (const name of [
      'Groups.io Support',
      'groups io team',
      'GROUPS-IO',
      'Gr0ups.i0 Security',
      'support@groups.io',
      // red-team round 194
      'GroupsIOSupport',
      'Groups.ioSupport',
      'Groups.io\u2122 Support',
      'Groups\u00B7io Support',
      'Groups\u2010io Support',
      'Groups dot io Support',
      'Groups (dot) io Support',
      'G r o u p s . i o Support',
    ]) {
      const f = claim(name, 'main@account-review.groups.io');
      expect(f?.severity, name).toBe('medium');
      expect(f?.title).toBe("The name says groups.io, but the address is a group's on groups.io");
    }
    expect(verdictOf(groupMail('Groups.io Support', 'main@account-review.groups.io')).verdict).toBe(
      'suspicious',
    );
  });

  it('not for the group’s own names, nor for groups.io’s own address', () => {
    for (const [name, address] of [
      ['main@allotments.groups.io Digest', 'main+digest@allotments.groups.io'],
      ['Allotments Moderators', 'main+owner@allotments.groups.io'],
      ['Groups.io', 'noreply@groups.io'],
      ['Mira Okafor via groups.io', 'noreply@groups.io'],
      ['Groupsiona Quilters', 'main@quilters.groups.io'],
      ['main@groupsio-tips.groups.io Digest', 'main+digest@groupsio-tips.groups.io'],
    ] as const)
      expect(claim(name, address), name).toBeUndefined();
  });
});

describe('an organisation under topicbox.com naming Topicbox or Fastmail (red-team round 194)', () => {
  it('is a claim of the host', () => {
    expect(claim('Topicbox Support', 'billing@account-review.topicbox.com')?.severity).toBe('medium');
    expect(claim('Fastmail Billing', 'billing@account-review.topicbox.com')?.severity).toBe('medium');
    expect(claim('Harbour Devs', 'devel@harbour.topicbox.com')).toBeUndefined();
  });
});
