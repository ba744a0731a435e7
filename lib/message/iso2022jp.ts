// ISO-2022-JP (RFC 1468) encoding, the charset Japanese mailers write headers in. Only needed to
// rebuild a Subject that a gateway decoded and wrote again in UTF-8 after its tag (【外部】):
// the sender signed the ISO-2022-JP bytes (lib/auth/list-restore.ts). The table is the
// platform's own decoder's, read backwards once, on first use.

const ESC_JIS = [0x1b, 0x24, 0x42]; // ESC $ B: JIS X 0208-1983
const ESC_ASCII = [0x1b, 0x28, 0x42]; // ESC ( B: ASCII

let table: Map<string, number> | null = null;

/** Every JIS X 0208 character the decoder knows, mapped to its two bytes (row << 8 | cell). */
function jisTable(): Map<string, number> {
  if (table) return table;
  const bytes: number[] = [...ESC_JIS];
  for (let row = 0x21; row <= 0x7e; row++) for (let cell = 0x21; cell <= 0x7e; cell++) bytes.push(row, cell);
  bytes.push(...ESC_ASCII);
  const text = new TextDecoder('iso-2022-jp').decode(new Uint8Array(bytes));
  table = new Map();
  let k = 0;
  for (const ch of text) {
    const code = ((0x21 + Math.floor(k / 94)) << 8) | (0x21 + (k % 94));
    if (ch !== '\ufffd' && !table.has(ch)) table.set(ch, code);
    k++;
  }
  return table;
}

/** `text` in ISO-2022-JP, or null when it holds a character outside ASCII and JIS X 0208. */
export function encodeIso2022jp(text: string): Uint8Array | null {
  const out: number[] = [];
  let jis = false;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      if (jis) out.push(...ESC_ASCII);
      jis = false;
      out.push(c);
      continue;
    }
    const code = jisTable().get(ch);
    if (code === undefined) return null;
    if (!jis) out.push(...ESC_JIS);
    jis = true;
    out.push(code >> 8, code & 0xff);
  }
  if (jis) out.push(...ESC_ASCII);
  return new Uint8Array(out);
}
