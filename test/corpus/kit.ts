// What the red-team probes (adversarial/probe*.ts) and the real-world shapes (legit/realworld*.ts)
// share: the reader's receiver, the bank's DNS, the attacker's server and authenticated domain, the
// two kinds of probe message, and the legit corpus's promise; how a round writes its cases
// (emitCase) and the expectations they share. The rounds' own world (the --attached forgeries,
// Harbourline's tenant, SendGrid, gateway tags) is in rounds-kit.ts. Kept out of the maker folders,
// whose every file make.ts runs as a maker.
import { parseIp, reverseName } from '../../lib/relay/address';
import type { CaseExpectation } from '../helpers/corpus';
import { corpusKeys, signCorpus } from '../helpers/corpus';
import { eopResults } from './m365-shapes';
import type { CaseWriter } from './make';
import { onTop, received, submitted } from './messages';

export const RECEIVER = 'mx.reader.example';
/** Trusting the reader's own receiver, as every case does. */
export const ARGS = ['--authserv-id', RECEIVER];
export const ATTACKER_IP = '198.51.100.66';
export const DATE = 'Fri, 20 Nov 2026 10:00:05 +0000';
export const KEY = () => ({ TXT: [corpusKeys().rsaTxt] });

/** The bank: its own servers in SPF, p=reject. */
export const BANK = {
  'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
};

/** Gmail's outbound host for a personal account (sending, forwarding, Groups) and its address. */
export const GMAIL_OUT = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};

/** The reader's receiver taking mail from Gmail's outbound host. */
export const fromGmail = () => received({ ...GMAIL_OUT, by: RECEIVER });

/** The bank's own sending server (inside its SPF range) and its From, as its notices write it. */
export const BANK_IP = '192.0.2.10';
export const BANK_FROM = 'Northbank Security <security@northbank.example>';
/** The bank's DKIM key (selector nb1, the corpus key): a genuine bank message, replayed, verifies. */
export const BANK_KEY = { 'nb1._domainkey.northbank.example': KEY() };
/** The reader's receiver taking mail from the bank's own server. */
export const fromBank = () =>
  received({ helo: 'mail.northbank.example', rdns: 'mail.northbank.example', ip: BANK_IP, by: RECEIVER });
/** A rented server on Amazon's network (AS16509 in the bundled data). */
export const AWS_IP = '3.120.1.10';
/** Read as in Outlook (the Exchange Online profile). */
export const OUTLOOK = ['--webmail', 'outlook'];

/** DNS that makes `domain` authenticate everything sent from `ip` with the corpus key `s1`. */
export function authenticZone(domain: string, ip: string): Record<string, unknown> {
  return {
    [domain]: { TXT: [`v=spf1 ip4:${ip} -all`] },
    [`s1._domainkey.${domain}`]: KEY(),
    [`_dmarc.${domain}`]: { TXT: ['v=DMARC1; p=reject'] },
  };
}

/** The receiver's entry line for the attacker's server, named after `domain`. */
export const fromAttacker = (domain: string, by = RECEIVER) =>
  received({ helo: `mail.${domain}`, rdns: `mail.${domain}`, ip: ATTACKER_IP, by });

/**
 * PTR for the IPv4 `ip` naming `name`, and `name`'s A record back (a forward-confirmed reverse
 * name). IPv6: ptr6.
 */
export function ptr(ip: string, name: string): Record<string, unknown> {
  if (ip.includes(':')) return ptr6(ip, name);
  return { [`${ip.split('.').reverse().join('.')}.in-addr.arpa`]: { PTR: [name] }, [name]: { A: [ip] } };
}

/** The PTR record of an IPv6 address (RFC 3596 §2.5), with its AAAA back. */
export function ptr6(ip: string, name: string): Record<string, unknown> {
  const addr = parseIp(ip);
  if (addr?.v !== 6) throw new Error(`ptr6: not an IPv6 address: ${ip}`);
  return { [reverseName(addr)]: { PTR: [name] }, [name]: { AAAA: [ip] } };
}

export interface Probe {
  name: string;
  about: string;
  class: string;
  expect: CaseExpectation;
  args?: string[];
}

/** Genuine mail read right. */
export const AUTHENTICATED = { verdict: 'authenticated' };

/** Neither trusted nor excused: "suspicious" or "spoofed". */
export const NOT_TRUSTED: CaseExpectation = { notVerdict: ['authenticated', 'unverified'] };

/** A spoof of the bank, caught: DMARC fails. */
export const SPOOFED: CaseExpectation = { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } };

