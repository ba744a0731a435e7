// Shared shapes for corpus makers: a message as its sender submits it, and the trace headers a
// receiver adds on top; the MIME of reports that carry a message (Gmail's, Thunderbird's and
// Exchange's forward as attachment, Request Tracker's notification). Documentation names and
// addresses (RFC 2606, RFC 5737) except where a case needs a real network (cloud ranges for hosted
// servers, Microsoft's or Google's ranges).
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

/** A report's text and the .eml it carries: what every client's forward-as-attachment is made of. */
export interface ForwardedEml {
  from: string;
  to: string;
  subject: string;
  date: string;
  text: string;
  original: string;
  filename: string;
}

/**
 * Gmail's "Forward as attachment": the mixed part around Gmail's alternative (text, html), the
 * original as `message/rfc822` named `filename`, with X-Attachment-Id and Content-ID. The boundaries
 * (`mixed`, `alt`), Message-ID and attachment id are each message's own.
 */
export function gmailForwardAsAttachment(
  o: ForwardedEml & { mixed: string; alt: string; messageId: string; attachmentId: string },
): string {
  const { mixed, alt } = o;
  return [
    'MIME-Version: 1.0',
    `From: ${o.from}`,
    `Date: ${o.date}`,
    `Message-ID: <${o.messageId}>`,
    `Subject: ${o.subject}`,
    `To: ${o.to}`,
    `Content-Type: multipart/mixed; boundary="${mixed}"`,
    '',
    `--${mixed}`,
    `Content-Type: multipart/alternative; boundary="${alt}"`,
    '',
    `--${alt}`,
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    o.text,
    '',
    `--${alt}`,
    'Content-Type: text/html; charset="UTF-8"',
    '',
    `<div dir="ltr">${o.text.replace(/\r\n/g, '<br>')}</div>`,
    '',
    `--${alt}--`,
    `--${mixed}`,
    `Content-Type: message/rfc822; name="${o.filename}"`,
    `Content-Disposition: attachment; filename="${o.filename}"`,
    `X-Attachment-Id: ${o.attachmentId}`,
    `Content-ID: <${o.attachmentId}>`,
    '',
    o.original,
    `--${mixed}--`,
    '',
  ].join('\r\n');
}

/**
 * Request Tracker 5's notification of CERT ticket `ticket` to `to` at `date`, from the queue's
 * address `queue` ("Jordan Mills via RT": RT's friendly From, the requestor's real name) with the
 * requestor's attachment (statement.eml) re-sent: RT's header set and MIME::Entity boundary (its
 * pid `pid`, its transaction `txn`) as in public RT notifications (rt.cpan.org copies).
 */
export function rtNotification(o: {
  ticket: number;
  pid: number;
  txn: number;
  queue: string;
  requestor: string;
  to: string;
  date: string;
  subject: string;
  text: string;
  attachment: string;
}): string {
  const b = `----------=_1795171312-${o.pid}-0`;
  const domain = o.queue.slice(o.queue.indexOf('@') + 1);
  return [
    `Subject: [CERT #${o.ticket}] Fwd: ${o.subject}`,
    `From: "Jordan Mills via RT" <${o.queue}>`,
    `Reply-To: ${o.queue}`,
    'RT-Attach-Message: yes',
    `Content-Type: multipart/mixed; boundary="${b}"`,
    `Message-ID: <rt-5.0.5-${o.pid}-1795171312-${o.txn}.${o.ticket}-3-0@${domain}>`,
    'X-RT-Loop-Prevention: CERT',
    `RT-Ticket: CERT #${o.ticket}`,
    'Managed-BY: RT 5.0.5 (http://www.bestpractical.com/rt/)',
    `RT-Originator: ${o.requestor}`,
    `To: ${o.to}`,
    `Date: ${o.date}`,
    'MIME-Version: 1.0',
    'X-RT-Original-Encoding: utf-8',
    'Precedence: bulk',
    '',
    'This is a multi-part message in MIME format...',
    '',
    `--${b}`,
    'Content-Type: text/plain; charset="utf-8"',
    'Content-Disposition: inline',
    'Content-Transfer-Encoding: 8bit',
    '',
    `New ticket CERT #${o.ticket} from ${o.requestor}:`,
    '',
    o.text,
    '',
    `--${b}`,
    'Content-Type: message/rfc822; name="statement.eml"',
    'Content-Disposition: attachment; filename="statement.eml"',
    'Content-Transfer-Encoding: 8bit',
    '',
    o.attachment,
    '',
    `--${b}--`,
    '',
  ].join('\r\n');
}

