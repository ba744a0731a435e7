// Building blocks for the message corpora (test/fixtures/adversarial/, test/fixtures/legit/): a
// fixed test key pair (so a committed message keeps verifying against its committed zone file),
// mailauth's signer, and the case layout the corpus runner (test/unit/corpus/) reads.
import { execFileSync } from 'node:child_process';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dkimSign } from 'mailauth/lib/dkim/sign';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const KEYS = join(ROOT, 'test/fixtures/corpus-keys');

/**
 * Bundles the CLI from the current sources into a temporary folder and returns its path. The CLI
 * finds its IP tables at ../public/ip/ from its own file (scripts/ip-tables-node.ts), as in
 * the installed package, so the folder gets a link to public/: without the tables, relay
 * intelligence (hosted servers, ESPs) would be off.
 */
export function buildCorpusCli(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hl-corpus-'));
  mkdirSync(join(dir, 'dist'));
  symlinkSync(join(ROOT, 'public'), join(dir, 'public'));
  const cli = join(dir, 'dist', 'headerlens.mjs');
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs'), '--out', cli], { cwd: ROOT });
  return cli;
}

/** `headerlens inspect` arguments for a case folder: its zone when it has one, else offline. */
export function corpusCliArgs(cli: string, dir: string, meta: CaseMeta): string[] {
  const zone = join(dir, 'zone.json');
  return [
    cli,
    'inspect',
    join(dir, 'message.eml'),
    '--json',
    ...(existsSync(zone) ? ['--dns-zone', zone] : ['--offline']),
    ...(meta.args ?? []),
  ];
}

export interface CorpusKeys {
  rsaPem: string;
  ed25519Pem: string;
  /** DKIM key records (RFC 6376 §3.6.1) for the two keys. */
  rsaTxt: string;
  ed25519Txt: string;
}

let cached: CorpusKeys | null = null;
export function corpusKeys(): CorpusKeys {
  if (cached) return cached;
  const rsaPem = readFileSync(join(KEYS, 'rsa-2048.pem'), 'utf8');
  const ed25519Pem = readFileSync(join(KEYS, 'ed25519.pem'), 'utf8');
  const rsaDer = createPublicKey(createPrivateKey(rsaPem)).export({ type: 'spki', format: 'der' });
  // RFC 8463 §4.2: the Ed25519 record holds the raw 32-byte key (the SPKI's last 32 bytes).
  const edDer = createPublicKey(createPrivateKey(ed25519Pem)).export({ type: 'spki', format: 'der' });
  cached = {
    rsaPem,
    ed25519Pem,
    rsaTxt: `v=DKIM1; k=rsa; p=${Buffer.from(rsaDer).toString('base64')}`,
    ed25519Txt: `v=DKIM1; k=ed25519; p=${Buffer.from(edDer.subarray(edDer.length - 32)).toString('base64')}`,
  };
  return cached;
}

export interface SignSpec {
  domain: string;
  selector: string;
  algorithm?: 'rsa-sha256' | 'ed25519-sha256';
  canonicalization?: string;
  /** Header field names to sign (mailauth's default list otherwise). */
  headerList?: string[];
  /** l= (body length). */
  maxBodyLength?: number;
  signTime?: Date;
}

/** Signs `raw` (CRLF line ends) and returns it with the DKIM-Signature on top. */
export async function signCorpus(raw: string, spec: SignSpec): Promise<string> {
  const keys = corpusKeys();
  const algorithm = spec.algorithm ?? 'rsa-sha256';
  const res = await dkimSign(raw, {
    canonicalization: spec.canonicalization ?? 'relaxed/relaxed',
    signTime: spec.signTime ?? new Date('2026-11-20T10:00:00Z'),
    signatureData: [
      {
        signingDomain: spec.domain,
        selector: spec.selector,
        privateKey: algorithm === 'ed25519-sha256' ? keys.ed25519Pem : keys.rsaPem,
        algorithm,
        ...(spec.headerList ? { headerList: spec.headerList } : {}),
        ...(spec.maxBodyLength !== undefined ? { maxBodyLength: spec.maxBodyLength } : {}),
      },
    ],
  } as never);
  const sig = (res as { signatures: string }).signatures;
  if (!sig) throw new Error(`signing failed: ${JSON.stringify((res as { errors?: unknown }).errors)}`);
  return sig + raw;
}

/** What a case expects from `headerlens inspect --json` (see test/fixtures/adversarial/README.md). */
export interface CaseExpectation {
  /** The verdict, or a list of acceptable verdicts. */
  verdict?: string | string[];
  /** Verdicts that must not come out. */
  notVerdict?: string[];
  /** Finding ids that must be present. */
  findings?: string[];
  /** Finding ids that must be absent. */
  absentFindings?: string[];
  /** Dotted paths into the Analysis and their expected values (`origin.ip`, `dmarc.result`). */
  fields?: Record<string, unknown>;
}

export interface CaseMeta {
  /** Adversarial: the attack, as the attacker would describe it. Legit: the real-world path. */
  about: string;
  /** The class of the issue it covers (e.g. `forged-auth-results`, `m365-to-m365`). */
  class: string;
  /** Extra CLI arguments (e.g. `--webmail`, `gmail`, `--authserv-id`, `mx.example`). */
  args?: string[];
  expect: CaseExpectation;
  /** How the message was made (generator file), and where a real-world layout was learnt. */
  source?: string;
}

/**
 * Writes `<root>/<name>/{message.eml, zone.json?, case.json}`. Without a zone the runner
 * analyses offline (`--offline`); with one it passes `--dns-zone zone.json`.
 */
export function writeCase(
  root: string,
  name: string,
  c: { eml: string; zone?: Record<string, unknown>; meta: CaseMeta },
): void {
  if (!/^[a-z0-9][a-z0-9-]{0,80}$/.test(name)) throw new Error(`bad case name: ${name}`);
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'message.eml'), c.eml);
  if (c.zone) writeFileSync(join(dir, 'zone.json'), `${JSON.stringify(c.zone, null, 2)}\n`);
  writeFileSync(join(dir, 'case.json'), `${JSON.stringify(c.meta, null, 2)}\n`);
}
