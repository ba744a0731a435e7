// List evidence and From rewrites: sender-written fields that only ever explain, never prove.
import { describe, expect, it } from 'vitest';
import { listEvidence, listFromRewrite } from '../../../lib/findings/list-evidence';
import type { Mailbox } from '../../../lib/types';
import { baseCtx, findings, header, ids, setFrom } from './build';

function withList(ctx: ReturnType<typeof baseCtx>, fields: Array<[string, string]>) {
  for (const [n, v] of fields) ctx.message.headers.push(header(n, v, ctx.message.headers.length));
}
const mb = (displayName: string, address: string): Mailbox => ({
  displayName,
  address,
  domain: address.split('@')[1] ?? '',
});
const MAILMAN: Array<[string, string]> = [
  ['List-Id', 'Developers <devel.lists.example.org>'],
  ['List-Post', '<mailto:devel@lists.example.org>'],
];

describe('listEvidence', () => {
  it('reads List-Id (RFC 2919) with one more sign of a list', () => {
    const ctx = baseCtx();
    withList(ctx, MAILMAN);
    expect(listEvidence(ctx.message)).toMatchObject({
      id: 'devel.lists.example.org',
      name: 'Developers',
      postAddress: 'devel@lists.example.org',
      signs: ['List-Post'],
    });
  });
  it('a List-Id alone, or an unreadable one, is no list', () => {
    const ctx = baseCtx();
    withList(ctx, [['List-Id', '<devel.lists.example.org>']]);
    expect(listEvidence(ctx.message)).toBeNull();
    const bad = baseCtx();
    withList(bad, [
      ['List-Id', '<devel lists <script>>'],
      ['List-Post', '<mailto:devel@lists.example.org>'],
    ]);
    expect(listEvidence(bad.message)).toBeNull();
  });
  it.each([
    'devel-bounces+robin=reader.example@lists.example.org',
    'owner-STATS-L@LISTSERV.UNI.EXAMPLE',
    'devel+bncBC3ZLA5BYIFBB@googlegroups.com',
  ])('counts the list envelope sender %s', (rp) => {
    const ctx = baseCtx();
    withList(ctx, [['List-Id', '<devel.lists.example.org>']]);
    ctx.message.returnPath = rp;
    expect(listEvidence(ctx.message)?.signs).toEqual(['envelope sender']);
  });
});

describe("listFromRewrite: the IETF's `=40` spelling (real-mail round 212)", () => {
  const IETF: Array<[string, string]> = [
    ['List-Id', '"Internet Area WG" <int-area.ietf.org>'],
    ['List-Post', '<mailto:int-area@ietf.org>'],
  ];
  function rewritten(display: string, address: string, replyTo: Mailbox[], fields = IETF) {
    const ctx = baseCtx();
    withList(ctx, fields);
    setFrom(ctx, display, address);
    ctx.message.replyTo = replyTo;
    ctx.analysis.replyTo = replyTo;
    return ctx;
  }
  it('reads the author spelled in the local part under the list organisation, named in Reply-To', () => {
    const ctx = rewritten('Fred Lindqvist', 'fred.lindqvist=40firm.example@dmarc.ietf.org', [
      mb('Fred Lindqvist', 'fred.lindqvist@firm.example'),
    ]);
    expect(listFromRewrite(ctx.message)).toMatchObject({
      author: 'Fred Lindqvist',
      authorAddress: 'fred.lindqvist@firm.example',
      listName: 'Internet Area WG',
    });
    expect(ids(ctx)).not.toContain('reply-to-other-org');
  });
  it('not when the Reply-To names another address, or the From is outside the List-Id organisation', () => {
    const elsewhere = rewritten('Fred Lindqvist', 'fred.lindqvist=40firm.example@dmarc.ietf.org', [
      mb('Fred Lindqvist', 'payments@collector.example'),
    ]);
    expect(listFromRewrite(elsewhere.message)).toBeNull();
    expect(ids(elsewhere)).toContain('reply-to-other-org');
    const outside = rewritten('Fred Lindqvist', 'fred.lindqvist=40firm.example@dmarc.evil.example', [
      mb('Fred Lindqvist', 'fred.lindqvist@firm.example'),
    ]);
    expect(listFromRewrite(outside.message)).toBeNull();
  });
  it('reads the author named only in X-Original-From (the 2024 captures)', () => {
    const ctx = rewritten('Fred Lindqvist', 'fred.lindqvist=40firm.example@dmarc.ietf.org', []);
    ctx.message.headers.push(header('X-Original-From', 'Fred Lindqvist <fred.lindqvist@firm.example>', 9));
    expect(listFromRewrite(ctx.message)?.authorAddress).toBe('fred.lindqvist@firm.example');
  });
  it('is the IETF’s form only: another list’s `=40` From is its operator’s own text (red-team round 227)', () => {
    const lists: Array<[string, string]> = [
      ['List-Id', 'Forum <forum.lists.attacker.example>'],
      ['List-Post', '<mailto:forum@lists.attacker.example>'],
    ];
    const ctx = rewritten(
      'Northbank Security',
      'security=40northbank.example@dmarc.lists.attacker.example',
      [mb('', 'security@northbank.example')],
      lists,
    );
    expect(listFromRewrite(ctx.message)).toBeNull();
    expect(ids(ctx)).toContain('reply-to-other-org');
  });
  it("does not excuse an address shown as the name on the attacker's own list", () => {
    const lists: Array<[string, string]> = [
      ['List-Id', 'Alerts <alerts.lists.evil.example>'],
      ['List-Post', '<mailto:alerts@lists.evil.example>'],
    ];
    const ctx = rewritten(
      'security@bank.example',
      'security=40bank.example@dmarc.lists.evil.example',
      [mb('', 'security@bank.example')],
      lists,
    );
    expect(listFromRewrite(ctx.message)).toBeNull();
    expect(ids(ctx)).toContain('display-name-address');
  });
});

