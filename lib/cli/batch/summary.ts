// The batch's tallies: counts per verdict, hosted servers and networks seen, the domains spoofed
// most. Kept as counts by key (a few strings per distinct server or domain), never as analyses.
import { cleanText, mdCell } from '../../report/sanitize';
import type { Verdict } from '../../types';
import type { Outcome } from './format';

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
    const parts = VERDICTS.filter((v) => this.verdicts[v] > 0).map((v) => `${this.verdicts[v]} ${v}`);
    if (this.failed) parts.push(`${this.failed} not analysed`);
    return `${this.total} message${this.total === 1 ? '' : 's'}${parts.length ? `: ${parts.join(', ')}` : ''}`;
  }

  text(): string {
    const list = (m: Map<string, number>) =>
      top(m)
        .map(([k, n]) => `${cleanText(k)} ×${n}`)
        .join(', ') || 'none';
    return [
      '',
      `Summary: ${this.countsLine()}`,
      `Hosted servers seen: ${list(this.hosted)}`,
      `Networks seen: ${list(this.networks)}`,
      `Domains spoofed most: ${list(this.spoofed)}`,
      '',
    ].join('\n');
  }

  markdown(): string {
    const table = (title: string, head: string, m: Map<string, number>) => {
      const rows = top(m);
      return [
        `## ${title}`,
        '',
        ...(rows.length === 0
          ? ['None.']
          : [`| ${head} | messages |`, '| --- | --- |', ...rows.map(([k, n]) => `| ${mdCell(k)} | ${n} |`)]),
        '',
      ];
    };
    return [
      '## Verdicts',
      '',
      '| verdict | messages |',
      '| --- | --- |',
      ...VERDICTS.map((v) => `| ${v} | ${this.verdicts[v]} |`),
      `| not analysed | ${this.failed} |`,
      `| **total** | **${this.total}** |`,
      '',
      ...table('Domains spoofed most', 'From domain', this.spoofed),
      ...table('Hosted servers seen', 'server', this.hosted),
      ...table('Networks seen', 'network', this.networks),
    ].join('\n');
  }
}
