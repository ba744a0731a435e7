// Raw RFC 5322 message → ParsedMessage. Reads only the header block; hostile input (no
// separator, NUL bytes, huge lines, thousands of headers) gives problems, never exceptions.
import { decodeWords } from 'postal-mime';
import type { HeaderField, Mailbox, ParsedMessage } from '../types';
import { domainOf, MAX_ADDRESS_FIELD, parseMailboxes, parseReturnPath } from './addresses';
import { parseMailDate } from './date';
import { readHeaderBlock } from './header-block';
import { utf7WordsAsUtf8 } from './utf7';
import { wideWordsAsUtf8 } from './wide-words';

/**
 * Trace and authentication fields are structured: RFC 2047 §5 forbids encoded-words in them, and
 * decoding would alter the text evidence quotes and that other parsers read.
 */
const NO_DECODE = new Set([
  'received',
  'return-path',
  'message-id',
  'dkim-signature',
  'authentication-results',
  'arc-authentication-results',
  'arc-message-signature',
  'arc-seal',
  'received-spf',
]);

const ADDRESS_KEYS = new Set(['from', 'reply-to', 'to', 'cc']);

/** Decoding a value larger than this is not worth the time; it is kept as written. */
const MAX_DECODE = 256 * 1024;

export function parseMessage(raw: Uint8Array | string): ParsedMessage {
  const block = readHeaderBlock(raw);
  const problems = block.problems;
  const headers: HeaderField[] = block.fields.map((f, index) => {
    const key = f.name.toLowerCase();
    return {
      index,
      name: f.name,
      key,
      value: decodeValue(key, f.rawValue),
      rawValue: f.rawValue,
      line: `${f.name}: ${f.rawValue}`,
    };
  });

  const tooLong = headers.filter((h) => ADDRESS_KEYS.has(h.key) && h.rawValue.length > MAX_ADDRESS_FIELD);
  for (const h of tooLong.slice(0, 3)) {
    problems.push(
      `The ${h.name} header is ${h.rawValue.length} characters long; only the first ${MAX_ADDRESS_FIELD} were read.`,
    );
  }
  const first = (key: string): HeaderField | undefined => headers.find((h) => h.key === key);
  // Loops rather than filter and flatMap: this runs for every message, mostly over one field or none.
  const all = (key: string): Mailbox[] => {
    const out: Mailbox[] = [];
    for (const h of headers) if (h.key === key) for (const m of mailboxes(h)) out.push(m);
    return out;
  };

  let fromFields = 0;
  for (const h of headers) if (h.key === 'from') fromFields++;
  if (fromFields > 1) {
    problems.push(`The message has ${fromFields} From headers (RFC 5322 §3.6 allows one).`);
  }
  const fromAll = all('from');
  const returnPathHeader = first('return-path');
  const dateHeader = first('date');
  const date = dateHeader ? parseMailDate(dateHeader.value) : null;
  if (dateHeader && !date) problems.push('The Date header could not be read as a date.');

  return {
    headers,
    from: fromAll[0] ?? null,
    fromAll,
    replyTo: all('reply-to'),
    to: all('to'),
    cc: all('cc'),
    returnPath: returnPathHeader ? parseReturnPath(returnPathHeader.rawValue) : null,
    messageId: first('message-id')?.rawValue.trim() || null,
    subject: first('subject')?.value ?? null,
    date,
    headerBytes: block.headerBytes,
    size: block.size,
    problems,
  };
}

function decodeValue(key: string, rawValue: string): string {
  if (NO_DECODE.has(key) || !rawValue.includes('=?') || rawValue.length > MAX_DECODE) return rawValue;
  return decodeWords(wideWordsAsUtf8(utf7WordsAsUtf8(rawValue)));
}

function mailboxes(h: HeaderField): Mailbox[] {
  // The parser gets the raw value: it decodes encoded-words itself, and only where RFC 2047 §5
  // allows them (display names, comments), never inside the address.
  return parseMailboxes(h.rawValue).filter((m) => m.address || m.displayName);
}

export { domainOf };
