// A list run under the From's own domain: its bounce envelope aligns with any From there, so an SPF
// pass for it proves that someone posted to the list (red-team round 221), not that the domain sent it.
import { describe, expect, it } from 'vitest';
import { sharedSpfPass } from '../../../lib/findings/auth-state';
import { listBounceEnvelope, markListSigned } from '../../../lib/findings/list-evidence';
import { baseCtx, header, setFrom, setHeader, toAnalysis } from './build';

/** An unsigned post to python-dev@python.org as `from`, handed on by the list's own server. */
function pythonPost(from = 'security@python.org', fields: Array<[string, string]> = []) {
  const ctx = baseCtx();
  setFrom(ctx, 'Python Security', from);
  const envelope = 'python-dev-bounces+jane=reader.example@python.org';
  ctx.message.returnPath = envelope;
  ctx.analysis.returnPath = envelope;
  setHeader(ctx, 'List-Id', 'Python core development <python-dev.python.org>');
  setHeader(ctx, 'List-Post', '<mailto:python-dev@python.org>');
  for (const [n, v] of fields) setHeader(ctx, n, v);
  const a = ctx.analysis;
  a.spf = { ...a.spf, domain: 'python.org', envelopeFrom: envelope, aligned: true, result: 'pass' };
  a.dkim = [];
  a.dmarc = { ...a.dmarc, domain: 'python.org', result: 'pass', passedBy: ['spf'] };
  a.provider = null;
  const list = listBounceEnvelope(ctx.message, envelope);
  if (list) a.origin = { ...a.origin, listRelay: list };
  return { ctx, list };
}

describe('listBounceEnvelope', () => {
  it.each([
    ['python-dev-bounces+jane=reader.example@python.org', 'python-dev.python.org', 'python-dev@python.org'],
    ['dev-return-12345-jane=reader.example@spark.apache.org', 'dev.spark.apache.org', 'dev@spark.apache.org'],
    ['owner-freebsd-hackers@freebsd.org', 'freebsd-hackers.freebsd.org', 'freebsd-hackers@freebsd.org'],
    ['staff-request@lists.univ.example', 'staff.lists.univ.example', 'staff@lists.univ.example'],
  ])('reads %s as the list %s', (envelope, id, post) => {
    const ctx = baseCtx();
    setHeader(ctx, 'List-Id', `<${id}>`);
    setHeader(ctx, 'List-Post', `<mailto:${post}>`);
    expect(listBounceEnvelope(ctx.message, envelope)).toBe(post);
  });
  it('is no list envelope when the message names no list or the envelope is no list’s', () => {
    const bare = baseCtx();
    expect(listBounceEnvelope(bare.message, 'python-dev-bounces@python.org')).toBeNull();
    const other = baseCtx();
    setHeader(other, 'List-Id', '<devel.lists.example.org>');
    setHeader(other, 'List-Post', '<mailto:devel@lists.example.org>');
    expect(listBounceEnvelope(other.message, 'alerts@lists.example.org')).toBeNull();
    expect(listBounceEnvelope(other.message, null)).toBeNull();
  });
  it('names the list the envelope names, whatever List-Id the sender wrote (red-team round 223)', () => {
    const other = baseCtx();
    setHeader(other, 'List-Id', '<devel.lists.example.org>');
    setHeader(other, 'List-Post', '<mailto:devel@lists.example.org>');
    expect(listBounceEnvelope(other.message, 'payroll-bounces@python.org')).toBe('payroll@python.org');
    expect(listBounceEnvelope(other.message, 'staff+bounces-12-jane=reader.example@lists.tarn.example')).toBe(
      'staff@lists.tarn.example',
    );
    // A sender's own `List-Post: NO` no longer keeps a post out.
    expect(pythonPost('security@python.org', [['List-Post', 'NO']]).list).toBe('python-dev.python.org');
  });
  it('leaves out the list’s own word: a From rewritten to the list', () => {
    expect(pythonPost('python-dev@python.org').list).toBeNull();
    const lsv = baseCtx();
    setFrom(lsv, 'Alice Martin', '00000003f16b4808-dmarc-request@listserv.uni.example');
    setHeader(lsv, 'List-Id', '<stats-l.listserv.uni.example>');
    setHeader(lsv, 'List-Unsubscribe', '<mailto:listserv@listserv.uni.example>');
    expect(listBounceEnvelope(lsv.message, 'owner-STATS-L@LISTSERV.UNI.EXAMPLE')).toBeNull();
  });
});

