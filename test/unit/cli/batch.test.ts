// `headerlens inspect` over many messages, as a user runs it: the CLI built from the current
// sources (with its worker script) in a child process, DNS from a zone file written here.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../../lib/types';
import { buildCorpusCli } from '../../helpers/corpus';
import { type Scenario, scenario, type ZoneData } from '../../helpers/scenarios';

// Each case starts the CLI (and its worker threads) a few times; the machine is shared.
vi.setConfig({ testTimeout: 180_000 });

let cli: string;
let dir: string;
let zone: string;
const s = {} as Record<Scenario['name'], Scenario>;
/** Signed by northbank.example, with body lines an mbox must quote. */
let quoted: Scenario;
const QUOTED_BODY = 'Hello,\r\n\r\nFrom now on, statements are monthly.\r\n>From the archive: nothing.\r\n';

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [cli, 'inspect', ...args, '--dns-zone', zone], {
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** mboxrd (RFC 4155): a "From " separator per message, body lines ">*From " get one more ">". */
function mbox(raws: string[]): string {
  return raws
    .map(
      (raw, i) =>
        `From sender${i}@example.com Tue Mar  3 10:0${i}:00 2026\n${raw.replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1')}\n`,
    )
    .join('');
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const lines = (out: string) => out.split('\n').filter((l) => l.trim() !== '');
const jsonLines = (out: string) =>
  lines(out).map(
    (l) => JSON.parse(l) as Analysis & { source: { file: string; index: number | null }; error?: string },
  );

beforeAll(async () => {
  cli = buildCorpusCli();
  dir = mkdtempSync(join(tmpdir(), 'headerlens-batch-'));
  const all: ZoneData = {};
  for (const name of ['authenticated', 'spoofed', 'suspicious', 'unverified'] as const) {
    s[name] = await scenario(name);
  }
  quoted = await scenario('authenticated', { body: QUOTED_BODY });
  // The authenticated scenario last: its northbank.example entry has the MX the others lack.
  for (const x of [s.spoofed, s.suspicious, s.unverified, s.authenticated]) Object.assign(all, x.zone);
  zone = file('zone.json', JSON.stringify(all));
}, 120_000);

describe('headerlens inspect: mbox', () => {
  it('gives one result per message of a 3-message mbox, the ">From" body line un-quoted', () => {
    expect(mbox([quoted.raw])).toContain('\n>From now on');
    expect(mbox([quoted.raw])).toContain('\n>>From the archive');
    const box = file('three.mbox', mbox([s.spoofed.raw, quoted.raw, s.suspicious.raw]));
    const r = run([box, '--json']);
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out.map((a) => [a.source.index, a.verdict])).toEqual([
      [1, 'spoofed'],
      [2, 'authenticated'],
      [3, 'suspicious'],
    ]);
    // The body hash covers the quoted lines: it verifies only when exactly one ">" came off each.
    expect(out[1]!.dkim[0]).toMatchObject({ domain: 'northbank.example', result: 'pass' });
    expect(out.every((a) => a.source.file === box)).toBe(true);
  });

  it('detects an mbox on standard input instead of reading it as one message', () => {
    const r = run(['-', '--json'], mbox([s.authenticated.raw, s.spoofed.raw]));
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out.map((a) => [a.source.file, a.source.index, a.verdict])).toEqual([
      ['-', 1, 'authenticated'],
      ['-', 2, 'spoofed'],
    ]);
    // A one-message mbox is one message: the single report, as for a .eml.
    const one = run(['-', '--json'], mbox([s.spoofed.raw]));
    expect((JSON.parse(one.stdout) as Analysis).verdict).toBe('spoofed');
  });
});

