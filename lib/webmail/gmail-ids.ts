// Gmail's two message-id spellings and the URLs built from them. Gmail's DOM carries a "new" id
// (`#msg-f:<decimal>`, `msg-a:r<decimal>` for sent mail) and a legacy hex id; the legacy id is the
// same 64-bit number in hex. Kept apart from the page readers so they can be tested on their own.

/** `#msg-f:1781234567890123456` / `msg-f:…` → the decimal digits, or null. */
export function permIdDecimal(permId: string): string | null {
  const m = /^#?msg-f:(\d{1,20})$/.exec(permId.trim());
  return m ? m[1]! : null;
}

/** Decimal message id → Gmail's legacy hex id (lower case, no leading zeros). Null when out of range. */
export function decimalToLegacyHex(decimal: string): string | null {
  if (!/^\d{1,20}$/.test(decimal)) return null;
  const n = BigInt(decimal);
  if (n === 0n || n >= 1n << 64n) return null;
  return n.toString(16);
}

/** Legacy hex id → decimal (for `permmsgid=msg-f:<decimal>`). Null when not a 64-bit hex id. */
export function legacyHexToDecimal(hex: string): string | null {
  if (!isLegacyHex(hex)) return null;
  return BigInt(`0x${hex}`).toString(10);
}

/** Legacy ids are 64-bit numbers written in hex (usually 16 digits). */
export function isLegacyHex(value: string): boolean {
  return /^[0-9a-f]{6,16}$/.test(value);
}

/** Gmail's `ik` (account key, GLOBALS[9]): a short lower-case hex string, e.g. `1c74bed0af`. */
export function isIk(value: string): boolean {
  return /^[0-9a-f]{8,16}$/.test(value);
}

/** The signed-in account's index from `/mail/u/<n>/`; Gmail omits it for the only account (= 0). */
export function accountIndex(pathname: string): string {
  const m = /^\/mail\/u\/(\d{1,2})(?:\/|$)/.exec(pathname);
  return m ? m[1]! : '0';
}

interface UrlParts {
  origin: string;
  account: string;
  /** Omitted when unknown: the view=att endpoint answers without it for the signed-in account. */
  ik?: string;
}

/**
 * "Download original" — the exact bytes as an attachment. Gmail 302-redirects it to
 * mail-attachment.googleusercontent.com; a cached redirect loses its CORS headers, so a fresh
 * `zx` value (Gmail's own cache-busting parameter) goes on every request.
 */
export function originalBytesUrl(p: UrlParts & { legacyId: string; cacheBuster: string }): string {
  const ik = p.ik ? `ik=${encodeURIComponent(p.ik)}&` : '';
  return (
    `${p.origin}/mail/u/${p.account}/?${ik}view=att&th=${encodeURIComponent(p.legacyId)}` +
    `&attid=0&disp=comp&safe=1&zw&zx=${encodeURIComponent(p.cacheBuster)}`
  );
}

/** "Show original" — an HTML page with the source HTML-escaped inside (not byte-exact). */
export function showOriginalUrl(p: UrlParts & { decimal: string }): string {
  const ik = p.ik ? `ik=${encodeURIComponent(p.ik)}&` : '';
  return `${p.origin}/mail/u/${p.account}/?${ik}view=om&permmsgid=msg-f:${p.decimal}`;
}
