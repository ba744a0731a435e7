// Real-mail round 31: lists that write no List-Id. Majordomo 1.94 writes `Sender: owner-<list>@host`,
// the envelope itself (rw31-majordomo-sender-owner-subject-prefix); Lyris ListManager writes the
// per-member envelope `bounce-<list>-<n>@host` and List-Unsubscribe `leave-<list>-<n>X@host`
// (rw31-lyris-listmanager-bounce-envelope-tag). Both only name a list, as List-Id does.
import { describe, expect, it } from 'vitest';
import { listEvidence } from '../../../lib/findings/list-evidence';
import { listservAddress, lyrisAddress } from '../../../lib/message/listserv';
import { baseCtx, header } from './build';

function post(fields: Array<[string, string]>, returnPath: string | null) {
  const ctx = baseCtx();
  for (const [n, v] of fields) ctx.message.headers.push(header(n, v, ctx.message.headers.length));
  ctx.message.returnPath = returnPath;
  return ctx.message;
}
const OWNER = 'owner-seminar@lists.physics.example';
const BOUNCE = 'bounce-members-4471@lyris.assoc.example';
const LEAVE = '<mailto:leave-members-4471X@lyris.assoc.example>';
const LONG = 'x'.repeat(100_000);

describe('listservAddress for Majordomo 1.94', () => {
  it('a Sender that is the owner- envelope names the list, in any case', () => {
    expect(listservAddress(OWNER, `<${OWNER}>`)).toBe('seminar@lists.physics.example');
    expect(listservAddress('Owner-Seminar@Lists.Physics.Example', OWNER)).toBe(
      'seminar@lists.physics.example',
    );
    expect(listservAddress(`<${OWNER}>`, OWNER)).toBe('seminar@lists.physics.example');
  });
  it.each([
    ['another list’s owner- envelope', OWNER, 'owner-colloquium@lists.physics.example'],
    ['an owner- envelope at another host', OWNER, 'owner-seminar@lists.attacker.example'],
    ['a Sender at another host', 'owner-seminar@lists.attacker.example', OWNER],
    ['no list name after owner-', 'owner-@lists.physics.example', 'owner-@lists.physics.example'],
    ['a plain Sender equal to the envelope', 'alerts@bank.example', 'alerts@bank.example'],
    [
      'a -owner suffix (not Majordomo 1.94’s owner- prefix)',
      'seminar-owner@x.example',
      'seminar-owner@x.example',
    ],
    ['no envelope (null sender)', OWNER, ''],
    ['no envelope at all', OWNER, null],
    ['no Sender', null, OWNER],
    ['a hostile long Sender', `${LONG}${OWNER}`, OWNER],
    ['a hostile long envelope', OWNER, `${LONG}${OWNER}`],
  ])('null with %s', (_, sender, envelope) => {
    expect(listservAddress(sender, envelope)).toBeNull();
  });
});

