// dkim-body-length offline (lib/findings/dkim.ts partialBody): the provider's passing signature,
// read beside the message's own field (lib/engine/offline.ts offlineSignedLengths), with its l=
// limit. Bytes after the limit, or a body too large to count, beside an aligned signature: medium.
import { describe, expect, it } from 'vitest';
import { baseCtx, findings } from './build';

function offlineWithLimit(unsignedBytes: number | null) {
  const ctx = baseCtx();
  ctx.analysis.mode = 'offline';
  const d = ctx.analysis.dkim[0]!;
  Object.assign(d, { result: 'pass', aligned: true, bodyLength: 70, unsignedBytes });
  return findings(ctx).find((f) => f.id === 'dkim-body-length');
}

describe('dkim-body-length offline', () => {
  it('bytes after the limit beside an aligned signature: medium, naming them', () => {
    const f = offlineWithLimit(118);
    expect(f?.severity).toBe('medium');
    expect(f?.title).toContain('118 bytes');
  });

  it('nothing after the limit: low', () => {
    expect(offlineWithLimit(0)?.severity).toBe('low');
  });

  it('a body too large to count: medium (what followed the limit is unknown)', () => {
    expect(offlineWithLimit(null)?.severity).toBe('medium');
  });
});
