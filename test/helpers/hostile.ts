// Hostile message shapes of issue 18 §2, shared by the corpus maker, the e2e attack tests and the
// bench. Each is plain text the attacker fully controls; none needs a valid signature to hurt.

const CRLF = '\r\n';

/** The part every shape starts with: a From of a p=reject domain, a hop, a subject. */
export function hostileHead(
  opts: { from?: string; subject?: string; ip?: string; by?: string } = {},
): string {
  const by = opts.by ?? 'mx.reader.example';
  return [
    `Received: from mail.attacker.example (mail.attacker.example [${opts.ip ?? '198.51.100.66'}]) by ${by} with ESMTP id hl1; Tue, 01 Dec 2026 10:00:00 +0000`,
    `From: ${opts.from ?? 'Northbank <security@northbank.example>'}`,
    'To: victim@reader.example',
    `Subject: ${opts.subject ?? 'Verify your account now'}`,
    'Date: Tue, 01 Dec 2026 10:00:00 +0000',
    'Message-ID: <hostile@attacker.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
  ].join(CRLF);
}

/**
 * A tag-list field whose b= value is `bytes` of folding white space and then a letter: mailauth's
 * FWS_EDGES regex (/^[ \t\r\n]+|[ \t\r\n]+$/g in lib/parse-dkim-headers.js) retries its second
 * branch from every position of the run, so the time grows with the square of the run.
 */
export function foldedField(
  name: string,
  bytes: number,
  tags = 'v=1; a=rsa-sha256; d=northbank.example; s=s1; h=from; bh=AAAA',
): string {
  const folds = Math.max(1, Math.floor(bytes / 3));
  return `${name}: ${tags}; b=${`${CRLF} `.repeat(folds)}x`;
}

/** `count` DKIM-Signature fields, each with its own l= (so each asks for its own body hash). */
export function manySignatures(count: number, domain = 'northbank.example'): string[] {
  return Array.from(
    { length: count },
    (_, i) =>
      `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${domain}; s=s${i}; l=${1000 + i}; h=from:subject; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=AAAA${i}`,
  );
}

/** A message: the head, the extra fields on top, a blank line and the body. */
export function hostileMessage(fields: string[], body = 'Please verify.\r\n', head = hostileHead()): string {
  return [...fields, head].join(CRLF) + CRLF + CRLF + body;
}

/** A plain-text body of about `bytes` bytes, in 76-character lines. */
export function bigBody(bytes: number): string {
  const line = `${'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod te'.slice(0, 74)}${CRLF}`;
  return line.repeat(Math.ceil(bytes / line.length));
}

/** The shapes the issue measured, by name. */
export function hostileShapes(): Record<string, string> {
  return {
    'dkim-101k-folded': hostileMessage([foldedField('DKIM-Signature', 101 * 1024)]),
    'arc-seal-209k': hostileMessage([
      foldedField('ARC-Seal', 209 * 1024, 'i=1; a=rsa-sha256; cv=none; d=attacker.example; s=s1'),
    ]),
    'signatures-60': hostileMessage(manySignatures(60)),
    'body-18m-30sig': hostileMessage(manySignatures(30), bigBody(18 * 2 ** 20)),
  };
}
