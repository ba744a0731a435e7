// The CLI as a user runs it: the bundled dist/headerlens.mjs in a child process, DNS from zone
// files written by the test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../../lib/types';
import { type Scenario, scenario } from '../../helpers/scenarios';

const CLI = 'dist/headerlens.mjs';
let dir: string;

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function files(s: Scenario): Promise<{ eml: string; zone: string }> {
  const eml = join(dir, `${s.name}.eml`);
  const zone = join(dir, `${s.name}.zone.json`);
  writeFileSync(eml, s.raw);
  writeFileSync(zone, JSON.stringify(s.zone));
  return { eml, zone };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'headerlens-cli-'));
  // Build the bundle the bin points at, exactly as `npm ci` (prepare) does.
  const b = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { encoding: 'utf8' });
  expect(b.status, b.stderr).toBe(0);
}, 60_000);

describe('headerlens inspect', () => {
  it.each(['authenticated', 'spoofed', 'suspicious', 'unverified'] as const)(
    'gives the %s verdict with --json',
    async (name) => {
      const s = await scenario(name);
      const f = await files(s);
      const r = run(['inspect', f.eml, '--json', '--dns-zone', f.zone, '--authserv-id', s.authservId]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const a = JSON.parse(r.stdout) as Analysis;
      expect(a.verdict).toBe(name);
      // The contract's fields are all there.
      expect(a.from?.domain).toBeTruthy();
      expect(a.origin).toHaveProperty('ip');
      expect(a.origin).toHaveProperty('hostedServer');
      expect(a.spf).toHaveProperty('aligned');
      expect(Array.isArray(a.dkim)).toBe(true);
      expect(a.dmarc).toHaveProperty('policy');
      expect(a.arc).toHaveProperty('result');
      expect(Array.isArray(a.findings)).toBe(true);
      expect(a.dns.length).toBeGreaterThan(0);
    },
  );

  it('flags the hosted server and the broad SPF record end to end', async () => {
    const s = await scenario('suspicious');
    const f = await files(s);
    const a = JSON.parse(run(['inspect', f.eml, '--json', '--dns-zone', f.zone]).stdout) as Analysis;
    expect(a.origin).toMatchObject({ ip: '20.1.2.3', asn: 8075, hostedServer: true, esp: null });
    expect(a.origin.hosting?.provider).toMatch(/Azure/);
    expect(a.findings.map((x) => x.id)).toEqual(expect.arrayContaining(['hosted-server-relay', 'broad-spf']));
    expect(a.findings.find((x) => x.id === 'broad-spf')?.title).toContain('2,097,152');
    const approved = JSON.parse(
      run(['inspect', f.eml, '--json', '--dns-zone', f.zone, '--approve', '20.1.2.3']).stdout,
    ) as Analysis;
    expect(approved.origin.hostedServer).toBe(false);
  });

  it('prints the verdict in one line, then facts and reasons, by default', async () => {
    const s = await scenario('spoofed');
    const f = await files(s);
    const r = run(['inspect', f.eml, '--dns-zone', f.zone]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/spoofed/i);
    expect(r.stdout).toContain('3.85.17.200');
  });

  it('reads the message from standard input with -', async () => {
    const s = await scenario('authenticated');
    const f = await files(s);
    const r = run(['inspect', '-', '--json', '--dns-zone', f.zone], s.raw);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Analysis).verdict).toBe('authenticated');
  });

  it('replays a saved JSON report as its DNS source and reaches the same verdict', async () => {
    for (const name of ['authenticated', 'spoofed', 'suspicious'] as const) {
      const s = await scenario(name);
      const f = await files(s);
      const first = run(['inspect', f.eml, '--json', '--dns-zone', f.zone]);
      const report = join(dir, `${name}.report.json`);
      writeFileSync(report, first.stdout);
      const again = run(['inspect', f.eml, '--json', '--dns-zone', report]);
      expect(again.code).toBe(0);
      expect((JSON.parse(again.stdout) as Analysis).verdict).toBe(
        (JSON.parse(first.stdout) as Analysis).verdict,
      );
    }
  });

  it('trusts only the provider in --offline mode and asks no DNS', async () => {
    const s = await scenario('authenticated');
    const f = await files(s);
    const r = run(['inspect', f.eml, '--json', '--offline', '--authserv-id', s.authservId]);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as Analysis;
    expect(a.mode).toBe('offline');
    expect(a.dns).toEqual([]);
    expect(a.dmarc.result).toBe('pass');
    const untrusted = JSON.parse(run(['inspect', f.eml, '--json', '--offline']).stdout) as Analysis;
    expect(untrusted.verdict).toBe('unverified');
  });

  it('writes Markdown and redacted reports', async () => {
    const s = await scenario('spoofed');
    const f = await files(s);
    const md = run(['inspect', f.eml, '--report', 'md', '--dns-zone', f.zone]);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^#/m);
    const red = run(['inspect', f.eml, '--report', 'text', '--redact', '--dns-zone', f.zone]);
    expect(red.stdout).not.toContain('robin@reader.example');
    expect(red.stdout).not.toContain('Verify your account now');
    expect(red.stdout).toContain('3.85.17.200');
  });

  it('prints the usage and exits 0 for --help, also after a command', () => {
    for (const args of [
      ['--help'],
      ['-h'],
      ['help'],
      ['inspect', '--help'],
      ['spf', '-h'],
      ['classify', '--help'],
    ]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).toMatch(/^Usage:\n {2}headerlens inspect /);
      expect(r.stderr).toBe('');
    }
    // After `--` it is a file name, as the option parser's own message tells.
    const r = run(['inspect', '--', '--help']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^headerlens: /);
  });

  it('exits 2 with one line and no stack trace on bad input', async () => {
    const s = await scenario('authenticated');
    const f = await files(s);
    const cases: string[][] = [
      [],
      ['frobnicate'],
      ['inspect'],
      ['inspect', join(dir, 'missing.eml')],
      ['inspect', f.eml, '--report', 'pdf'],
      ['inspect', f.eml, '--bogus'],
      ['inspect', f.eml, '--dns-zone', join(dir, 'missing.json')],
      ['inspect', f.eml, '--offline', '--dns-zone', f.zone],
    ];
    const badZone = join(dir, 'bad.json');
    writeFileSync(badZone, '{ not json');
    cases.push(['inspect', f.eml, '--dns-zone', badZone]);
    for (const args of cases) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^headerlens: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('analyses a hostile message without crashing', async () => {
    const hostile = join(dir, 'hostile.eml');
    writeFileSync(
      hostile,
      `From: <script>alert(1)</script>\u0000\r\nReceived: ${'x'.repeat(200_000)}\r\nno separator`,
    );
    const r = run(['inspect', hostile, '--json', '--offline']);
    expect(r.code).toBe(0);
    expect(['unverified', 'suspicious', 'spoofed']).toContain((JSON.parse(r.stdout) as Analysis).verdict);
  });
});

