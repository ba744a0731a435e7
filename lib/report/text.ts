// Plain-text report (terminal, clipboard): every value passes through cleanText, so control
// characters and bidi overrides are shown escaped and cannot rewrite the screen or reorder a line.
import { t } from '../i18n';
import { type Cell, type Section, severityWord } from './model';
import { cleanText } from './sanitize';

const c = (x: Cell): string => cleanText(x.text);

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function section(s: Section): string[] {
  switch (s.kind) {
    case 'verdict':
      return [cleanText(t('report_text_verdict_line', { verdict: s.verdict })), cleanText(s.summary), ''];
    case 'findings': {
      const out = [`${s.title}:`];
      if (s.findings.length === 0) out.push(`  ${t('report_none_text')}`);
      for (const f of s.findings) {
        out.push(
          `  [${severityWord(f.severity)}] ${cleanText(f.title)} (${cleanText(f.id)})`,
          `      ${cleanText(f.detail)}`,
        );
        for (const e of f.evidence) out.push(`      > ${cleanText(e)}`);
      }
      return [...out, ''];
    }
    case 'table': {
      const out = [`${s.title}:`];
      if (s.rows.length === 0) return [...out, `  ${t('report_none_text')}`, ''];
      const rows = [s.head.map(cleanText), ...s.rows.map((r) => r.map(c))];
      const widths = s.head.map((_, i) => Math.min(48, Math.max(...rows.map((r) => (r[i] ?? '').length))));
      for (const r of rows)
        out.push(
          `  ${r
            .map((v, i) => pad(v, widths[i] ?? 0))
            .join('  ')
            .trimEnd()}`,
        );
      return [...out, ''];
    }
    case 'facts': {
      const w = Math.max(...s.rows.map(([k]) => k.length));
      return [`${s.title}:`, ...s.rows.map(([k, v]) => `  ${pad(`${k}:`, w + 1)} ${c(v) || '-'}`), ''];
    }
    case 'note':
      return [cleanText(s.text), ''];
  }
}

export function renderText(sections: Section[]): string {
  return `${sections.flatMap(section).join('\n').trimEnd()}\n`;
}
