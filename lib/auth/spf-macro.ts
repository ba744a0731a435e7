// RFC 7208 §7 macro expansion for the SPF walker. The walker re-evaluates the record only to find
// which term matched, so it expands macros exactly as the evaluation did (same DNS names, same
// answers from the per-check memo); explanation-only letters (c, r, t) are never needed here.
import { dotFormat, type IpAddr } from './spf-ip';

export interface MacroValues {
  sender: string;
  domain: string;
  ip: IpAddr;
  helo: string;
  /** %{p}: the validated name of the client IP, computed lazily (it costs DNS queries). */
  ptr: () => Promise<string>;
}

/** Expands a domain-spec; null when it is malformed (the caller treats that as permerror). */
export async function expandMacros(spec: string, values: MacroValues): Promise<string | null> {
  let out = '';
  let i = 0;
  while (i < spec.length) {
    const ch = spec[i]!;
    if (ch !== '%') {
      out += ch;
      i++;
      continue;
    }
    const next = spec[i + 1];
    if (next === '%') out += '%';
    else if (next === '_') out += ' ';
    else if (next === '-') out += '%20';
    else if (next === '{') {
      const end = spec.indexOf('}', i);
      if (end < 0) return null;
      const m = spec.slice(i + 2, end).match(/^([slodiphv])(\d*)(r?)([.\-+,/_=]*)$/i);
      if (!m) return null;
      const value = await letterValue(m[1]!.toLowerCase(), values);
      let parts = value.split(new RegExp(`[${escapeClass(m[4] || '.')}]`));
      if (m[3]) parts = parts.reverse();
      if (m[2]) {
        const keep = Number(m[2]);
        if (keep === 0) return null;
        parts = parts.slice(-keep);
      }
      const joined = parts.join('.');
      // An upper-case macro letter asks for URL escaping (RFC 7208 §7.3).
      out += m[1] === m[1]!.toUpperCase() ? encodeURIComponent(joined).replace(/[!'()*]/g, hex) : joined;
      i = end + 1;
      continue;
    } else return null;
    i += 2;
  }
  return out;
}

async function letterValue(letter: string, v: MacroValues): Promise<string> {
  const at = v.sender.lastIndexOf('@');
  switch (letter) {
    case 's':
      return v.sender;
    case 'l':
      return v.sender.slice(0, at) || 'postmaster';
    case 'o':
      return v.sender.slice(at + 1);
    case 'd':
      return v.domain;
    case 'i':
      return dotFormat(v.ip);
    case 'p':
      return v.ptr();
    case 'v':
      return v.ip.v === 4 ? 'in-addr' : 'ip6';
    default:
      return v.helo;
  }
}

function escapeClass(delims: string): string {
  return delims.replace(/[-\\\]^/]/g, '\\$&');
}

function hex(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
}

/** RFC 7208 §7.3: an expanded name over 253 characters loses labels from the left. */
export function truncateName(name: string): string {
  let n = name.replace(/\.$/, '');
  while (n.length > 253 && n.includes('.')) n = n.slice(n.indexOf('.') + 1);
  return n;
}
