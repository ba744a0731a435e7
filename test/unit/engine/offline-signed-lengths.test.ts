// Offline, the provider's passing signatures read beside the message's own DKIM-Signature fields
// (lib/engine/offline.ts offlineSignedLengths): an l= limit and the bytes after it, counted with the
// field's body canonicalization and no DNS (probe58-yahoo-dkim-l-tag-lure-appended-offline).
import { describe, expect, it } from 'vitest';
import { offlineSignedLengths } from '../../../lib/engine/offline';
import { parseMessage } from '../../../lib/message/parse';
import type { DkimCheck } from '../../../lib/types';

const sig = (tags: string) =>
  `DKIM-Signature: v=1; a=rsa-sha256; d=northbank.example; ${tags}; bh=AAAA; b=BBBB`;

function message(fields: string[], body: string): string {
  return [
    ...fields,
    'From: Northbank <alerts@northbank.example>',
    'To: robin@reader.example',
    'Subject: Your statement',
    '',
    body,
  ].join('\r\n');
}

const pass = (selector: string): DkimCheck => ({
  result: 'pass',
  domain: 'northbank.example',
  selector,
  aligned: true,
  algorithm: null,
  keyBits: null,
  cause: null,
  info: null,
  line: null,
});

function run(raw: string, dkim: DkimCheck[], counted = true): DkimCheck[] {
  return offlineSignedLengths(dkim, parseMessage(raw).headers, raw, counted);
}

// Relaxed: trailing white space and the empty lines at the end go, so "Line one\r\nLine two\r\n"
// is 20 bytes; simple keeps the spaces: 22.
const BODY = 'Line one\r\nLine two  \r\n\r\n\r\n';

describe('offlineSignedLengths', () => {
  it('carries the l= limit, the field’s line and the bytes after the limit (relaxed)', () => {
    const raw = message([sig('c=relaxed/relaxed; s=nb1; l=9')], BODY);
    const [d] = run(raw, [pass('nb1')]);
    expect(d!.bodyLength).toBe(9);
    expect(d!.unsignedBytes).toBe(11);
    expect(d!.line).toContain('s=nb1; l=9');
    expect(d!.line?.startsWith('DKIM-Signature:')).toBe(true);
  });

  it('counts with the field’s own body canonicalization (simple, and the default)', () => {
    expect(run(message([sig('c=relaxed/simple; s=nb1; l=9')], BODY), [pass('nb1')])[0]!.unsignedBytes).toBe(
      13,
    );
    expect(run(message([sig('s=nb1; l=9')], BODY), [pass('nb1')])[0]!.unsignedBytes).toBe(13);
  });

  it('reads the field of the selector the provider recorded, not another signature of the signer', () => {
    const raw = message([sig('c=relaxed/relaxed; s=old; l=9'), sig('c=relaxed/relaxed; s=nb1')], BODY);
    const [d] = run(raw, [pass('nb1')]);
    expect(d!.bodyLength).toBeUndefined();
    expect(d!.line).toContain('s=nb1');
  });

  it('a provider that names no selector: the signer’s field with l=', () => {
    const raw = message([sig('c=relaxed/relaxed; s=nb2'), sig('c=relaxed/relaxed; s=nb1; l=9')], BODY);
    expect(run(raw, [pass('')])[0]!.bodyLength).toBe(9);
  });

  it('a copy of the field without l= written above the genuine one does not hide its limit', () => {
    const raw = message([sig('c=relaxed/relaxed; s=nb1'), sig('c=relaxed/relaxed; s=nb1; l=9')], BODY);
    expect(run(raw, [pass('nb1')])[0]!.bodyLength).toBe(9);
  });

  it('a copy with a larger l= written above the genuine field does not hide its limit: the smallest', () => {
    const raw = message(
      [sig('c=relaxed/relaxed; s=nb1; l=65536'), sig('c=relaxed/relaxed; s=nb1; l=9')],
      BODY,
    );
    const [d] = run(raw, [pass('nb1')]);
    expect(d!.bodyLength).toBe(9);
    expect(d!.unsignedBytes).toBe(11);
  });

  it('a provider that names the signer by the domain of i= (a subdomain of d=) finds the field', () => {
    const raw = message([sig('c=relaxed/relaxed; s=nb1; i=@alerts.northbank.example; l=9')], BODY);
    const [d] = run(raw, [{ ...pass('nb1'), domain: 'alerts.northbank.example' }]);
    expect(d!.bodyLength).toBe(9);
    // A name that only ends like d= is not a subdomain of it.
    const other = run(raw, [{ ...pass('nb1'), domain: 'evilnorthbank.example' }])[0]!;
    expect(other.bodyLength).toBeUndefined();
  });

  it('a bare c=relaxed leaves the body simple (RFC 6376 §3.5)', () => {
    expect(run(message([sig('c=relaxed; s=nb1; l=9')], BODY), [pass('nb1')])[0]!.unsignedBytes).toBe(13);
  });

  it('a body past the hashing bound is not counted: the limit is still reported', () => {
    const [d] = run(message([sig('c=relaxed/relaxed; s=nb1; l=9')], BODY), [pass('nb1')], false);
    expect(d!.bodyLength).toBe(9);
    expect(d!.unsignedBytes).toBeNull();
  });

  it('an unknown canonicalization or an l= that is no number counts nothing', () => {
    expect(
      run(message([sig('c=relaxed/future; s=nb1; l=9')], BODY), [pass('nb1')])[0]!.unsignedBytes,
    ).toBeNull();
    const bad = run(message([sig('c=relaxed/relaxed; s=nb1; l=-9')], BODY), [pass('nb1')])[0]!;
    expect(bad.bodyLength).toBeUndefined();
    expect(bad.line).toContain('l=-9');
  });

  it('leaves failed signatures and messages without a field alone', () => {
    const failed = { ...pass('nb1'), result: 'fail' as const };
    const raw = message([sig('c=relaxed/relaxed; s=nb1; l=9')], BODY);
    expect(run(raw, [failed])).toEqual([failed]);
    const none = [pass('nb1')];
    expect(run(message([], BODY), none)).toBe(none);
  });
});
