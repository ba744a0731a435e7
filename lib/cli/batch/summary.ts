// The batch's tallies: counts per verdict, hosted servers and networks seen, the domains spoofed
// most. Kept as counts by key (a few strings per distinct server or domain), never as analyses.
import type { Language } from '../../i18n';
import { cleanText, mdCell } from '../../report/sanitize';
import type { Verdict } from '../../types';
import type { Outcome } from './format';
import { type Words, wordsIn } from './words';

const VERDICTS: Verdict[] = ['spoofed', 'suspicious', 'unverified', 'authenticated'];
const TOP = 10;

function bump(m: Map<string, number>, key: string): void {
  m.set(key, (m.get(key) ?? 0) + 1);
}

function top(m: Map<string, number>): Array<[string, number]> {
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP);
}

export class BatchSummary {
  total = 0;
  failed = 0;
  readonly verdicts: Record<Verdict, number> = { spoofed: 0, suspicious: 0, unverified: 0, authenticated: 0 };
  readonly hosted = new Map<string, number>();
  readonly networks = new Map<string, number>();
  readonly spoofed = new Map<string, number>();
  readonly #words: Words;

  /** `lang`: the summary's words in the language of `--lang` (null: English). */
  constructor(lang: Language | null = null) {
    this.#words = wordsIn(lang);
  }

  add(o: Outcome): void {
    this.total++;
    if (!o.ok) {
      this.failed++;
      return;
    }
    const d = o.digest;
    this.verdicts[d.verdict]++;
    if (d.hostedServer && d.ip)
      bump(this.hosted, `${d.ip} (${[d.hosting, d.network].filter(Boolean).join(', ')})`);
    if (d.network) bump(this.networks, d.network);
    if (d.verdict === 'spoofed' && d.fromDomain) bump(this.spoofed, d.fromDomain.toLowerCase());
  }

  /** "12 messages: 3 spoofed, …" */
  countsLine(): string {
    const { say, verdict } = this.#words;
    const parts = VERDICTS.filter((v) => this.verdicts[v] > 0).map((v) =>
      say('batch_verdict_count', { count: this.verdicts[v], verdict: verdict(v) }),
    );
    if (this.failed) parts.push(say('batch_not_analysed_count', { count: this.failed }));
    const messages = say('batch_messages', { count: this.total });
    return parts.length ? say('batch_counts', { messages, parts: parts.join(', ') }) : messages;
  }

  text(): string {
    const { say } = this.#words;
    const list = (m: Map<string, number>) =>
      top(m)
        .map(([k, n]) => `${cleanText(k)} ×${n}`)
        .join(', ') || say('batch_none');
    return [
      '',
      say('batch_summary_line', { counts: this.countsLine() }),
      say('batch_hosted_seen', { list: list(this.hosted) }),
      say('batch_networks_seen', { list: list(this.networks) }),
      say('batch_spoofed_most', { list: list(this.spoofed) }),
      '',
    ].join('\n');
  }

  markdown(): string {
    const { say, verdict } = this.#words;
    const messages = say('batch_md_col_messages');
    const table = (title: string, head: string, m: Map<string, number>) => {
      const rows = top(m);
      return [
        `## ${title}`,
        '',
        ...(rows.length === 0
          ? [say('batch_md_none')]
          : [
              `| ${head} | ${messages} |`,
              '| --- | --- |',
              ...rows.map(([k, n]) => `| ${mdCell(k)} | ${n} |`),
            ]),
        '',
      ];
    };
    return [
      `## ${say('batch_md_verdicts')}`,
      '',
      `| ${say('batch_md_col_verdict')} | ${messages} |`,
      '| --- | --- |',
      ...VERDICTS.map((v) => `| ${verdict(v)} | ${this.verdicts[v]} |`),
      `| ${say('batch_not_analysed')} | ${this.failed} |`,
      `| **${say('batch_md_total')}** | **${this.total}** |`,
      '',
      ...table(say('batch_md_spoofed_most'), say('batch_md_col_from_domain'), this.spoofed),
      ...table(say('batch_md_hosted'), say('batch_md_col_server'), this.hosted),
      ...table(say('batch_md_networks'), say('batch_md_col_network'), this.networks),
    ].join('\n');
  }

  /** The triage report's opening and its table's head (the rows follow). */
  reportHead(analysedAt: Date): string {
    const { say } = this.#words;
    // The catalogs' own words: written as they are (header text goes through mdCell).
    const col = (key: Parameters<Words['say']>[0]) => say(key);
    return [
      `# ${say('batch_md_title')}`,
      '',
      say('batch_md_analysed', {
        counts: this.countsLine(),
        date: analysedAt.toISOString().slice(0, 16).replace('T', ' '),
      }),
      '',
      this.markdown(),
      `## ${col('batch_md_messages')}`,
      '',
      `| # | ${col('batch_md_col_source')} | ${col('batch_md_col_verdict')} | ${col('report_from')} | ${col('batch_md_col_origin_ip')} | ${col('batch_md_col_network')} | ${col('batch_md_col_first_reason')} |`,
      '| --- | --- | --- | --- | --- | --- | --- |',
      '',
    ].join('\n');
  }
}