/**
 * Exchange's MIME for a message with one item attached (Outlook, OWA's "Forward as attachment", a
 * report add-in): Thread-Topic / Thread-Index, X-MS-Has-Attach, the `_002_` mixed part around the
 * message's own part (`first`, its lines) and the item as message/rfc822 (`disposition` written
 * after "Content-Disposition: ", with the item's dates).
 */
export function exchangeItemMessage(o: {
  from: string;
  to: string;
  subject: string;
  threadTopic: string;
  threadIndex: string;
  date: string;
  messageId: string;
  language: string;
  mixed: string;
  first: string[];
  disposition: string;
  item: string;
}): string {
  const { mixed } = o;
  return [
    `From: ${o.from}`,
    `To: ${o.to}`,
    `Subject: ${o.subject}`,
    `Thread-Topic: ${o.threadTopic}`,
    `Thread-Index: ${o.threadIndex}`,
    `Date: ${o.date}`,
    `Message-ID: <${o.messageId}>`,
    `Accept-Language: ${o.language}, en-US`,
    `Content-Language: ${o.language}`,
    'X-MS-Has-Attach: yes',
    'X-MS-TNEF-Correlator:',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed;\r\n\tboundary="${mixed}"`,
    '',
    `--${mixed}`,
    ...o.first,
    '',
    `--${mixed}`,
    'Content-Type: message/rfc822',
    `Content-Disposition: ${o.disposition}`,
    '',
    o.item,
    '',
    `--${mixed}--`,
    '',
  ].join('\r\n');
}

/** Exchange's `_000_` alternative part: the text and its HTML (`html`, already quoted-printable). */
export const exchangeAlternative = (alt: string, text: string, html: string) => [
  `Content-Type: multipart/alternative;\r\n\tboundary="${alt}"`,
  '',
  `--${alt}`,
  'Content-Type: text/plain; charset="us-ascii"',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  text,
  '',
  `--${alt}`,
  'Content-Type: text/html; charset="us-ascii"',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  html,
  '',
  `--${alt}--`,
];

/** Exchange's plain-text part (a report written in plain text). */
export const exchangePlainText = (text: string) => [
  'Content-Type: text/plain; charset="us-ascii"',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  text,
];

/**
 * Thunderbird's message with one .eml part (its header order and ------------ boundary; the part
 * marked 8bit when `eightBit`): a forward as attachment, or a post with a file attached.
 */
export function thunderbirdWithEml(
  o: ForwardedEml & { boundary: string; messageId: string; eightBit?: boolean },
): string {
  const b = o.boundary;
  return [
    `Content-Type: multipart/mixed; boundary="${b}"`,
    `Message-ID: <${o.messageId}>`,
    `Date: ${o.date}`,
    'MIME-Version: 1.0',
    'User-Agent: Mozilla Thunderbird',
    'Content-Language: en-GB',
    `To: ${o.to}`,
    `From: ${o.from}`,
    `Subject: ${o.subject}`,
    '',
    'This is a multi-part message in MIME format.',
    `--${b}`,
    'Content-Type: text/plain; charset=UTF-8; format=flowed',
    'Content-Transfer-Encoding: 7bit',
    '',
    o.text,
    '',
    `--${b}`,
    `Content-Type: message/rfc822; name="${o.filename}"`,
    `Content-Disposition: attachment; filename="${o.filename}"`,
    ...(o.eightBit ? ['Content-Transfer-Encoding: 8bit'] : []),
    '',
    o.original,
    '',
    `--${b}--`,
    '',
  ].join('\r\n');
}
