// What a report says, independent of format: Markdown and text render this same list of sections.
// Cells are tagged `code` when they hold text copied from the message (hostile; shown verbatim)
// and `prose` when they are our words (which may still quote header text).
import { formatDuration } from '../findings/duration';
import type { Analysis, AuthWord, DnsLogEntry, Finding, Hop } from '../types';

export type Cell = { kind: 'code'; text: string } | { kind: 'prose'; text: string };
export type Section =
  | { kind: 'verdict'; verdict: string; summary: string }
  | { kind: 'findings'; title: string; findings: Finding[] }
  | { kind: 'table'; title: string; head: string[]; rows: Cell[][] }
  | { kind: 'facts'; title: string; rows: Array<[string, Cell]> }
  | { kind: 'note'; text: string };

const code = (text: string | number | null | undefined): Cell => ({
  kind: 'code',
  text: text === null || text === undefined ? '' : String(text),
});
const prose = (text: string): Cell => ({ kind: 'prose', text });
const word = (w: AuthWord | string | null | undefined): Cell => prose(w ?? '—');

function dnsAnswer(e: DnsLogEntry): string {
  if (e.error) return e.error;
  if (!e.answer) return '';
  return (e.answer as unknown[])
    .map((r) =>
      Array.isArray(r)
        ? r.join('')
        : typeof r === 'object' && r
          ? `${(r as { priority: number }).priority} ${(r as { exchange: string }).exchange}`
          : String(r),
    )
    .join(' | ');
}

function hopFrom(h: Hop): string {
  const parts = [h.helo, h.rdns && h.rdns !== h.helo ? `(${h.rdns})` : null, h.ip ? `[${h.ip}]` : null];
  return parts.filter(Boolean).join(' ');
}

function authRows(a: Analysis): Cell[][] {
  const p = a.provider;
  const rows: Cell[][] = [];
  const spf = a.spf;
  rows.push([
    prose('SPF'),
    word(p?.spf),
    word(a.mode === 'offline' ? null : spf.result),
    code(
      [spf.domain && `domain ${spf.domain}`, spf.aligned ? 'aligned' : 'not aligned', spf.mechanism, spf.ip]
        .filter(Boolean)
        .join('; '),
    ),
  ]);
  const provDkim = p?.dkim ?? [];
  for (const d of a.dkim) {
    const pd = provDkim.find((x) => x.domain?.toLowerCase() === d.domain.toLowerCase());
    const bits = d.keyBits ? `${d.keyBits} bits` : null;
    rows.push([
      prose('DKIM'),
      word(pd?.result),
      word(a.mode === 'offline' ? null : d.result),
      code(
        [
          `d=${d.domain}`,
          `s=${d.selector}`,
          d.algorithm,
          bits,
          d.aligned ? 'aligned' : 'not aligned',
          d.cause,
        ]
          .filter(Boolean)
          .join('; '),
      ),
    ]);
  }
  for (const pd of provDkim.filter(
    (x) => !a.dkim.some((d) => d.domain.toLowerCase() === x.domain?.toLowerCase()),
  )) {
    rows.push([
      prose('DKIM'),
      word(pd.result),
      word(null),
      code(`d=${pd.domain ?? '?'}; s=${pd.selector ?? '?'}`),
    ]);
  }
  // Always a DKIM row, as in the popup: "no signature" is a result a reader must see.
  if (!rows.some((r) => r[0]?.text === 'DKIM')) {
    rows.push([
      prose('DKIM'),
      word(null),
      word(a.mode === 'offline' ? null : 'none'),
      code('no DKIM-Signature in the message'),
    ]);
  }
  const dm = a.dmarc;
  rows.push([
    prose('DMARC'),
    word(p?.dmarc?.result),
    word(a.mode === 'offline' ? null : dm.result),
    code(
      [
        dm.domain && `domain ${dm.domain}`,
        dm.policy && `p=${dm.policy}`,
        dm.pct !== null && dm.pct !== 100 ? `pct=${dm.pct}` : null,
        dm.passedBy.length ? `passed by ${dm.passedBy.join('+')}` : null,
      ]
        .filter(Boolean)
        .join('; '),
    ),
  ]);
  rows.push([
    prose('ARC'),
    word(p?.arc),
    word(a.mode === 'offline' ? null : a.arc.result),
    code(a.arc.sealers.length ? `sealed by ${a.arc.sealers.join(', ')}` : ''),
  ]);
  return rows;
}