describe('headerlens spf', () => {
  it('checks one SPF identity and prints the contract with --json', async () => {
    const zone = join(dir, 'spf.json');
    writeFileSync(
      zone,
      JSON.stringify({
        'example.com': { TXT: ['v=spf1 include:_spf.example.com -all'] },
        '_spf.example.com': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
      }),
    );
    const pass = run([
      'spf',
      '--ip',
      '192.0.2.10',
      '--sender',
      'alice@example.com',
      '--dns-zone',
      zone,
      '--json',
    ]);
    expect(pass.code).toBe(0);
    const j = JSON.parse(pass.stdout) as Record<string, unknown>;
    expect(j).toMatchObject({ result: 'pass', domain: 'example.com' });
    expect(j.mechanism).toBe('ip4:192.0.2.0/24');
    expect(j.lookups).toBeGreaterThanOrEqual(1);
    const fail = JSON.parse(
      run(['spf', '--ip', '198.51.100.1', '--sender', 'alice@example.com', '--dns-zone', zone, '--json'])
        .stdout,
    );
    expect(fail.result).toBe('fail');
  });

  it('uses postmaster@helo for an empty sender (RFC 7208 §2.4)', () => {
    const zone = join(dir, 'spf-helo.json');
    writeFileSync(zone, JSON.stringify({ 'mail.example.org': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] } }));
    const r = run([
      'spf',
      '--ip',
      '192.0.2.1',
      '--sender',
      '',
      '--helo',
      'mail.example.org',
      '--dns-zone',
      zone,
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ result: 'pass', domain: 'mail.example.org' });
  });

  it('exits 2 without --ip', () => {
    expect(run(['spf', '--sender', 'a@example.com']).code).toBe(2);
  });
});

