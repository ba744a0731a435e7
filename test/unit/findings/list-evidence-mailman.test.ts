// Mailman without RFC 2369 headers (include_rfc2369_headers = No): its own fields, agreeing with
// the envelope, are list evidence (rw24-mailman2-reply-goes-to-list-no-rfc2369-headers).
import { describe, expect, it } from 'vitest';
import { listEvidence } from '../../../lib/findings/list-evidence';
import { baseCtx, header } from './build';

function post(fields: Array<[string, string]>, returnPath: string | null) {
  const ctx = baseCtx();
  for (const [n, v] of fields) ctx.message.headers.push(header(n, v, ctx.message.headers.length));
  ctx.message.returnPath = returnPath;
  return ctx.message;
}
const OWN: Array<[string, string]> = [
  ['X-BeenThere', 'board@lists.example.org'],
  ['X-Mailman-Version', '2.1.39'],
];

describe('listEvidence without List-Id', () => {
  it('X-BeenThere, X-Mailman-Version and the list’s -bounces envelope make a list', () => {
    expect(listEvidence(post(OWN, 'board-bounces+robin=reader.example@lists.example.org'))).toMatchObject({
      id: 'board.lists.example.org',
      postAddress: 'board@lists.example.org',
      signs: ['X-BeenThere', 'X-Mailman-Version', 'envelope sender'],
    });
    expect(listEvidence(post(OWN, '<board-bounces@lists.example.org>'))).not.toBeNull();
  });
  it.each([
    ['another list’s envelope', OWN, 'devel-bounces@lists.example.org'],
    ['an envelope at another host', OWN, 'board-bounces@lists.attacker.example'],
    ['no envelope', OWN, null],
    ['no X-Mailman-Version', OWN.slice(0, 1), 'board-bounces@lists.example.org'],
    ['no X-BeenThere', OWN.slice(1), 'board-bounces@lists.example.org'],
  ])('not with %s', (_, fields, envelope) => {
    expect(listEvidence(post(fields as Array<[string, string]>, envelope))).toBeNull();
  });
});