describe('lyrisAddress', () => {
  it('the bounce- envelope and the leave- address of one list at one host name the list', () => {
    expect(lyrisAddress(`<${BOUNCE}>`, LEAVE)).toBe('members@lyris.assoc.example');
    // Hyphenated list names (Lyris archives: fwtk-users, i-club-list), any case, other letters.
    expect(
      lyrisAddress(
        'Bounce-I-Club-List-14220@Lists.Example.Org',
        '<mailto:leave-i-club-list-14220S@lists.example.org>',
      ),
    ).toBe('i-club-list@lists.example.org');
    expect(
      lyrisAddress(
        'bounce-fwtk-users-303@listserv.example.com',
        '<mailto:leave-fwtk-users-303A@listserv.example.com?subject=x>',
      ),
    ).toBe('fwtk-users@listserv.example.com');
  });
  it.each([
    ['another list’s leave- address', BOUNCE, '<mailto:leave-board-4471X@lyris.assoc.example>'],
    [
      'a list whose name only starts the same',
      BOUNCE,
      '<mailto:leave-members-only-4471X@lyris.assoc.example>',
    ],
    ['a leave- address at another host', BOUNCE, '<mailto:leave-members-4471X@lyris.attacker.example>'],
    ['a bounce- envelope at another host', 'bounce-members-4471@lyris.attacker.example', LEAVE],
    ['no member number in the envelope', 'bounce-members@lyris.assoc.example', LEAVE],
    ['a member "number" that is not one', 'bounce-members-44x1@lyris.assoc.example', LEAVE],
    ['no list name', 'bounce--4471@lyris.assoc.example', '<mailto:leave--4471X@lyris.assoc.example>'],
    ['an https List-Unsubscribe only', BOUNCE, '<https://lyris.assoc.example/u?id=4471>'],
    ['a leave- address with nothing after the list', BOUNCE, '<mailto:leave-members-@lyris.assoc.example>'],
    ['no envelope (null sender)', '', LEAVE],
    ['no envelope at all', null, LEAVE],
    ['no List-Unsubscribe', BOUNCE, null],
    ['a hostile long envelope', `bounce-${LONG}-1@lyris.assoc.example`, LEAVE],
    ['a hostile long List-Unsubscribe', BOUNCE, `<mailto:leave-members-${LONG}X@lyris.assoc.example>`],
  ])('null with %s', (_, envelope, unsubscribe) => {
    expect(lyrisAddress(envelope, unsubscribe)).toBeNull();
  });
  it('hostile values near the length bound name no list (the patterns are bounded: no timing asserted)', () => {
    const near = `${'<mailto:'.repeat(60)}${'a-'.repeat(200)}`.slice(0, 999);
    expect(lyrisAddress(`bounce-${'a-'.repeat(400)}1@x.example`, near)).toBeNull();
    expect(listservAddress(`<${'a.'.repeat(490)}`, `owner-${'a'.repeat(990)}`)).toBeNull();
  });
});

describe('listEvidence without List-Id', () => {
  it('Majordomo 1.94: the owner- Sender and envelope make the list, named by its address', () => {
    const m = post(
      [
        ['Sender', OWNER],
        ['Precedence', 'bulk'],
      ],
      OWNER,
    );
    expect(listEvidence(m)).toMatchObject({
      id: 'seminar.lists.physics.example',
      name: 'seminar@lists.physics.example',
      postAddress: 'seminar@lists.physics.example',
      signs: ['Sender', 'envelope sender'],
    });
  });
  it('Lyris: the bounce- envelope and the leave- List-Unsubscribe make the list', () => {
    const m = post(
      [
        ['List-Unsubscribe', LEAVE],
        ['Reply-To', '"members" <members@lyris.assoc.example>'],
      ],
      BOUNCE,
    );
    expect(listEvidence(m)).toMatchObject({
      id: 'members.lyris.assoc.example',
      name: 'members@lyris.assoc.example',
      postAddress: 'members@lyris.assoc.example',
      signs: ['envelope sender', 'List-Unsubscribe'],
    });
  });
  it('mismatched lists or hosts, or one sign alone, make no list', () => {
    expect(listEvidence(post([['Sender', OWNER]], 'owner-seminar@lists.attacker.example'))).toBeNull();
    expect(listEvidence(post([['Sender', OWNER]], null))).toBeNull();
    expect(
      listEvidence(post([['List-Unsubscribe', LEAVE]], 'bounce-board-4471@lyris.assoc.example')),
    ).toBeNull();
    expect(listEvidence(post([['List-Unsubscribe', LEAVE]], null))).toBeNull();
    expect(listEvidence(post([], BOUNCE))).toBeNull();
  });
  it('a List-Id, when written, is the list (the Lyris reading never overrides it)', () => {
    const m = post(
      [
        ['List-Id', '<devel.lists.example.org>'],
        ['List-Unsubscribe', LEAVE],
      ],
      BOUNCE,
    );
    expect(listEvidence(m)?.id).toBe('devel.lists.example.org');
  });
});
