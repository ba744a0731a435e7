import { readFileSync } from 'node:fs';
import { DohResolver, ZoneResolver } from '../dns';
import type { Resolver } from '../types';
import { UsageError } from './usage';

/** The message bytes from a file, or standard input for `-`. */
export function readMessage(path: string): Uint8Array {
  try {
    return path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (err) {
    throw new UsageError(
      `cannot read ${path === '-' ? 'standard input' : path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
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
    try {
      return ZoneResolver.fromJson(JSON.parse(text));
    } catch (err) {
      throw new UsageError(`zone file ${opts['dns-zone']} is not valid: ${(err as Error).message}`);
    }
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
