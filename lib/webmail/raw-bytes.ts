// A message's bytes carried as text from the content script to the worker (extension messaging
// carries strings). UTF-8 when the bytes are UTF-8; otherwise one character per byte, flagged
// `latin1`, which the worker turns back into the very same bytes. A message with one byte that is
// not UTF-8 (a Latin-1 "é" sent 8bit, old European mail, or an attacker's choice) used to travel
// as a lossy decoding marked "not byte-exact": its DKIM failures were then set aside as something
// re-encoding could explain (red-team round 8, probe8-owa-not-exact-lifted-bank-signature).
// Note: TextDecoder('latin1') is windows-1252 (0x80 → U+20AC), not one character per byte.

/** The bytes as text: UTF-8 when they are, else a binary string (`latin1`: one char per byte). */
export function bytesAsText(bytes: Uint8Array): { text: string; latin1: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), latin1: false };
  } catch {
    return { text: binaryString(bytes), latin1: true };
  }
}

/** One character per byte (String.fromCharCode in chunks: a spread of megabytes overflows the stack). */
export function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    out += String.fromCharCode(...bytes.subarray(i, Math.min(i + 0x8000, bytes.length)));
  return out;
}

/** The bytes of a binary string, or null when a character is not one byte (then it is not one). */
export function binaryBytes(text: string): Uint8Array | null {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return null;
    out[i] = c;
  }
  return out;
}