/**
 * What EOP honestly records for a spoof of the bank from `ip`: SPF and DMARC fail, DKIM as `dkim`
 * says (none for an unsigned spoof; a replayed signature over a new body fails its body hash).
 */
export const eopSpoofResults = (
  ip = ATTACKER_IP,
  dkim = 'dkim=none (message not signed)\r\n header.d=none',
) =>
  eopResults({
    ip,
    mailfrom: 'northbank.example',
    spf: 'fail',
    dkim,
    dmarc: 'fail',
    from: 'northbank.example',
    compauth: 'fail reason=000',
  });

/**
 * What EOP records for the bank's genuine signed notice replayed from the attacker's server: SPF
 * passes for the attacker's envelope, the bank's DKIM and so DMARC pass.
 */
export const eopReplayPass = () =>
  eopResults({
    ip: ATTACKER_IP,
    mailfrom: 'attacker.example',
    spf: 'pass',
    dkim: 'dkim=pass (signature was verified)\r\n header.d=northbank.example',
    dmarc: 'pass',
    from: 'northbank.example',
    compauth: 'pass reason=100',
  });

/** The bank's monthly notice, signed with its key (selector nb1): genuine mail the attacker received and replays. */
export function genuineBankNotice(headerList?: string[]): Promise<string> {
  return signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      subject: 'Your statement is ready',
      body: 'Your November statement is ready in online banking.\r\n',
    }),
    { domain: 'northbank.example', selector: 'nb1', ...(headerList ? { headerList } : {}) },
  );
}

/** The replayed notice with the attacker's text in place of the bank's: the body hash no longer verifies. */
export const withAttackerText = (genuine: string) =>
  genuine.replace(
    'Your November statement is ready in online banking.',
    'Your card is blocked. Confirm it at https://northbank.example.attacker.example/confirm',
  );

/**
 * A whole probe: `raw` (the sender's part) under `entry` (the receiver's line, by default for the
 * attacker's server) and a Return-Path (the probe's `envelope`, else the round's). Its DNS: the bank,
 * the attacker's authenticated domain and the probe's `zone`; a `zone` of null writes no zone file.
 */
export function probeDelivery(write: CaseWriter, envelope = 'bounce@attacker.example') {
  return (
    p: Probe & { raw: string; envelope?: string; entry?: string; zone?: Record<string, unknown> | null },
  ) =>
    write(p.name, {
      eml: onTop(
        p.raw,
        `Return-Path: <${p.envelope ?? envelope}>`,
        p.entry ?? fromAttacker('attacker.example'),
      ),
      ...(p.zone === null
        ? {}
        : { zone: { ...BANK, ...authenticZone('attacker.example', ATTACKER_IP), ...p.zone } }),
      meta: { about: p.about, class: p.class, args: [...ARGS, ...(p.args ?? [])], expect: p.expect },
    });
}

/** The two probe messages: the attacker's server, unsigned or fully authenticated as its own domain. */
export function attackerMail(write: CaseWriter) {
  /** Unsigned mail from the attacker's server with `from` (and extra header lines) as written. */
  const unsigned = (
    p: Probe & {
      from: string;
      zone?: Record<string, unknown>;
      extra?: string[];
      envelope?: string;
      body?: string;
    },
  ) =>
    write(p.name, {
      eml: onTop(
        submitted({ from: p.from, subject: 'Verify your account now', extraHeaders: p.extra, body: p.body }),
        `Return-Path: <${p.envelope ?? 'bounce@attacker.example'}>`,
        fromAttacker('attacker.example'),
      ),
      zone: p.zone ?? { ...BANK, ...authenticZone('attacker.example', ATTACKER_IP) },
      meta: { about: p.about, class: p.class, args: [...ARGS, ...(p.args ?? [])], expect: p.expect },
    });

  /** Mail the attacker's own domain authenticates in full (SPF, DKIM and DMARC pass). */
  const authenticated = async (
    p: Probe & {
      from: string;
      domain?: string;
      extra?: string[];
      top?: string[];
      zone?: Record<string, unknown>;
      headerList?: string[];
    },
  ) => {
    const domain = p.domain ?? 'attacker.example';
    const signed = await signCorpus(
      submitted({ from: p.from, subject: 'Action required on your account', extraHeaders: p.extra }),
      { domain, selector: 's1', ...(p.headerList ? { headerList: p.headerList } : {}) },
    );
    write(p.name, {
      eml: onTop(
        `${(p.top ?? []).map((h) => `${h}\r\n`).join('')}${signed}`,
        `Return-Path: <bounce@${domain}>`,
        fromAttacker(domain),
      ),
      zone: { ...BANK, ...authenticZone(domain, ATTACKER_IP), ...p.zone },
      meta: { about: p.about, class: p.class, args: [...ARGS, ...(p.args ?? [])], expect: p.expect },
    });
  };
  return { unsigned, authenticated };
}

