import { describe, expect, it } from 'vitest';
import { redactAnalysis, renderReport } from '../../../lib/report';
import { fixture } from './load';

const FORMATS = ['md', 'text', 'json'] as const;

describe('redaction', () => {
  for (const name of ['spoofed-ec2', 'authenticated-esp', 'hostile']) {
    it.each(FORMATS)(`${name}: %s leaves no recipient address, Subject or Message-ID`, (format) => {
      const a = fixture(name);
      const out = renderReport(a, { format, redact: true });
      const secrets = [
        'jane@reader.example',
        'Jane Reader',
        'stmt-42',
        a.subject!,
        // the Subject as it would appear in a JSON string or a Markdown code span
        JSON.stringify(a.subject).slice(1, -1),
        'SW52b2ljZQ', // the encoded-word Subject in an evidence line
      ];
      for (const s of secrets) expect(out.toLowerCase()).not.toContain(s.toLowerCase());
      // Domains and IPs stay: they are the evidence.
      expect(out).toContain('reader.example');
      expect(out).toContain('northbank.example');
      expect(out).toContain('198.51.100.7'.startsWith(a.origin.ip ?? '') ? a.origin.ip! : a.origin.ip!);
      expect(out).toContain('[redacted]@reader.example');
    });
  }
  it('masks `for <...>` in Received lines and keeps the rest of the line', () => {
    const r = redactAnalysis(fixture('spoofed-ec2'));
    expect(r.hops[0]!.line).toContain(
      '[3.85.17.200]) by mx1.mailhost.test with ESMTPS id abc123 for <[redacted]@reader.example>;',
    );
    expect(r.hops[0]!.for).toBe('[redacted]@reader.example');
  });
  it('masks a recipient carried in a VERP bounce address (Return-Path, smtp.mailfrom), in every format', async () => {
    const { analyzeMessage } = await import('../../../lib/analyze');
    const raw = [
      'Return-Path: <bounces+bob=victim.example@lists.example>',
      'Authentication-Results: mx.victim.example; spf=pass smtp.mailfrom=bounces+bob=victim.example@lists.example',
      'Received: from out.lists.example (out.lists.example [192.0.2.7]) by mx.victim.example; Tue, 01 Dec 2026 10:00:00 +0000',
      'From: List <news@lists.example>',
      'Subject: Digest',
      '',
      'x',
    ].join('\r\n');
    const a = await analyzeMessage(raw, { trustedAuthservIds: ['mx.victim.example'] });
    for (const format of FORMATS) {
      const out = renderReport(a, { format, redact: true });
      expect(out).not.toMatch(/bob=victim/i);
      expect(out).toContain('bounces+[redacted]@lists.example');
    }
    // The `smtp.mailfrom=` in front is no VERP address and stays.
    expect(JSON.stringify(redactAnalysis(a))).toContain('smtp.mailfrom=bounces+[redacted]@lists.example');
  });

  it('does not change the analysis it is given', () => {
    const a = fixture('spoofed-ec2');
    const before = JSON.stringify(a);
    redactAnalysis(a);
    expect(JSON.stringify(a)).toBe(before);
  });
});