describe('an SPF-only pass through a list under the From’s own domain', () => {
  it('is a list’s shared pass: unverified, and the summary says the list vouches', () => {
    const { ctx, list } = pythonPost();
    expect(list).toBe('python-dev@python.org');
    expect(sharedSpfPass(ctx.analysis)).toMatchObject({ owner: 'python-dev@python.org', list: true });
    const a = toAnalysis(ctx);
    expect(a.verdict).toBe('unverified');
    expect(a.summary).toContain('mailing list python-dev@python.org');
    expect(a.summary).toContain('someone posted to the list');
  });
  it('stays authenticated where the author’s own signature passes', () => {
    const { ctx } = pythonPost();
    const base = baseCtx().analysis.dkim[0]!;
    ctx.analysis.dkim = [{ ...base, domain: 'python.org', aligned: true, result: 'pass' }];
    expect(toAnalysis(ctx).verdict).toBe('authenticated');
  });
  it('stays authenticated for a From the list rewrote to itself', () => {
    const { ctx } = pythonPost('python-dev@python.org');
    expect(sharedSpfPass(ctx.analysis)).toBeNull();
    expect(toAnalysis(ctx).verdict).toBe('authenticated');
  });
});

describe('the list envelope the summary names', () => {
  it('carries no recipient from a VERP local part', () => {
    const { ctx } = pythonPost();
    const shared = sharedSpfPass(ctx.analysis);
    expect(shared?.record).toBe('python-dev-bounces@python.org');
    expect(toAnalysis(ctx).summary).not.toContain('jane');
  });
});

describe('markListSigned: the list host’s own signature', () => {
  const sig = (h: string, s = 'mail') =>
    `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=apache.org; s=${s}; h=${h}; bh=x; b=y`;
  function post(fields: Array<[string, string]>) {
    const ctx = baseCtx();
    ctx.message.headers = fields.map(([n, v], i) => header(n, v, i));
    return ctx.message;
  }
  const pass = (line: string) => ({
    ...baseCtx().analysis.dkim[0]!,
    domain: 'apache.org',
    aligned: true,
    result: 'pass' as const,
    line,
  });
  it('marks a signature above the line on which the list’s host took the post, and one covering List-Id', () => {
    const listSig = sig('Date:Subject:To:From');
    const authorSig = sig('Date:Subject:To:From', 'author');
    const coversList = sig('From:List-Id', 'list2');
    const m = post([
      ['DKIM-Signature', listSig.slice(16)],
      ['Received', 'from mail.apache.org by mxout1-he-de.apache.org with ESMTPS id 1'],
      ['List-Id', '<dev.spark.apache.org>'],
      ['Received', 'from mail.poster.example ([198.51.100.66]) by mx1-he-de.apache.org with ESMTPS id 2'],
      ['DKIM-Signature', authorSig.slice(16)],
      ['DKIM-Signature', coversList.slice(16)],
      ['From', 'committer@apache.org'],
    ]);
    const out = markListSigned([pass(listSig), pass(authorSig), pass(coversList)], m, 'dev@spark.apache.org');
    expect(out.map((d) => d.listSigned === true)).toEqual([true, false, true]);
  });
  it('a sender’s line below naming the host moves the mark down past no signature of his own', () => {
    const authorSig = sig('Date:Subject:To:From', 'author');
    const m = post([
      ['Received', 'from mail.poster.example ([198.51.100.66]) by mx1-he-de.apache.org with ESMTPS id 2'],
      ['DKIM-Signature', authorSig.slice(16)],
      ['Received', 'from x by forged.apache.org'],
      ['From', 'committer@apache.org'],
    ]);
    // The forged line makes the author's field read as the host's: an honest author then reads unverified, never the reverse.
    expect(markListSigned([pass(authorSig)], m, 'dev@spark.apache.org')[0]!.listSigned).toBe(true);
  });
});
