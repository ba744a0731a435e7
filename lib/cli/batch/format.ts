// One message's result in the batch's output format: a line, a JSON Lines record, a CSV row or a
// Markdown table row. Rendered where the message was analysed (a worker thread), so the main
// thread only writes strings and adds the small Digest to the summary. Every piece of header
// text passes through lib/report/sanitize.ts: control characters and bidi overrides are shown,
// never obeyed, in a terminal, a spreadsheet or a pasted report.
import { redactAnalysis } from '../../report';
import { cleanText, escapeJsonInvisibles, mdCell, mdText } from '../../report/sanitize';
import type { Analysis, Verdict } from '../../types';
import type { BatchSettings } from './settings';
import type { SourceRef } from './sources';
import { type Words, wordsIn } from './words';

/** What a message's output depends on besides the message. */
export type OutputSettings = Pick<BatchSettings, 'format' | 'redact' | 'lang'>;

/** What the summary needs of one analysis (a few strings, not the Analysis). */
export interface Digest {
  verdict: Verdict;
  from: string | null;
  fromDomain: string | null;
  ip: string | null;
  /** "AS14618 Amazon.com", null when the address is unknown or unclassified. */
  network: string | null;
  hosting: string | null;
  hostedServer: boolean;
  esp: string | null;
  reason: string | null;
}

export type Outcome = SourceRef & { out: string } & (
    | { ok: true; digest: Digest }
    | { ok: false; problem: string }
  );

/** The place of a message, without what else a job carries. */
function refOf(from: SourceRef): SourceRef {
  return from.part === undefined
    ? { file: from.file, index: from.index }
    : { file: from.file, index: from.index, part: from.part };
}

export function label(ref: SourceRef): string {
  const place = `${ref.file === '-' ? 'stdin' : ref.file}${ref.index === null ? '' : `#${ref.index}`}`;
  return ref.part === undefined ? place : `${place} [${ref.part}]`;
}

/** `words`: the first reason in the language of `--lang` (English by default). */
export function digestOf(a: Analysis, words: Words = wordsIn(null)): Digest {
  const o = a.origin;
  const network = o.asn !== null ? `AS${o.asn}${o.org ? ` ${o.org}` : ''}` : o.org;
  return {
    verdict: a.verdict,
    from: a.from?.address ?? null,
    fromDomain: a.from?.domain || null,
    ip: o.ip,
    network: network ?? null,
    hosting: o.hosting?.provider ?? null,
    hostedServer: o.hostedServer,
    esp: o.esp,
    reason: a.findings[0] ? words.title(a.findings[0]) : null,
  };
}

function originText(d: Digest, words: Words): string {
  if (!d.ip) return words.say('batch_no_origin_ip');
  const facts = originFacts(d, words);
  return facts ? `${d.ip} (${facts})` : d.ip;
}

// Cells a spreadsheet would read as a formula (OWASP "CSV injection"): = + - @, and tab or CR
// before them. A quote mark in front makes the cell text.
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(v: string | number | boolean | null | undefined): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]|^'|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  'source',
  'index',
  'verdict',
  'from',
  'from_domain',
  'origin_ip',
  'network',
  'hosting',
  'hosted_server',
  'email_service',
  'spf',
  'dkim',
  'dmarc',
  'first_reason',
  'subject',
  'error',
  // `--attached`: which of a report's attached messages (empty when it holds one).
  'attached_part',
] as const;

function csvRow(cells: Array<string | number | boolean | null>): string {
  return `${cells.map((c) => csvCell(typeof c === 'string' ? cleanText(c) : c)).join(',')}\r\n`;
}

/** The output of one analysed message. `seq` is its 1-based place in the batch. */
export function renderAnalysis(
  from: SourceRef,
  seq: number,
  analysis: Analysis,
  out: OutputSettings,
): Outcome {
  const ref = refOf(from);
  const a = out.redact ? redactAnalysis(analysis) : analysis;
  const { format } = out;
  // CSV and JSON Lines are for programs: English, whatever --lang says.
  const words = wordsIn(format === 'line' || format === 'md' ? out.lang : null);
  const d = digestOf(a, words);
  const base = { ...ref, ok: true as const, digest: d };
  switch (format) {
    case 'json':
      return { ...base, out: `${escapeJsonInvisibles(JSON.stringify({ source: ref, ...a }))}\n` };
    case 'csv':
      return {
        ...base,
        out: csvRow([
          ref.file,
          ref.index,
          d.verdict,
          d.from,
          d.fromDomain,
          d.ip,
          d.network,
          d.hosting,
          d.hostedServer,
          d.esp,
          a.spf.result,
          a.dkim.map((k) => `${k.domain}:${k.result}`).join(' ') || 'none',
          a.dmarc.result,
          d.reason,
          a.subject,
          null,
          ref.part ?? null,
        ]),
      };
    case 'md':
      return {
        ...base,
        out: `| ${seq} | ${mdCell(label(ref))} | **${words.verdict(d.verdict)}** | ${mdCell(d.from ?? '')} | ${mdCell(d.ip ?? '')} | ${mdText(originFacts(d, words))} | ${mdText(d.reason ?? '')} |\n`,
      };
    case 'line':
      return {
        ...base,
        out:
          `${cleanText(label(ref))}  ${words.verdict(d.verdict).padEnd(words.verdictWidth)}  ${cleanText(d.from ?? words.say('batch_no_from'))}  ${cleanText(originText(d, words))}  ${cleanText(d.reason ?? '')}`.trimEnd() +
          '\n',
      };
  }
}

function originFacts(d: Digest, words: Words): string {
  return [
    d.network,
    d.hostedServer
      ? words.say('batch_hosted_server', { provider: d.hosting ?? '' })
      : d.esp
        ? words.say('batch_email_service', { esp: d.esp })
        : null,
  ]
    .filter(Boolean)
    .join('; ');
}

/** The output of a message that could not be analysed: its line says why, the batch goes on. */
export function renderProblem(
  from: SourceRef,
  seq: number,
  problem: string,
  out: Pick<OutputSettings, 'format' | 'lang'>,
): Outcome {
  const ref = refOf(from);
  const base = { ...ref, ok: false as const, problem };
  const { format } = out;
  switch (format) {
    case 'json':
      return { ...base, out: `${escapeJsonInvisibles(JSON.stringify({ source: ref, error: problem }))}\n` };
    case 'csv': {
      const cells: Array<string | number | null> = CSV_COLUMNS.map(() => null);
      cells[0] = ref.file;
      cells[1] = ref.index;
      cells[2] = 'error';
      cells[CSV_COLUMNS.length - 2] = problem;
      cells[CSV_COLUMNS.length - 1] = ref.part ?? null;
      return { ...base, out: csvRow(cells) };
    }
    case 'md':
      return {
        ...base,
        out: `| ${seq} | ${mdCell(label(ref))} | ${wordsIn(out.lang).say('batch_not_analysed')} | | | | ${mdText(problem)} |\n`,
      };
    case 'line':
      return {
        ...base,
        out: `${cleanText(label(ref))}  ${'error'.padEnd(wordsIn(out.lang).verdictWidth)}  ${cleanText(problem)}\n`,
      };
  }
}
