// What a hop changes in a message it passes on, for the probe and real-world makers: header fields
// appended at the bottom of the header block (Exchange Online and list servers append theirs there),
// text put before or after the body (an external-sender banner, a disclaimer), a mail-flow rule's
// subject tag. Each edit works on the raw message as written (CRLF, one blank line before the body).
// A rewritten link in the body is gateway-layouts.ts's rewriteBody.

/** Adds header fields at the end of the header block (where Exchange and list servers append theirs). */
export function appendHeaders(raw: string, ...headers: string[]): string {
  const at = raw.indexOf('\r\n\r\n');
  return `${raw.slice(0, at)}\r\n${headers.join('\r\n')}${raw.slice(at)}`;
}

/** Return-Path where Exchange Online writes it: at the bottom of the header block. */
export function withReturnPath(raw: string, envelope = 'bounce@attacker.example'): string {
  return appendHeaders(raw, `Return-Path: <${envelope}>`);
}

/** Prepends text to a single-part body (an external-sender banner, a stationery header). */
export function prependBody(raw: string, text: string): string {
  const at = raw.indexOf('\r\n\r\n') + 4;
  return raw.slice(0, at) + text + raw.slice(at);
}

/** Appends text to the body (a disclaimer). */
export const appendBody = (raw: string, text: string) => raw + text;

/** A mail-flow rule's subject prefix ("Prepend the subject of the message with"). */
export function tagSubject(raw: string, tag: string): string {
  if (!/^Subject: /m.test(raw)) throw new Error('no Subject');
  return raw.replace(/^Subject: /m, `Subject: ${tag}`);
}

/** Microsoft 365's external-sender banner as a tenant's mail-flow rule prepends it to the body. */
export const EXTERNAL_BANNER =
  'CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.\r\n\r\n';
