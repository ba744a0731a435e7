import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../lib/report';
import { fixture } from './load';

describe('report snapshots', () => {
  it.each(['spoofed-ec2', 'authenticated-esp'])('%s as Markdown', async (name) => {
    await expect(renderReport(fixture(name), { format: 'md' })).toMatchFileSnapshot(
      `__snapshots__/${name}.md.snap`,
    );
  });
  it.each(['spoofed-ec2', 'authenticated-esp'])('%s as text', async (name) => {
    await expect(renderReport(fixture(name), { format: 'text' })).toMatchFileSnapshot(
      `__snapshots__/${name}.txt`,
    );
  });
  it('redacted Markdown', async () => {
    await expect(renderReport(fixture('spoofed-ec2'), { format: 'md', redact: true })).toMatchFileSnapshot(
      '__snapshots__/spoofed-ec2.redacted.md.snap',
    );
  });
});

describe('report content', () => {
  const a = fixture('spoofed-ec2');
  it.each(['md', 'text'] as const)(
    '%s says the verdict, the reasons with evidence, origin, hops, DNS and versions',
    (format) => {
      const out = renderReport(a, { format });
      for (const needle of [
        'spoofed',
        a.summary,
        'The sender is not authorised to send mail as northbank.example (DMARC failed)',
        'TXT _dmarc.northbank.example: v=DMARC1; p=reject',
        '3.85.17.200',
        'AS14618',
        'Amazon EC2',
        'sel1._domainkey.northbank.example',
        '0.1.0',
        'test-ip-data 2026-01',
        '3 seconds',
      ]) {
        expect(out).toContain(needle);
      }
    },
  );
  it('the table shows the provider next to the re-check', () => {
    const b = fixture('authenticated-esp');
    const md = renderReport(b, { format: 'md' });
    expect(md).toContain('| Check | Your provider (mx.mailhost.test) | HeaderLens re-check | Details |');
    expect(md).toMatch(/\| DMARC \| pass \| pass \|/);
  });
  it('JSON is the Analysis itself, so its dns log replays as a zone source', () => {
    const json = JSON.parse(renderReport(a, { format: 'json' }));
    expect(json).toEqual(a);
  });
  it('redacted JSON keeps the dns log byte for byte', () => {
    const json = JSON.parse(renderReport(a, { format: 'json', redact: true }));
    expect(json.dns).toEqual(a.dns);
    expect(json.verdict).toBe(a.verdict);
    expect(json.origin).toEqual(a.origin);
  });
});
