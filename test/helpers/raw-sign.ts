// A signer that writes DKIM-Signature and ARC header fields exactly as told, tag list and all:
// mailauth's signer only writes well-formed ones, and the strict-checks corpus needs the malformed
// ones a lenient verifier still passes (a duplicated d=, `D=` for `d=`, `;;`, `_=`, a t=s key with
// a subdomain i=). Relaxed (or, for an AMS, simple) canonicalization, RSA-SHA256. Test-only.
import { createHash, sign } from 'node:crypto';

/** RFC 6376 §3.4.4: relaxed body canonicalization. `body` has CRLF line ends. */
export function relaxedBody(body: string): string {
  const lines = body.split('\r\n').map((l) => l.replace(/[ \t]+/g, ' ').replace(/ $/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.length > 0 ? `${lines.join('\r\n')}\r\n` : '';
}

/** RFC 6376 §3.4.3: simple body canonicalization (only trailing empty lines go). */
export function simpleBody(body: string): string {
  let b = body;
  while (b.endsWith('\r\n\r\n')) b = b.slice(0, -2);
  return b.endsWith('\r\n') ? b : `${b}\r\n`;
}

export type Canon = 'relaxed' | 'simple';

/** RFC 6376 §3.4.2: relaxed header canonicalization of one field (`Name: value`, maybe folded). */
export function relaxedHeader(field: string): string {
  const colon = field.indexOf(':');
  const name = field.slice(0, colon).trim().toLowerCase();
  const value = field
    .slice(colon + 1)
    .replace(/\r\n/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
  return `${name}:${value}`;
}

/** Header fields of a message (unfolded lines kept as written) and its body. */
function split(raw: string): { fields: string[]; body: string } {
  const end = raw.indexOf('\r\n\r\n');
  const head = end < 0 ? raw : raw.slice(0, end);
  const body = end < 0 ? '' : raw.slice(end + 4);
  const fields: string[] = [];
  for (const line of head.split('\r\n')) {
    if (/^[ \t]/.test(line) && fields.length > 0) fields[fields.length - 1] += `\r\n${line}`;
    else fields.push(line);
  }
  return { fields, body };
}

/** The fields named in h=, each instance picked from the bottom up (RFC 6376 §5.4.2). */
function signedFields(fields: string[], names: string[]): string[] {
  const used = new Set<number>();
  const out: string[] = [];
  for (const name of names) {
    for (let i = fields.length - 1; i >= 0; i--) {
      if (used.has(i)) continue;
      const f = fields[i]!;
      if (f.slice(0, f.indexOf(':')).trim().toLowerCase() === name.toLowerCase()) {
        used.add(i);
        out.push(f);
        break;
      }
    }
  }
  return out;
}

const b64 = (data: string, pem: string) => sign('sha256', Buffer.from(data, 'utf8'), pem).toString('base64');

export function bodyHash(raw: string, canon: Canon = 'relaxed'): string {
  const body = split(raw).body;
  return createHash('sha256')
    .update(canon === 'simple' ? simpleBody(body) : relaxedBody(body), 'utf8')
    .digest('base64');
}

/** `value` with the signature put after its final empty `b=` (which a trailing `;` may follow). */
function withSignature(value: string, signature: string): string {
  const m = /b=(;?[ \t]*)$/.exec(value);
  if (!m) throw new Error('the tag list must end with an empty b= (and at most a trailing ";")');
  return `${value.slice(0, m.index + 2)}${signature}${m[1]}`;
}

/**
 * Signs `raw` with a signature field whose value is `value` (which must end with an empty `b=`),
 * covering `names` (the h= list the value states), and returns the field with its b= filled in.
 */
export function signField(
  raw: string,
  fieldName: string,
  value: string,
  names: string[],
  pem: string,
  canon: Canon = 'relaxed',
): string {
  withSignature(value, '');
  const { fields } = split(raw);
  // RFC 6376 §3.4.1: simple header canonicalization takes each field exactly as written.
  const header = canon === 'simple' ? (f: string) => f : relaxedHeader;
  const data = [
    ...signedFields(fields, names).map((f) => `${header(f)}\r\n`),
    header(`${fieldName}: ${value}`),
  ].join('');
  return `${fieldName}: ${withSignature(value, b64(data, pem))}`;
}

/** A DKIM-Signature (relaxed/relaxed) with the tag list as given, put on top of `raw`. */
export function dkimRaw(raw: string, tags: (bh: string) => string, names: string[], pem: string): string {
  return `${signField(raw, 'DKIM-Signature', tags(bodyHash(raw)), names, pem)}\r\n${raw}`;
}

/**
 * An ARC set i=1 (RFC 8617 §5.1) on top of `raw`: the AAR as given, an AMS and an ARC-Seal whose
 * tag lists are as given (each ending with an empty b=). The seal signs AAR, AMS and itself.
 */
export function arcSetRaw(
  raw: string,
  spec: {
    aar: string;
    ams: (bh: string) => string;
    amsNames: string[];
    seal: string;
    pem: string;
    /** How the AMS is canonicalized (header and body); its tag list must say so (or omit c=). */
    amsCanon?: Canon;
  },
): string {
  withSignature(spec.seal, '');
  const aar = `ARC-Authentication-Results: ${spec.aar}`;
  const withAar = `${aar}\r\n${raw}`;
  const canon = spec.amsCanon ?? 'relaxed';
  const ams = signField(
    withAar,
    'ARC-Message-Signature',
    spec.ams(bodyHash(raw, canon)),
    spec.amsNames,
    spec.pem,
    canon,
  );
  const data = `${relaxedHeader(aar)}\r\n${relaxedHeader(ams)}\r\n${relaxedHeader(`ARC-Seal: ${spec.seal}`)}`;
  const seal = `ARC-Seal: ${withSignature(spec.seal, b64(data, spec.pem))}`;
  return `${seal}\r\n${ams}\r\n${withAar}`;
}