describe('headerlens inspect: directories and Maildir', () => {
  it('reads a directory of mixed files recursively, in name order, and says which could not be read', () => {
    const root = join(dir, 'mixed');
    file('mixed/a-auth.eml', s.authenticated.raw);
    file('mixed/b-empty.eml', '');
    file('mixed/c-notes.txt', 'not a message, not read');
    file('mixed/d-box.mbox', mbox([s.spoofed.raw, s.unverified.raw]));
    file('mixed/e-sub/f-susp.EML', s.suspicious.raw);
    file('mixed/g-binary.eml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x01]));
    const r = run([root]);
    expect(r.code).toBe(0);
    const body = lines(r.stdout);
    const rows = body.slice(0, 6);
    expect(rows.map((l) => l.split(/\s{2,}/).slice(0, 2))).toEqual([
      [join(root, 'a-auth.eml'), 'authenticated'],
      [join(root, 'b-empty.eml'), 'error'],
      [`${join(root, 'd-box.mbox')}#1`, 'spoofed'],
      [`${join(root, 'd-box.mbox')}#2`, 'unverified'],
      [join(root, 'e-sub', 'f-susp.EML'), 'suspicious'],
      [join(root, 'g-binary.eml'), 'error'],
    ]);
    // A line per message: From, origin IP and network, first reason.
    expect(rows[2]).toContain('security@northbank.example');
    expect(rows[2]).toMatch(/3\.85\.17\.200 \(AS14618 [^)]*hosted server: Amazon/);
    expect(rows[2]).toContain('DMARC failed');
    expect(rows[1]).toContain('is empty');
    expect(r.stdout).toContain(
      'Summary: 6 messages: 1 spoofed, 1 suspicious, 1 unverified, 1 authenticated, 2 not analysed',
    );
    expect(r.stdout).toMatch(/Hosted servers seen: .*3\.85\.17\.200 .*×1/);
    expect(r.stdout).toContain('Domains spoofed most: northbank.example ×1');
    expect(r.stdout).not.toContain('c-notes');
  });

  it('reads a Maildir: every file of cur/ and new/, not tmp/', () => {
    const md = join(dir, 'Maildir');
    file('Maildir/cur/1700000000.1.host:2,S', s.authenticated.raw);
    file('Maildir/new/1700000001.2.host', s.spoofed.raw);
    file('Maildir/tmp/1700000002.3.host', s.suspicious.raw);
    file('Maildir/.Junk/cur/1700000003.4.host:2,', s.unverified.raw);
    mkdirSync(join(md, '.Junk', 'new'), { recursive: true });
    const r = run([md, '--json']);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((a) => [a.source.file.slice(md.length), a.verdict])).toEqual([
      ['/cur/1700000000.1.host:2,S', 'authenticated'],
      ['/new/1700000001.2.host', 'spoofed'],
      ['/.Junk/cur/1700000003.4.host:2,', 'unverified'],
    ]);
  });
});

describe('headerlens inspect: exit status and unreadable input', () => {
  it('--fail-on exits 1 when a message reaches the verdict (suspicious includes spoofed)', () => {
    const a = file('fail/a.eml', s.authenticated.raw);
    const sus = file('fail/s.eml', s.suspicious.raw);
    const sp = file('fail/p.eml', s.spoofed.raw);
    const one = ['--jobs', '1'];
    expect(run([a, sus, '--fail-on', 'spoofed', ...one]).code).toBe(0);
    expect(run([a, sus, '--fail-on', 'suspicious', ...one]).code).toBe(1);
    expect(run([a, sp, '--fail-on', 'suspicious', ...one]).code).toBe(1);
    expect(run([a, sp, '--fail-on', 'spoofed', ...one]).code).toBe(1);
    expect(run([a, sp, ...one]).code).toBe(0);
    // One message: the single report, and the same exit status.
    expect(run([sp, '--fail-on', 'spoofed']).code).toBe(1);
    expect(run([a, '--fail-on', 'suspicious']).code).toBe(0);
    const bad = run([a, '--fail-on', 'unverified']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--fail-on takes spoofed or suspicious');
  });

  it('reports an unreadable file in its line and goes on with the batch', () => {
    const a = file('gap/a.eml', s.spoofed.raw);
    const b = file('gap/b.eml', s.suspicious.raw);
    const missing = join(dir, 'gap', 'missing.eml');
    const r = run([a, missing, join(dir, 'gap'), b, '--json', '--fail-on', 'spoofed']);
    expect(r.code).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out.map((x) => x.verdict ?? x.error)).toEqual([
      'spoofed',
      'cannot read: ENOENT',
      'spoofed',
      'suspicious',
      'suspicious',
    ]);
    expect(out[1]!.source).toEqual({ file: missing, index: null });
    expect(r.stderr).toContain('5 messages: 2 spoofed, 2 suspicious, 1 not analysed');
  });
});

