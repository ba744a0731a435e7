// LISTSERV's "Full"/"Subject" header styles write no List-Id: Sender names the list and the
// envelope is its owner- address at the same host (rw26-listserv-subject-tag-no-list-id).
import { describe, expect, it } from 'vitest';
import { listEvidence } from '../../../lib/findings/list-evidence';
import { listservAddress } from '../../../lib/message/listserv';
import { baseCtx, header } from './build';

function post(fields: Array<[string, string]>, returnPath: string | null) {
  const ctx = baseCtx();
  for (const [n, v] of fields) ctx.message.headers.push(header(n, v, ctx.message.headers.length));
  ctx.message.returnPath = returnPath;
  return ctx.message;
}
const SENDER: [string, string] = ['Sender', '"Statistics discussion list" <STATS-L@LISTSERV.UNI.EXAMPLE>'];
const UNSUB: [string, string] = [
  'List-Unsubscribe',
  '<mailto:LISTSERV@LISTSERV.UNI.EXAMPLE?subject=SIGNOFF%20STATS-L>',
];

describe('listservAddress', () => {
  it('the Sender’s mailbox when the envelope is its owner- address, in any case', () => {
    expect(listservAddress(SENDER[1], '<owner-STATS-L@LISTSERV.UNI.EXAMPLE>')).toBe(
      'stats-l@listserv.uni.example',
    );
    expect(listservAddress('STATS-L@listserv.uni.example', 'owner-stats-l@LISTSERV.uni.example')).toBe(
      'stats-l@listserv.uni.example',
    );
  });
  it.each([
    ['another list’s owner- envelope', SENDER[1], 'owner-MATH-L@LISTSERV.UNI.EXAMPLE'],
    ['an owner- envelope at another host', SENDER[1], 'owner-STATS-L@lists.attacker.example'],
    ['a -request envelope', SENDER[1], 'STATS-L-request@LISTSERV.UNI.EXAMPLE'],
    ['the list itself as envelope', SENDER[1], 'STATS-L@LISTSERV.UNI.EXAMPLE'],
    ['no envelope (null sender)', SENDER[1], ''],
    ['no Sender', null, 'owner-STATS-L@LISTSERV.UNI.EXAMPLE'],
    ['a Sender with no address', 'Statistics list', 'owner-STATS-L@LISTSERV.UNI.EXAMPLE'],
    [
      'a Sender longer than any address field',
      `${'x'.repeat(2000)} <STATS-L@LISTSERV.UNI.EXAMPLE>`,
      'owner-STATS-L@LISTSERV.UNI.EXAMPLE',
    ],
  ])('null with %s', (_, sender, envelope) => {
    expect(listservAddress(sender, envelope)).toBeNull();
  });
});

describe('listEvidence for LISTSERV', () => {
  it('Sender and the owner- envelope agreeing make a list, named by the Sender’s phrase', () => {
    expect(listEvidence(post([SENDER, UNSUB], 'owner-STATS-L@LISTSERV.UNI.EXAMPLE'))).toMatchObject({
      id: 'stats-l.listserv.uni.example',
      name: 'Statistics discussion list',
      postAddress: 'stats-l@listserv.uni.example',
      signs: ['Sender', 'envelope sender', 'List-Unsubscribe'],
    });
  });
  it('without a phrase the list is named by its address', () => {
    const m = post([['Sender', 'STATS-L@LISTSERV.UNI.EXAMPLE']], 'owner-STATS-L@LISTSERV.UNI.EXAMPLE');
    expect(listEvidence(m)).toMatchObject({
      name: 'stats-l@listserv.uni.example',
      signs: ['Sender', 'envelope sender'],
    });
  });
  it('a Sender alone, or an owner- envelope of another list, is no list', () => {
    expect(listEvidence(post([SENDER, UNSUB], 'alerts@bank.example'))).toBeNull();
    expect(listEvidence(post([SENDER], 'owner-MATH-L@LISTSERV.UNI.EXAMPLE'))).toBeNull();
  });
});