describe('listFromRewrite (Mailman munge_from, Google Groups)', () => {
  function munged(display: string, address: string, replyTo: Mailbox[], cc: Mailbox[] = []) {
    const ctx = baseCtx();
    withList(ctx, MAILMAN);
    setFrom(ctx, display, address);
    ctx.message.replyTo = replyTo;
    ctx.analysis.replyTo = replyTo;
    ctx.message.cc = cc;
    return ctx;
  }
  it('recognises "Alice via Devel" from the list address with the author in Reply-To, and explains it', () => {
    const ctx = munged('Alice Martin via Devel', 'devel@lists.example.org', [
      mb('Alice Martin', 'alice.martin@yahoo.com'),
    ]);
    expect(listFromRewrite(ctx.message)).toMatchObject({
      author: 'Alice Martin',
      authorAddress: 'alice.martin@yahoo.com',
      listName: 'Devel',
    });
    expect(ids(ctx)).toContain('list-from-rewritten');
    // The author's free-mail Reply-To is what the list does, not a diversion.
    expect(ids(ctx)).not.toContain('reply-to-other-org');
  });
  it('"alice at yahoo.com via Devel" (Mailman 2, no name) is not an address-in-name impersonation', () => {
    const ctx = munged(
      'alice.martin at yahoo.com via Devel',
      'devel@lists.example.org',
      [],
      [mb('', 'alice.martin@yahoo.com')],
    );
    expect(ids(ctx)).not.toContain('display-name-address');
    expect(ids(ctx)).toContain('list-from-rewritten');
  });
  it("Google Groups' \"'Alice' via Devel\"", () => {
    const ctx = munged("'Alice Martin' via Devel", 'devel@lists.example.org', [
      mb('Alice Martin', 'alice@quarkfield.example'),
    ]);
    expect(listFromRewrite(ctx.message)?.author).toBe('Alice Martin');
  });
  it('not when From is someone else’s address, or the named author is nowhere in Reply-To/Cc', () => {
    const other = munged('Alice Martin via Devel', 'alice@evil.example', [
      mb('Alice Martin', 'alice.martin@yahoo.com'),
    ]);
    expect(listFromRewrite(other.message)).toBeNull();
    const nobody = munged('service at paypal.com via Devel', 'devel@lists.example.org', [
      mb('', 'x@evil.example'),
    ]);
    expect(listFromRewrite(nobody.message)).toBeNull();
    expect(ids(nobody)).toContain('display-name-address');
  });
  it('a recognised rewrite still names a brand: display-name-brand stands', () => {
    const ctx = munged('service at paypal.com via Devel', 'devel@lists.example.org', [
      mb('', 'service@paypal.com'),
    ]);
    expect(ids(ctx)).not.toContain('display-name-address');
    expect(findings(ctx).find((f) => f.id === 'display-name-brand')?.severity).toBe('medium');
  });
});
