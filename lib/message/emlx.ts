// Apple Mail's .emlx: a first line with the message's length in bytes, the message (exactly that
// many bytes), then Apple's property list (`<?xml … <plist …>`) with its flags. Read as a message,
// the length line breaks the header block and the property list becomes part of the body, so every
// DKIM body hash fails and a genuine message read "spoofed" (rw15). No delivered message starts
// with a line of digits, and the framing must match exactly (the length lands where the property
// list begins), so nothing else is ever cut.

const FRAME = /^(\d{1,10})[ \t]*\r?\n/;
const LATIN1 = new TextDecoder('latin1');

/** The message inside Apple Mail's .emlx framing, or null when `raw` is not framed that way. */
export function emlxMessage(raw: Uint8Array | string): Uint8Array | null {
  // The length line is looked for first: every message is asked, and almost none is framed. A
  // message whose first byte is no digit is not, and is let go before any decoder is made (a
  // TextDecoder made and used per message was 1 % of a batch's CPU).
  const first = typeof raw === 'string' ? raw.charCodeAt(0) : raw[0];
  if (first === undefined || Number.isNaN(first) || first < 0x30 || first > 0x39) return null;
  const head = typeof raw === 'string' ? raw.slice(0, 16) : LATIN1.decode(raw.subarray(0, 16));
  const m = FRAME.exec(head);
  if (!m) return null;
  const bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
  const start = m[0].length;
  const end = start + Number(m[1]);
  if (end > bytes.length) return null;
  const rest = LATIN1.decode(bytes.subarray(end, end + 64)).trimStart();
  if (!rest.startsWith('<?xml') && !rest.startsWith('<!DOCTYPE plist') && !rest.startsWith('<plist'))
    return null;
  return bytes.subarray(start, end);
}
