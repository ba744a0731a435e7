// The only file that imports mailauth (STYLE.md). We load the protocol modules, not the package
// root: the root pulls in BIMI and undici, which crash on Node 20 and bloat the worker bundle.
// In the extension build, wxt.config.ts aliases the Node built-ins these modules use to
// browser-safe shims (lib/auth/shims/).
// First: Buffer and setImmediate for the worker (no-op in Node). mailauth only touches them
// when it runs, so importing them here, before any check can run, is early enough.
import './shims/globals';
import { Buffer } from 'buffer';
import type { DNSResolver } from 'mailauth';
import type { Resolver, RrType } from '../types';

export type {
  ARCChainEntry,
  ARCData,
  ARCResult,
  DKIMResult,
  DKIMVerifyResult,
  DMARCResult,
  DNSResolver,
} from 'mailauth';
export { arc } from 'mailauth/lib/arc';
export { dkimVerify } from 'mailauth/lib/dkim/verify';
export { dmarc } from 'mailauth/lib/dmarc';
export { spf } from 'mailauth/lib/spf';

/**
 * mailauth wants `dns.promises.resolve`'s shape: a function (name, rrtype). Our resolvers are
 * objects; errors pass through untouched so their `.code` (ENOTFOUND, ENODATA, ETIMEOUT…)
 * reaches mailauth, which turns them into none/temperror.
 */
export function toMailauthResolver(resolver: Resolver): DNSResolver {
  return (name, rrtype) => resolver.resolve(name, rrtype as RrType) as ReturnType<DNSResolver>;
}

/** mailauth reads Buffers or strings; wrap bytes without copying (a 25 MB message stays one copy). */
export function toMessageInput(raw: Uint8Array | string): Buffer | string {
  if (typeof raw === 'string' || Buffer.isBuffer(raw)) return raw;
  return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
}
