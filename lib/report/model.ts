// What a report says, independent of format: Markdown and text render this same list of sections.
// Cells are tagged `code` when they hold text copied from the message (hostile; shown verbatim)
// and `prose` when they are our words (which may still quote header text).
// Our words come from t() in the reader's language: the extension's (browser.i18n), the CLI's
// English unless `--lang`. Protocol names, header names and result words (pass, fail) stay as the
// RFCs spell them, and dates stay UTC in every language (see utc()).
import { durationMessage } from '../findings/duration';
import { type MessageKey, t } from '../i18n';
import { findingDetail, findingTitle, renderMessage, summaryText } from '../i18n/findings';
import { embeddedLabel } from '../relay/embedded-v4';
import type { Analysis, AuthWord, DnsLogEntry, Finding, Hop, Verdict } from '../types';

export type Cell = { kind: 'code'; text: string } | { kind: 'prose'; text: string };
export type Section =
  /** `verdict` is the verdict word in the report's language ("spoofed", "gefälscht"). */
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
/** The re-check column: offline mode ran no check, which the popup calls "not checked" too. */
const recheck = (a: Analysis, w: AuthWord | string | null | undefined): Cell =>
  a.mode === 'offline' ? prose(t('auth_not_checked')) : word(w);
const aligned = (b: boolean): string => t(b ? 'auth_aligned' : 'auth_not_aligned');

/** The verdict as a word of the reader's language (`report_verdict_*`). */
export const VERDICT_WORD: Record<Verdict, MessageKey> = {
  authenticated: 'report_verdict_authenticated',
  spoofed: 'report_verdict_spoofed',
  suspicious: 'report_verdict_suspicious',
  unverified: 'report_verdict_unverified',
};
const SEVERITY_WORD: Record<Finding['severity'], MessageKey> = {
  high: 'report_severity_high',
  medium: 'report_severity_medium',
  low: 'report_severity_low',
  info: 'report_severity_info',
};
/** "high", "hoch": a finding's severity in the report's language (Markdown shows it upper-case). */
export const severityWord = (s: Finding['severity']): string => t(SEVERITY_WORD[s]);

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

/** "helo (rdns) [ip]": the sending side of a hop as its Received line gives it. */
export function hopFrom(h: Hop): string {
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
    recheck(a, spf.result),
    code(
      [
        spf.domain && t('report_detail_domain', { domain: spf.domain }),
        aligned(spf.aligned),
        spf.mechanism,
        spf.ip,
      ]
        .filter(Boolean)
        .join('; '),
    ),
  ]);
  const provDkim = p?.dkim ?? [];
  for (const d of a.dkim) {
    const pd = provDkim.find((x) => x.domain?.toLowerCase() === d.domain.toLowerCase());
    const bits = d.keyBits ? t('report_detail_bits', { bits: d.keyBits }) : null;
    rows.push([
      prose('DKIM'),
      word(pd?.result),
      recheck(a, d.result),
      code(
        [`d=${d.domain}`, `s=${d.selector}`, d.algorithm, bits, aligned(d.aligned), d.cause]
          .filter(Boolean)
          .join('; '),
      ),
    ]);
  }
  // A provider's `dkim=none` names no signature: it is the "no signature" row below, not a row of
  // its own with an empty d= (which read as a signature HeaderLens had skipped).
  const unsigned = provDkim.find((x) => !x.domain);
  for (const pd of provDkim.filter(
    (x) => x.domain && !a.dkim.some((d) => d.domain.toLowerCase() === x.domain?.toLowerCase()),
  )) {
    rows.push([
      prose('DKIM'),
      word(pd.result),
      recheck(a, null),
      code(`d=${pd.domain}; s=${pd.selector ?? '?'}`),
    ]);
  }
  // Always a DKIM row, as in the popup: "no signature" is a result a reader must see.
  if (!rows.some((r) => r[0]?.text === 'DKIM')) {
    rows.push([prose('DKIM'), word(unsigned?.result), recheck(a, 'none'), code(t('report_detail_no_dkim'))]);
  }
  const dm = a.dmarc;
  rows.push([
    prose('DMARC'),
    word(p?.dmarc?.result),
    recheck(a, dm.result),
    code(
      [
        dm.domain && t('report_detail_domain', { domain: dm.domain }),
        dm.policy && `p=${dm.policy}`,
        dm.pct !== null && dm.pct !== 100 ? `pct=${dm.pct}` : null,
        dm.passedBy.length ? t('report_detail_passed_by', { methods: dm.passedBy.join('+') }) : null,
      ]
        .filter(Boolean)
        .join('; '),
    ),
  ]);
  rows.push([
    prose('ARC'),
    word(p?.arc),
    recheck(a, a.arc.result),
    code(a.arc.sealers.length ? t('report_detail_sealed_by', { sealers: a.arc.sealers.join(', ') }) : ''),
  ]);
  return rows;
}

