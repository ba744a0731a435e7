// Shared shapes for corpus makers: a message as its sender submits it, and the trace headers a
// receiver adds on top. Documentation names and addresses (RFC 2606, RFC 5737) except where a
// case needs a real network (cloud ranges for hosted servers, Microsoft's or Google's ranges).
export interface Submitted {
  from: string;
  to?: string;
  subject: string;
  date?: string;
  messageId?: string;
  extraHeaders?: string[];
  body?: string;
}

/** RFC 5322 message, CRLF line ends, as the sender's software writes it. */
export function submitted(m: Submitted): string {
  return [
    `From: ${m.from}`,
    `To: ${m.to ?? 'Robin Reader <robin@reader.example>'}`,
    `Subject: ${m.subject}`,
    `Date: ${m.date ?? 'Fri, 20 Nov 2026 10:00:00 +0000'}`,
    `Message-ID: ${m.messageId ?? `<${m.subject.length}.${Buffer.from(m.subject).toString('hex').slice(0, 12)}@corpus.example>`}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    ...(m.extraHeaders ?? []),
    '',
    m.body ?? 'Hello,\r\n\r\nPlease see the attached statement.\r\n',
  ].join('\r\n');
}

/** Puts header lines on top of a message (what each receiving hop does). */
export function onTop(raw: string, ...headers: string[]): string {
  return `${headers.join('\r\n')}\r\n${raw}`;
}

/** A Received line as Postfix writes it for a client it accepted over SMTP. */
export function received(spec: {
  helo: string;
  rdns?: string;
  ip: string;
  by: string;
  id?: string;
  for?: string;
  date?: string;
}): string {
  const client = spec.ip.includes(':') ? `IPv6:${spec.ip}` : spec.ip;
  return `Received: from ${spec.helo} (${spec.rdns ?? 'unknown'} [${client}])\r\n\tby ${spec.by} (Postfix) with ESMTPS id ${spec.id ?? '4Qx1Yz0abc'}${spec.for ? `\r\n\tfor <${spec.for}>` : ''}; ${spec.date ?? 'Fri, 20 Nov 2026 10:00:05 +0000'}`;
}