describe('headerlens classify', () => {
  it('classifies each address in order with --json', () => {
    const r = run(['classify', '3.85.17.200', '54.240.1.1', '2a01:111:f400::1', '--json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Array<{
      ip: string;
      asn: number;
      hosting: { provider: string } | null;
      esp: string | null;
    }>;
    expect(rows.map((x) => x.ip)).toEqual(['3.85.17.200', '54.240.1.1', '2a01:111:f400::1']);
    expect(rows[0]).toMatchObject({ asn: 14618, esp: null });
    expect(rows[0]!.hosting?.provider).toMatch(/Amazon|AWS/);
    expect(rows[1]!.esp).toMatch(/SES/);
    expect(rows[1]!.hosting).toBeNull();
    expect(rows[2]!.esp).toMatch(/Microsoft/);
  });

  it('exits 2 with one line for a malformed address', () => {
    const r = run(['classify', '3.85.17.200', '999.1.2.3']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('headerlens inspect --webmail / --not-byte-exact', () => {
  const OUTLOOK_EML = 'test/fixtures/messages/outlook-delivered.eml';
  it('auto detects Exchange Online: meta.profile in the JSON, the profile named on stderr', () => {
    const r = run(['inspect', OUTLOOK_EML, '--json', '--offline', '--webmail', 'auto']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('webmail profile: Outlook (detected)');
    const a = JSON.parse(r.stdout) as Analysis;
    expect(a.meta.profile).toMatchObject({ name: 'outlook', how: 'detected' });
    // Read with the Exchange Online entry rule: the sender's server, not Microsoft's internal hop.
    expect(a.origin.ip).toBe('203.0.113.25');
  });
  it('detects the webmail when --webmail is not given (genuine Microsoft 365 mail is not "spoofed")', () => {
    // A newsletter Exchange Online delivered and Safe Links rewrote: read with no profile, its
    // origin was Microsoft's internal hop and the verdict "spoofed".
    const dir = 'test/fixtures/legit/rw5-m365-safe-links-rewrite';
    const args = ['inspect', `${dir}/message.eml`, '--json', '--dns-zone', `${dir}/zone.json`];
    const r = run(args);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const a = JSON.parse(r.stdout) as Analysis;
    expect(a.meta.profile).toMatchObject({ name: 'outlook', how: 'detected' });
    expect(a.origin.ip).toBe('149.72.123.24');
    // Exchange Online's record of the signature Safe Links broke (real-mail round 135).
    expect(a.verdict).toBe('authenticated');
    const none = JSON.parse(run([...args, '--webmail', 'none']).stdout) as Analysis;
    expect(none.meta.profile ?? null).toBeNull();
    expect(none.verdict).toBe('spoofed');
  });
  it('the text report names the profile; --not-byte-exact is recorded', () => {
    const r = run(['inspect', OUTLOOK_EML, '--offline', '--webmail', 'outlook', '--not-byte-exact']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Webmail profile\s*:?\s*Outlook \(chosen\)/);
    expect(r.stdout).toMatch(/Byte-exact source\s*:?\s*no/);
  });
  it('an unknown webmail is a usage error', () => {
    const r = run(['inspect', OUTLOOK_EML, '--offline', '--webmail', 'hotmail']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--webmail takes gmail, outlook, yahoo, auto or none');
  });
});

describe('inputs that are no message (issue 18 §4)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'headerlens-noinput-'));
  const cases: Array<[string, string | Buffer]> = [
    ['empty file', ''],
    ['white space only', '\r\n\r\n  \n'],
    [
      'binary garbage',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49]),
    ],
    ['text with no header field', 'Dear customer,\nplease verify your account.\n'],
  ];
  it.each(cases)('%s: usage error, exit 2, one line', (name, content) => {
    const f = join(dir, `${name.replace(/\W+/g, '-')}.eml`);
    writeFileSync(f, content);
    const r = run(['inspect', f, '--offline']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/empty|binary|header field/);
  });

  it('empty standard input: usage error', () => {
    const r = run(['inspect', '-', '--offline'], '');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('headerlens: standard input is empty');
  });

  it('a zone file of the wrong shape names the bad entry', async () => {
    const s = await scenario('authenticated');
    const f = await files(s);
    const zone = join(dir, 'bad-zone.json');
    writeFileSync(
      zone,
      JSON.stringify({ 'northbank.example': { MX: [{ priority: 'ten', exchange: 'mx.example' }] } }),
    );
    const r = run(['inspect', f.eml, '--dns-zone', zone]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `headerlens: zone file ${zone} is not valid at "northbank.example".MX[0].priority: expected a number`,
    );
  });
});

describe('HEADERLENS_NOW', () => {
  it('analyses as of that instant; a bad value is a usage error', async () => {
    const s = await scenario('authenticated');
    const f = await files(s);
    const at = (now: string) =>
      spawnSync(process.execPath, [CLI, 'inspect', f.eml, '--json', '--dns-zone', f.zone], {
        encoding: 'utf8',
        env: { ...process.env, HEADERLENS_NOW: now },
      });
    const r = at('2027-01-02T03:04:05Z');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Analysis).meta.analysedAt).toBe('2027-01-02T03:04:05.000Z');
    const bad = at('yesterday');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/HEADERLENS_NOW/);
  });
});
