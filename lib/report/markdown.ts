// Markdown report, safe to paste into an issue tracker: header text is shown in code spans and can
// never become a link, an image or HTML.
import { t, uiLanguage } from '../i18n';
import { type Cell, type Section, severityWord } from './model';
import { mdCell, mdCode, mdText } from './sanitize';

function cell(c: Cell): string {
  return c.kind === 'code' ? mdCell(c.text) : mdText(c.text);
}

function section(s: Section): string[] {
  switch (s.kind) {
    case 'verdict':
      return [
        `# ${mdText(t('report_title'))}`,
        '',
        `**${mdText(t('report_verdict_line', { verdict: s.verdict }))}**`,
        '',
        mdText(s.summary),
        '',
      ];
    case 'findings': {
      const out = [`## ${s.title}`, ''];
      if (s.findings.length === 0) out.push(mdText(t('report_no_findings')), '');
      for (const f of s.findings) {
        const severity = severityWord(f.severity).toLocaleUpperCase(uiLanguage());
        out.push(
          `- **${mdText(severity)}** ${mdText(f.title)} (${mdCode(f.id)})`,
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
      if (s.rows.length === 0) return [...out, mdText(t('report_none_table')), ''];
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
