import { readFileSync } from 'node:fs';
import { DohResolver, ZoneResolver } from '../dns';
import { zoneShapeError } from '../dns/zone-shape';
import { emlxMessage } from '../message/emlx';
import type { Resolver } from '../types';
import { UsageError } from './usage';

/**
 * Why `bytes` is no email message (empty, binary, no header field at the start), or null. Such
 * input is a usage error, not an analysis of a message with "no From".
 */
export function notAMessage(bytes: Uint8Array): string | null {
  // Apple Mail's .emlx: the message inside its framing, as the engine reads it (lib/message/emlx.ts).
  const message = emlxMessage(bytes) ?? bytes;
  // Nearly every message starts with its first field: read so on the bytes, without a decode (a
  // TextDecoder made and run per message was 1 % of a batch's CPU).
  if (startsWithField(message)) return null;
  const head = LATIN1.decode(message.subarray(0, HEAD));
  if (head.trim() === '') return 'is empty';
  // A saved mailbox line ("From sender date") and a UTF-8 byte order mark may come first.
  const start = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').replace(/^From [^\n]*\n/, '');
  if (/^[!-9;-~]+[ \t]*:/.test(start)) return null;
  const binary = [...head.slice(0, 512)].filter((c) => /[\x00-\x08\x0E-\x1F]/.test(c)).length > 0;
  return binary ? 'is binary data, not an email message' : 'does not start with a header field (Name: value)';
}

const HEAD = 4096;
const LATIN1 = new TextDecoder('latin1');

/**
 * Whether the first HEAD bytes start with a field name (`!`-`9`, `;`-`~`), blanks and tabs, and
 * `:`: what the pattern in notAMessage finds where no byte order mark and no `From ` line come
 * first (those are left to it). A byte of 0x80 or more decodes to no character of the pattern.
 */
export function startsWithField(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, HEAD);
  if (end === 0 || bytes[0] === 0xef) return false;
  // "From " (a saved mailbox line) is taken off first by the pattern's caller.
  if (
    end >= 5 &&
    bytes[0] === 0x46 &&
    bytes[1] === 0x72 &&
    bytes[2] === 0x6f &&
    bytes[3] === 0x6d &&
    bytes[4] === 0x20
  )
    return false;
  let i = 0;
  while (i < end && bytes[i]! >= 0x21 && bytes[i]! <= 0x7e && bytes[i] !== 0x3a) i++;
  if (i === 0) return false;
  while (i < end && (bytes[i] === 0x20 || bytes[i] === 0x09)) i++;
  return i < end && bytes[i] === 0x3a;
}

/** The message bytes from a file, or standard input for `-`. */
export function readMessage(path: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (err) {
    throw new UsageError(
      `cannot read ${path === '-' ? 'standard input' : path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  const why = notAMessage(bytes);
  if (why) throw new UsageError(`${path === '-' ? 'standard input' : path} ${why}`);
  return bytes;
}

/** --dns-zone FILE (a zone file or a saved JSON report), else DoH (Cloudflare or --doh URL). */
export function resolverFrom(opts: { 'dns-zone'?: string; doh?: string }): Resolver {
  if (opts['dns-zone']) {
    let text: string;
    try {
      text = readFileSync(opts['dns-zone'], 'utf8');
    } catch (err) {
      throw new UsageError(
        `cannot read zone file ${opts['dns-zone']}: ${(err as NodeJS.ErrnoException).code ?? ''}`,
      );
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw new UsageError(`zone file ${opts['dns-zone']} is not valid: ${(err as Error).message}`);
    }
    const shape = zoneShapeError(parsed);
    if (shape) throw new UsageError(`zone file ${opts['dns-zone']} is not valid at ${shape}`);
    return ZoneResolver.fromJson(parsed);
  }
  if (opts.doh) {
    try {
      new URL(opts.doh);
    } catch {
      throw new UsageError(`--doh needs a URL, got "${opts.doh}"`);
    }
    return new DohResolver({ endpoint: opts.doh });
  }
  return new DohResolver({ endpoint: 'cloudflare' });
}

/**
 * `HEADERLENS_NOW` (an ISO 8601 instant): analyse as of that moment instead of the clock, to
 * reproduce a result later (what is "old" or "expired" depends on it). Undefined when unset.
 */
export function analysisClock(): Date | undefined {
  const v = process.env.HEADERLENS_NOW;
  if (!v) return undefined;
  const t = Date.parse(v);
  if (!Number.isFinite(t)) throw new UsageError(`HEADERLENS_NOW must be an ISO 8601 instant, not "${v}"`);
  return new Date(t);
}
