import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../lib/findings/duration';
import { analyseCase, pinnedCases } from '../../helpers/pinned-corpus';
import { baseCtx, findings, ids, setHeader } from './build';

const byId = (ctx: ReturnType<typeof baseCtx>, id: string) => findings(ctx).filter((f) => f.id === id);

describe('timing', () => {
  it('hop-delay for a long wait between relays', () => {
    const ctx = baseCtx();
    ctx.analysis.hops[1]!.delaySeconds = 2 * 3600; // an internal hop queued for two hours
    const [f] = byId(ctx, 'hop-delay');
    expect(f?.title).toBe('The message waited 2 hours before out1.northbank.example received it');
    expect(f?.evidence[0]).toMatch(/^Received: from app.internal/);
  });
  it('clock-skew when time goes backwards', () => {
    const ctx = baseCtx();
    ctx.analysis.hops[0]!.delaySeconds = -3600;
    const [f] = byId(ctx, 'clock-skew');
    expect(f?.severity).toBe('low');
    expect(f?.evidence).toHaveLength(2);
  });
  it('a few seconds of drift is not clock skew', () => {
    const ctx = baseCtx();
    ctx.analysis.hops[0]!.delaySeconds = -40;
    expect(ids(ctx)).not.toContain('clock-skew');
  });
  it('date-mismatch when Date is days before the first Received', () => {
    const ctx = baseCtx();
    ctx.analysis.date = '2026-02-20T10:00:00.000Z';
    const [f] = byId(ctx, 'date-mismatch');
    expect(f?.title).toBe('The message is dated 10 days before it was first relayed');
    expect(f?.evidence).toContain('Date: Mon, 2 Mar 2026 10:00:00 +0000');
  });
  it('date-mismatch when Date is in the future', () => {
    const ctx = baseCtx();
    ctx.analysis.date = '2026-03-05T10:00:00.000Z';
    expect(byId(ctx, 'date-mismatch')[0]?.title).toContain('after it was first relayed');
  });
  it('a DKIM replay: the only signature vouching for From was made weeks before arrival', () => {
    const ctx = baseCtx();
    // Signed (Date in h=, no t=, as Exchange Online signs) ten days before the receiver's stamp.
    ctx.analysis.date = '2026-02-20T10:00:00.000Z';
    // With an aligned SPF pass the domain's own server sent it: only the low Date finding.
    expect(byId(ctx, 'date-mismatch').map((f) => f.severity)).toEqual(['low']);
    ctx.analysis.spf.result = 'fail';
    ctx.analysis.spf.aligned = false;
    const [f] = byId(ctx, 'date-mismatch');
    expect(f?.severity).toBe('medium');
    expect(f?.title).toBe(
      'The only signature vouching for northbank.example was made 10 days before the message arrived',
    );
    // t= wins over Date: a fresh t= (a day before arrival) is no replay, whatever the Date says.
    const sig = ctx.analysis.dkim[0]!;
    sig.line = `${sig.line}; t=${Date.parse('2026-03-01T10:00:00Z') / 1000}`;
    expect(byId(ctx, 'date-mismatch').map((f) => f.severity)).toEqual(['low']);
    // An old t= with a fresh Date the signature covers: the signer dated it this week (a
    // replay cannot change a signed Date), so no replay.
    sig.line = sig.line.replace(/t=\d+/, `t=${Date.parse('2025-03-01T10:00:00Z') / 1000}`);
    ctx.analysis.date = '2026-03-02T10:00:00.000Z';
    expect(byId(ctx, 'date-mismatch')).toEqual([]);
    // An old t= with a fresh unsigned (rewritten) Date is still a replay.
    sig.line = sig.line.replace('h=from:to:subject:date', 'h=from:to:subject');
    expect(byId(ctx, 'date-mismatch')[0]?.severity).toBe('medium');
  });
  it('greylisting from an X-Greylist header, explained as anti-spam deferral, not an error', () => {
    const ctx = baseCtx();
    setHeader(ctx, 'X-Greylist', 'delayed 612 seconds by milter-greylist-4.6.2 (mx1.mailhost.test)');
    ctx.analysis.hops[0]!.delaySeconds = 615;
    const [f] = byId(ctx, 'greylisting');
    expect(f?.severity).toBe('info');
    expect(f?.title).toContain('10 minutes');
    expect(f?.detail).toContain('not an error');
    expect(f?.evidence[0]).toMatch(/^X-Greylist: delayed 612 seconds/);
    expect(ids(ctx)).not.toContain('hop-delay');
  });
  it('greylisting from a retry delay at the first hop into the receiver', () => {
    const ctx = baseCtx();
    ctx.analysis.hops[0]!.delaySeconds = 20 * 60;
    expect(ids(ctx)).toContain('greylisting');
  });
  it('normal mail has no timing finding', () => {
    expect(ids(baseCtx()).filter((id) => /delay|skew|date|grey/.test(id))).toEqual([]);
  });
  it('formats durations for people', () => {
    expect([
      formatDuration(30),
      formatDuration(600),
      formatDuration(3900),
      formatDuration(86400 * 3),
    ]).toEqual(['30 seconds', '10 minutes', '1 hour 5 minutes', '3 days']);
  });
});

// Red-team round 9: an old genuine bank notice sent again from another customer of the bank's
// shared mail platform; SPF passes through the platform's include, so it did not say "the
// bank's own servers sent it", and the old signature is the replay it looks like.
describe('a replayed signature behind a shared platform’s SPF pass', () => {
  it('probe9-shared-godaddy-replay-old-signature: date-mismatch medium, suspicious', async () => {
    const c = pinnedCases().find((x) => x.name === 'adversarial/probe9-shared-godaddy-replay-old-signature')!;
    const a = await analyseCase(c);
    expect(a.findings.find((f) => f.id === 'date-mismatch')?.severity).toBe('medium');
    expect(a.verdict).toBe('suspicious');
  });
});