export function buildReport(a: Analysis, redacted: boolean): Section[] {
  const o = a.origin;
  const yes = (b: boolean) => prose(b ? 'yes' : 'no');
  const sections: Section[] = [
    { kind: 'verdict', verdict: a.verdict, summary: a.summary },
    { kind: 'findings', title: 'Reasons', findings: a.findings },
    {
      kind: 'table',
      title: 'Authentication',
      head: [
        'Check',
        a.provider ? `Your provider (${a.provider.authservId})` : 'Your provider',
        'HeaderLens re-check',
        'Details',
      ],
      rows: authRows(a),
    },
    {
      kind: 'facts',
      title: 'Message',
      rows: [
        [
          'From',
          code(a.from ? `${a.from.displayName ? `${a.from.displayName} ` : ''}<${a.from.address}>` : ''),
        ],
        ['Reply-To', code(a.replyTo.map((r) => r.address).join(', '))],
        ['Return-Path', code(a.returnPath === null ? '' : `<${a.returnPath}>`)],
        ['To', code(a.to.map((r) => r.address).join(', '))],
        ['Subject', code(a.subject)],
        ['Message-ID', code(a.messageId)],
        ['Date', prose(utc(a.date))],
      ],
    },
    {
      kind: 'facts',
      title: 'Origin',
      rows: [
        ['IP', code(o.ip)],
        ['HELO', code(o.helo)],
        ['Reverse DNS', code(o.rdns)],
        ['ASN', code(o.asn === null ? '' : `AS${o.asn}`)],
        ['Organisation', code(o.org)],
        ['Hosting provider', code(o.hosting?.provider)],
        ['Email service (ESP)', code(o.esp)],
        ['Hosted server', yes(o.hostedServer)],
        ['Approved by you', yes(o.approved)],
      ],
    },
    {
      // Oldest first, the order the message travelled: the popup's and inspector's order.
      kind: 'table',
      title: 'Hops (oldest first, dates in UTC)',
      head: ['#', 'From', 'By', 'Date', 'Delay'],
      rows: [...a.hops]
        .reverse()
        .map((h) => [
          prose(String(h.index)),
          code(hopFrom(h)),
          code(h.by),
          prose(utc(h.date)),
          prose(
            h.delaySeconds === null
              ? ''
              : `${h.delaySeconds < 0 ? '-' : ''}${formatDuration(h.delaySeconds)}`,
          ),
        ]),
    },
    {
      kind: 'table',
      title: 'DNS answers used',
      head: ['Name', 'Type', 'Answer'],
      rows: a.dns.map((e) => [code(e.name), prose(e.type), code(dnsAnswer(e))]),
    },
    {
      kind: 'facts',
      title: 'Versions',
      rows: [
        ['HeaderLens', code(a.meta.version)],
        ['IP data', code(a.meta.ipData ?? 'none')],
        ['Analysed at', prose(utc(a.meta.analysedAt))],
        ['Mode', prose(a.mode)],
        ['Byte-exact source', yes(!a.meta.notByteExact)],
        ['Webmail profile', prose(profileText(a.meta.profile ?? null))],
      ],
    },
  ];
  if (redacted)
    sections.push({
      kind: 'note',
      text: 'Redacted: recipient addresses, Subject and Message-ID are masked.',
    });
  return sections;
}

/**
 * "2026-03-03 10:00:05 UTC": reports are read by others, in other time zones, and compared line by
 * line, so they give UTC (the popup shows the reader's own time). Unparseable text stays as it is.
 */
export function utc(iso: string | null | undefined): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return `${new Date(t).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** "Outlook (detected)", "Gmail (chosen)", or "none". */
export function profileText(p: Analysis['meta']['profile']): string {
  if (!p) return 'none';
  const names = { gmail: 'Gmail', outlook: 'Outlook', yahoo: 'Yahoo Mail' } as const;
  return `${names[p.name] ?? p.name} (${p.how})`;
}