describe('headerlens inspect: output formats', () => {
  it('JSON Lines: one Analysis per line with its source, parsed back', () => {
    const box = file('jl.mbox', mbox([s.unverified.raw, s.spoofed.raw]));
    const r = run([box, file('jl.eml', s.authenticated.raw), '--json']);
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out).toHaveLength(3);
    expect(out.map((a) => a.source)).toEqual([
      { file: box, index: 1 },
      { file: box, index: 2 },
      { file: join(dir, 'jl.eml'), index: null },
    ]);
    for (const a of out) {
      expect(a.origin).toHaveProperty('ip');
      expect(Array.isArray(a.findings)).toBe(true);
      expect(a.dns.length).toBeGreaterThan(0);
    }
  });

  it('CSV: quoted cells, formula-looking header text made inert', async () => {
    const hostile = s.spoofed.raw
      .replace('Subject: Verify your account now', 'Subject: =HYPERLINK("http://evil.example","click"), now')
      .replace(
        'From: Northbank Security <security@northbank.example>',
        'From: "Bank, Security" <@evil@northbank.example>',
      );
    const f = file('csv/hostile.eml', hostile);
    const g = file('csv/ok.eml', s.suspicious.raw);
    const r = run([f, g, '--csv']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual([
      'source',
      'index',
      'verdict',
      'from',
      'from_domain',
      'origin_ip',
      'network',
      'hosting',
      'hosted_server',
      'email_service',
      'spf',
      'dkim',
      'dmarc',
      'first_reason',
      'subject',
      'error',
      'attached_part',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows.every((x) => x.length === 17)).toBe(true);
    const subject = rows[1]![14]!;
    expect(subject).toBe(`'=HYPERLINK("http://evil.example","click"), now`);
    // In the file: quoted, inner quotes doubled.
    expect(r.stdout).toContain(`"'=HYPERLINK(""http://evil.example"",""click""), now"`);
    expect(rows[2]![2]).toBe('suspicious');
    expect(rows[1]![6]).toBe('AS14618 Amazon.com, Inc.');
    expect(r.stderr).toContain('2 messages');
  });

  it('--report md: one triage report, hostile header text escaped', () => {
    const hostile = s.spoofed.raw.replace(
      'From: Northbank Security <security@northbank.example>',
      'From: "[click](http://evil.example) <img src=x>" <security|x@northbank.example>',
    );
    const f = file('md/hostile.eml', hostile);
    const g = file('md/ok.eml', s.authenticated.raw);
    const r = run([f, g, '--report', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# HeaderLens triage report\n')).toBe(true);
    expect(r.stdout).toContain('| spoofed | 1 |');
    expect(r.stdout).toMatch(/## Messages[\s\S]*\| 1 \| `[^`]*hostile\.eml` \| \*\*spoofed\*\*/);
    expect(r.stdout).not.toContain('<img');
    expect(r.stdout).not.toContain('](http');
    // Every message row has the table's 7 cells: a "|" from the header cannot add one.
    const rows = r.stdout.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(7);
  });
});

describe('headerlens inspect: --attached and --jobs', () => {
  function report(inner: string, encoding: '7bit' | 'base64' = '7bit'): string {
    const body =
      encoding === 'base64' ? Buffer.from(inner).toString('base64').replace(/.{76}/g, '$&\r\n') : inner;
    return [
      'From: Robin Reader <robin@reader.example>',
      'To: abuse@reader.example',
      'Subject: Phishing report',
      'Date: Tue, 3 Mar 2026 11:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="rep-1"',
      '',
      '--rep-1',
      'Content-Type: text/plain',
      '',
      'This looks like phishing.',
      '--rep-1',
      'Content-Type: message/rfc822',
      ...(encoding === 'base64' ? ['Content-Transfer-Encoding: base64'] : []),
      'Content-Disposition: attachment; filename="original.eml"',
      '',
      body,
      '--rep-1--',
      '',
    ].join('\r\n');
  }

  it('analyses a forwarded message as itself, and the attached original with --attached (bytes exact)', () => {
    const spoofRep = file('att/spoof.eml', report(s.spoofed.raw));
    const authRep = file('att/auth.eml', report(quoted.raw));
    const b64Rep = file('att/b64.eml', report(quoted.raw, 'base64'));
    const plain = file('att/plain.eml', s.unverified.raw);
    const itself = jsonLines(run([spoofRep, authRep, '--json']).stdout);
    expect(itself.map((a) => a.from?.address)).toEqual(['robin@reader.example', 'robin@reader.example']);
    const r = run([spoofRep, authRep, b64Rep, plain, '--json', '--attached']);
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out.map((a) => a.verdict ?? a.error)).toEqual([
      'spoofed',
      'authenticated',
      'authenticated',
      'not analysed: no attached message (message/rfc822) to analyse (--attached)',
    ]);
    expect(out[0]!.from?.address).toBe('security@northbank.example');
    // The signature over the attached body verifies: not a byte changed (CRLF kept, no boundary CRLF).
    expect(out[1]!.dkim[0]!.result).toBe('pass');
    expect(out[2]!.dkim[0]!.result).toBe('pass');
    // One file: the single report of the attached original.
    const one = run([authRep, '--json', '--attached']);
    expect((JSON.parse(one.stdout) as Analysis).verdict).toBe('authenticated');
  });

  // Red-team round 157: a colleague forwards two messages as attachments, the genuine one first.
  // Each is analysed, a line (or a JSON line, a CSV row) each, in order, naming its place.
  it('analyses every attached message of a report, in order, one file or many, any format', () => {
    const two = report(quoted.raw).replace(
      '--rep-1--',
      ['--rep-1', 'Content-Type: message/rfc822', '', s.spoofed.raw, '--rep-1--'].join('\r\n'),
    );
    const rep = file('att/two.eml', two);
    const one = file('att/one.eml', report(s.suspicious.raw));
    const r = run([rep, '--json', '--attached']);
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out.map((a) => [a.verdict, (a.source as { part?: number }).part])).toEqual([
      ['authenticated', 1],
      ['spoofed', 2],
    ]);
    const batch = jsonLines(run([rep, one, '--json', '--attached', '--jobs', '2']).stdout);
    expect(batch.map((a) => [a.source.file, (a.source as { part?: number }).part ?? null])).toEqual([
      [rep, 1],
      [rep, 2],
      [one, null],
    ]);
    expect(batch.slice(0, 2).map((a) => a.verdict)).toEqual(['authenticated', 'spoofed']);
    const text = run([rep, '--attached', '--fail-on', 'spoofed']);
    expect(text.code).toBe(1);
    expect(lines(text.stdout).filter((l) => l.startsWith(rep))).toEqual([
      expect.stringMatching(/two\.eml \[1\]\s+authenticated/),
      expect.stringMatching(/two\.eml \[2\]\s+spoofed/),
    ]);
    const csv = run([rep, '--attached', '--csv']).stdout.trim().split('\r\n');
    expect(csv[0]!.endsWith(',error,attached_part')).toBe(true);
    expect(csv.slice(1).map((row) => row.split(',').at(-1))).toEqual(['1', '2']);
  });

  it('prints results in input order with --jobs 2, whatever finishes first', () => {
    const inputs: Array<[string, string]> = [];
    const names = ['spoofed', 'authenticated', 'suspicious', 'unverified'] as const;
    for (let i = 0; i < 12; i++) {
      const name = names[i % 4]!;
      // Every third message carries 2 MB of body, so later small ones finish before it.
      const raw =
        i % 3 === 0 ? `${s[name].raw}${'padding line of the body to hash\r\n'.repeat(60_000)}` : s[name].raw;
      inputs.push([file(`order/m${String(i).padStart(2, '0')}.eml`, raw), name]);
    }
    const r = run([...inputs.map(([f]) => f), '--jobs', '2', '--json']);
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out.map((a) => a.source.file)).toEqual(inputs.map(([f]) => f));
    // The padded authenticated message's signature no longer covers its body: not authenticated.
    expect(out.map((a) => a.verdict).filter((_v, i) => i % 3 !== 0)).toEqual(
      inputs.filter((_, i) => i % 3 !== 0).map(([, n]) => n),
    );
    expect(run([...inputs.map(([f]) => f), '--jobs', '0']).code).toBe(2);
  });
});

/** RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quotedCell = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quotedCell) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quotedCell = false;
      else cell += c;
    } else if (c === '"') quotedCell = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}