/**
 * A legit maker's `make`: every shape `makeAll` writes but the pending ones, each also promising
 * never to be "spoofed".
 */
export async function legitCorpus(
  makeAll: (write: CaseWriter) => Promise<void>,
  pending: ReadonlySet<string>,
  write: CaseWriter,
): Promise<void> {
  await makeAll((name, c) => {
    if (pending.has(name)) return;
    const notVerdict = [...new Set([...(c.meta.expect.notVerdict ?? []), 'spoofed'])];
    write(name, { ...c, meta: { ...c.meta, expect: { ...c.meta.expect, notVerdict } } });
  });
}

/** The fields a sender's software signs (kept explicit so fields added later never break it). */
export const SIGNED = [
  'from',
  'to',
  'subject',
  'date',
  'message-id',
  'reply-to',
  'mime-version',
  'content-type',
];
/** The same without Reply-To (senders whose software leaves it out of h=). */
export const SIGNED_NO_REPLY_TO = [
  'from',
  'to',
  'subject',
  'date',
  'message-id',
  'mime-version',
  'content-type',
];

/** The server that hands a message to the reader's provider: its HELO, reverse name and address. */
export interface Relay {
  helo: string;
  rdns: string;
  ip: string;
}

/** The domain of an address (`a@b.example` or `Name <a@b.example>`), as written. */
export const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).replace(/>.*$/, '');

/** Signs `raw` with each (domain, selector) in turn, the last one on top (the ESP's own, usually). */
export async function signAll(
  raw: string,
  signers: Array<[string, string]>,
  headerList = SIGNED,
): Promise<string> {
  let out = raw;
  for (const [domain, selector] of signers) out = await signCorpus(out, { domain, selector, headerList });
  return out;
}

/**
 * A sender's DNS: the relay's forward-confirmed reverse name, the corpus key for every (domain,
 * selector), DMARC records by domain and SPF records by name.
 */
export function senderZone(
  relay: Relay,
  keys: Array<[string, string]>,
  dmarc: Record<string, string>,
  spf: Record<string, string>,
): Record<string, unknown> {
  return {
    ...ptr(relay.ip, relay.rdns),
    ...Object.fromEntries(keys.map(([d, s]) => [`${s}._domainkey.${d}`, KEY()])),
    ...Object.fromEntries(Object.entries(dmarc).map(([d, r]) => [`_dmarc.${d}`, { TXT: [r] }])),
    ...Object.fromEntries(Object.entries(spf).map(([d, r]) => [d, { TXT: [r] }])),
  };
}

/** A case as a round's maker builds it: its meta fields, message and DNS (none: no zone file). */
export interface CorpusCase {
  name: string;
  about: string;
  class: string;
  args: string[];
  eml: string;
  zone?: Record<string, unknown>;
  expect: CaseExpectation;
  /** Also written as `<name>-no-options` with args [] (the CLI's defaults). */
  twin?: boolean;
}

/** Writes `c` (and its `-no-options` twin when asked). */
export function emitCase(write: CaseWriter, c: CorpusCase): void {
  const meta = (args: string[]) => ({ about: c.about, class: c.class, args, expect: c.expect });
  write(c.name, { eml: c.eml, ...(c.zone ? { zone: c.zone } : {}), meta: meta(c.args) });
  if (c.twin) {
    write(`${c.name}-no-options`, {
      eml: c.eml,
      ...(c.zone ? { zone: c.zone } : {}),
      meta: meta([]),
    });
  }
}

/** Genuine mail: anything but a warning. */
export const NOT_SUSPICIOUS: CaseExpectation = { notVerdict: ['suspicious'] };
/** The original a colleague reported, vouched for: the supplier's SPF-only mail authenticates. */
export const VOUCHED: CaseExpectation = {
  verdict: 'authenticated',
  absentFindings: ['attached-by-outsider'],
};

/** Read as in Gmail (the Gmail profile). */
export const GMAIL = ['--webmail', 'gmail'];
/** An --attached report read in Gmail, in Outlook, and on the reader's own box. */
export const ATTACHED_GMAIL = ['--webmail', 'gmail', '--attached'];
export const ATTACHED_OUTLOOK = ['--webmail', 'outlook', '--attached'];
export const ATTACHED_BOX = ['--authserv-id', RECEIVER, '--attached'];
