// Markdown report, safe to paste into an issue tracker: header text is shown in code spans and can
// never become a link, an image or HTML.
import type { Cell, Section } from './model';
import { mdCell, mdCode, mdText } from './sanitize';

const SEVERITY_LABEL = { high: 'HIGH', medium: 'MEDIUM', low: 'LOW', info: 'INFO' } as const;

function cell(c: Cell): string {
  return c.kind === 'code' ? mdCell(c.text) : mdText(c.text);
}

function section(s: Section): string[] {
  switch (s.kind) {
    case 'verdict':
      return ['# HeaderLens report', '', `**Verdict: ${mdText(s.verdict)}**`, '', mdText(s.summary), ''];
    case 'findings': {
      const out = [`## ${s.title}`, ''];
      if (s.findings.length === 0) out.push('No findings.', '');
      for (const f of s.findings) {
        out.push(
          `- **${SEVERITY_LABEL[f.severity]}** ${mdText(f.title)} (${mdCode(f.id)})`,
          '',
          `  ${mdText(f.detail)}`,
          '',
        );
        for (const e of f.evidence) out.push(`  - ${mdCode(e)}`);
        if (f.evidence.length) out.push('');
      }
      return out;
    }
    case 'table': {
      const out = [`## ${s.title}`, ''];
      if (s.rows.length === 0) return [...out, 'None.', ''];
      out.push(`| ${s.head.map(mdText).join(' | ')} |`, `|${s.head.map(() => ' --- ').join('|')}|`);
      for (const r of s.rows) out.push(`| ${r.map(cell).join(' | ')} |`);
      return [...out, ''];
    }
    case 'facts':
      return [`## ${s.title}`, '', ...s.rows.map(([k, v]) => `- ${mdText(k)}: ${cell(v) || '—'}`), ''];
    case 'note':
      return [`_${mdText(s.text)}_`, ''];
  }
}

export function renderMarkdown(sections: Section[]): string {
  return `${sections.flatMap(section).join('\n').trimEnd()}\n`;
}
