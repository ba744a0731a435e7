// key-gone-since-delivery: an archived message read after its sender retired the key
// (lib/findings/receiver-record.ts). Only an old delivery, by the receiver's own Received date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';
import { analyseNamed } from '../../helpers/pinned-corpus';

const DIR = 'test/fixtures/legit/rw15-fastmail-archive-2021-selector-removed-esp-changed-spf';

async function readAt(now: string) {
  return analyzeMessage(readFileSync(`${DIR}/message.eml`), {
    resolver: ZoneResolver.fromJson(JSON.parse(readFileSync(`${DIR}/zone.json`, 'utf8'))),
    webmail: 'auto',
    now: new Date(now),
  });
}

describe('key-gone-since-delivery', () => {
  it('a 2021 message whose key is gone: unverified, never spoofed', async () => {
    const a = await analyseNamed(`legit/${DIR.split('/').pop()}`);
    const f = a.findings.find((x) => x.id === 'key-gone-since-delivery');
    expect(f?.severity).toBe('low');
    expect(a.verdict).toBe('unverified');
    expect(a.summary).toMatch(/no longer published/);
  });

  it('the same message read soon after delivery: the missing key counts (spoofed)', async () => {
    const top = /^Received:[\s\S]*?;\s*([^\r\n]+)/m.exec(readFileSync(`${DIR}/message.eml`, 'latin1'))?.[1];
    const delivered = Date.parse(top ?? '');
    expect(Number.isFinite(delivered)).toBe(true);
    const a = await readAt(new Date(delivered + 10 * 86_400_000).toISOString());
    expect(a.findings.some((x) => x.id === 'key-gone-since-delivery')).toBe(false);
    expect(a.verdict).toBe('spoofed');
  });

  it.each([
    // Exchange Online recorded the failure above its entry line (the Outlook profile reads it by
    // position, not as the provider's results).
    'adversarial/probe15-key-gone-outlook-eop-recorded-no-key',
    'adversarial/probe15-key-gone-outlook-auto-no-options',
    // The box recorded three passes of the sender's own signatures and nothing about the bank's
    // (OpenDKIM checks three by default): only a recorded pass shows the key was there then.
    'adversarial/probe15-key-gone-opendkim-three-signatures-above-bank',
  ])('%s: the receiver said nothing for the key then: no excuse, spoofed', async (name) => {
    const a = await analyseNamed(name);
    expect(a.findings.some((x) => x.id === 'key-gone-since-delivery')).toBe(false);
    expect(a.verdict).toBe('spoofed');
  });

  it.each([
    // The box recorded the pass at delivery: that record is the excuse, and the failures it
    // explains are not concerns beside it (not "authenticated with concerns").
    'legit/rw19-amavis-box-archive-results-without-selector',
    // Zoho's bare `dkim=pass` names no signer: it says nothing about the aligned one either way.
    'legit/rw19-zoho-archive-bare-dkim-pass-mailgun-left',
  ])('%s: unverified', async (name) => {
    const a = await analyseNamed(name);
    expect(a.findings.some((x) => x.id === 'key-gone-since-delivery')).toBe(true);
    expect(a.verdict).toBe('unverified');
  });

  describe('policyd-spf’s hard Fail beside the same box’s own passes, read with no options (realworld22)', () => {
    const NAME = 'rw22-archived-policyd-spf-hardfail-opendkim-pass-key-rotated-no-options';
    const CASE = `test/fixtures/legit/${NAME}`;
    const read = (edit: (raw: string) => string) =>
      analyzeMessage(edit(readFileSync(`${CASE}/message.eml`, 'latin1')), {
        resolver: ZoneResolver.fromJson(JSON.parse(readFileSync(`${CASE}/zone.json`, 'utf8'))),
        webmail: 'auto',
        now: new Date('2026-12-01T12:00:00Z'),
      });

    it('an archived message whose box recorded DKIM and DMARC passing for the aligned signer: unverified', async () => {
      const a = await analyseNamed(`legit/${NAME}`);
      expect(a.findings.some((x) => x.id === 'key-gone-since-delivery')).toBe(true);
      expect(a.verdict).toBe('unverified');
    });

    it.each([
      ['another selector', (raw: string) => raw.replace('header.s=crm2025', 'header.s=crm2019')],
      [
        'another box’s id',
        (raw: string) =>
          raw.replaceAll(
            'Authentication-Results: mx.reader.example',
            'Authentication-Results: mx.elsewhere.example',
          ),
      ],
      ['no DMARC pass', (raw: string) => raw.replace('dmarc=pass (p=quarantine', 'dmarc=fail (p=quarantine')],
    ])('the box’s record names %s: the Received-SPF failure stands (spoofed)', async (_, edit) => {
      const a = await read(edit);
      expect(a.findings.some((x) => x.id === 'key-gone-since-delivery')).toBe(false);
      expect(a.verdict).toBe('spoofed');
    });
  });

  it('the receiver recorded an SPF failure for the From’s own envelope at delivery: no excuse', async () => {
    const a = await analyseNamed('adversarial/probe17-key-gone-old-spoof-receiver-recorded-spf-fail');
    expect(a.findings.some((x) => x.id === 'key-gone-since-delivery')).toBe(false);
    expect(a.verdict).toBe('spoofed');
  });
});
