// iconv-lite and encoding-japanese for mailauth's copy of libmime, on the browser's own
// TextDecoder (which knows every WHATWG encoding, Japanese ones included). Saves ~400 KB of
// code tables in the worker. Only decoding is needed: mailauth reads headers, never writes them
// in other charsets. An unknown label throws, and libmime then falls back to UTF-8, as it
// does with iconv-lite.

function decoder(label: string): TextDecoder {
  return new TextDecoder(
    label
      .toLowerCase()
      .replace(/^eucjp$/, 'euc-jp')
      .replace(/^jis$/, 'iso-2022-jp'),
  );
}

export function decode(buf: Uint8Array, charset: string): string {
  return decoder(charset).decode(buf);
}

export function encode(str: string, charset: string): Uint8Array {
  if (!/^utf-?8$/i.test(charset)) throw new Error(`Encoding to ${charset} is not supported`);
  return new TextEncoder().encode(str);
}

export function encodingExists(charset: string): boolean {
  try {
    decoder(charset);
    return true;
  } catch {
    return false;
  }
}

/** encoding-japanese's convert(), for the one call libmime makes (to UNICODE as a string). */
export function convert(data: Uint8Array, opts: { to: string; from: string; type?: string }): string {
  return decode(data, opts.from);
}

export default { decode, encode, encodingExists, convert };