export function buildReport(a: Analysis, redacted: boolean): Section[] {
  const o = a.origin;
  const yes = (b: boolean) => prose(t(b ? 'report_yes' : 'report_no'));
  const sections: Section[] = [
    { kind: 'verdict', verdict: t(VERDICT_WORD[a.verdict]), summary: a.summary },
    { kind: 'findings', title: t('report_reasons'), findings: a.findings },
    {
      kind: 'table',
      title: t('report_authentication'),
      head: [
        t('report_col_check'),
        a.provider ? t('report_col_provider_id', { id: a.provider.authservId }) : t('report_col_provider'),
        t('report_col_recheck'),
        t('report_col_details'),
      ],
      rows: authRows(a),
    },
    {
      kind: 'facts',
      title: t('report_message'),
      rows: [
        [
          t('report_from'),
          code(a.from ? `${a.from.displayName ? `${a.from.displayName} ` : ''}<${a.from.address}>` : ''),
        ],
        // Header names a reader finds in the message source as they are.
        ['Reply-To', code(a.replyTo.map((r) => r.address).join(', '))],
        ['Return-Path', code(a.returnPath === null ? '' : `<${a.returnPath}>`)],
        [t('report_to'), code(a.to.map((r) => r.address).join(', '))],
        [t('report_subject'), code(a.subject)],
        ['Message-ID', code(a.messageId)],
        [t('report_date'), prose(utc(a.date))],
      ],
    },
    {
      kind: 'facts',
      title: t('report_origin'),
      rows: [
        ['IP', code(o.ip)],
        ...(o.embeddedIpv4
          ? [[t('origin_embedded_ipv4'), code(embeddedLabel(o))] satisfies [string, Cell]]
          : []),
        ['HELO', code(o.helo)],
        [t('report_reverse_dns'), code(o.rdns)],
        ['ASN', code(o.asn === null ? '' : `AS${o.asn}`)],
        [t('report_organisation'), code(o.org)],
        [t('report_hosting_provider'), code(o.hosting?.provider)],
        [t('report_esp'), code(o.esp)],
        [t('report_hosted_server'), yes(o.hostedServer)],
        [t('report_approved'), yes(o.approved)],
      ],
    },
    {
      // Oldest first, the order the message travelled, numbered as the inspector's route timeline
      // numbers its steps (1 = the first server), so a report and a screen can be read side by side.
      kind: 'table',
      title: t('report_hops'),
      head: ['#', t('report_hop_from'), t('report_hop_by'), t('report_date'), t('report_delay')],
      rows: [...a.hops]
        .sort((x, y) => y.index - x.index)
        .map((h, i) => [
          prose(String(i + 1)),
          code(hopFrom(h)),
          code(h.by),
          prose(utc(h.date)),
          prose(
            h.delaySeconds === null
              ? ''
              : `${h.delaySeconds < 0 ? '-' : ''}${renderMessage(durationMessage(h.delaySeconds))}`,
          ),
        ]),
    },
    {
      kind: 'table',
      title: t('report_dns'),
      head: [t('report_col_name'), t('report_col_type'), t('report_col_answer')],
      rows: a.dns.map((e) => [code(e.name), prose(e.type), code(dnsAnswer(e))]),
    },
    {
      // The one place the report names the version (issue 20.4: one version line).
      kind: 'facts',
      title: t('report_versions'),
      rows: [
        ['HeaderLens', code(a.meta.version)],
        [t('report_ip_data'), code(a.meta.ipData ?? t('report_none_value'))],
        [t('report_analysed_at'), prose(utc(a.meta.analysedAt))],
        [t('report_mode'), prose(t(a.mode === 'offline' ? 'report_mode_offline' : 'report_mode_online'))],
        [t('report_byte_exact'), yes(!a.meta.notByteExact)],
        [t('report_webmail_profile'), prose(profileText(a.meta.profile ?? null))],
      ],
    },
  ];
  if (redacted) sections.push({ kind: 'note', text: t('report_redacted_note') });
  return sections;
}

/**
 * The analysis with its sentences (summary, each finding's title and detail) in the report's
 * language, rendered from the keys the engine stored beside its English text. Done before
 * redaction, so the masking sees each sentence whole, as it does in English.
 */
export function inReportLanguage(a: Analysis): Analysis {
  return {
    ...a,
    summary: summaryText(a),
    findings: a.findings.map((f) => ({ ...f, title: findingTitle(f), detail: findingDetail(f) })),
  };
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

/** "Outlook (detected)", "Gmail (chosen)", or "none" (in the report's language). */
export function profileText(p: Analysis['meta']['profile']): string {
  if (!p) return t('report_none_value');
  const names = { gmail: 'Gmail', outlook: 'Outlook', yahoo: 'Yahoo Mail' } as const;
  const how = t(p.how === 'chosen' ? 'report_profile_chosen' : 'report_profile_detected');
  return `${names[p.name] ?? p.name} (${how})`;
}
