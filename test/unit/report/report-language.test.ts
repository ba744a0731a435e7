// The Markdown and text reports copied from the extension are in its language (issue 20.6): headings,
// table labels, row names, the verdict word, severities and the findings' sentences; dates stay UTC,
// header and protocol names stay as the message spells them, and JSON stays English.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';
import { LANGUAGES, type Language, setLanguage, t } from '../../../lib/i18n';
import { CATALOGS } from '../../../lib/i18n/catalogs';
import { findingTitle, summaryText } from '../../../lib/i18n/findings';
import { renderReport } from '../../../lib/report';
import { utc } from '../../../lib/report/model';
import type { Analysis } from '../../../lib/types';
import { scenario } from '../../helpers/scenarios';

let spoofed: Analysis;

beforeAll(async () => {
  const s = await scenario('spoofed');
  spoofed = await analyzeMessage(s.raw, {
    resolver: ZoneResolver.fromJson(s.zone),
    trustedAuthservIds: [s.authservId],
  });
}, 60_000);

/**
 * The English labels of the report (report_… keys) that `lang` words differently, to find one left
 * untranslated; words shared with header names in the evidence ("From", "Date") and the RFC result word
 * "none" are left out.
 */
function englishLabels(lang: Language): RegExp[] {
  return Object.entries(CATALOGS.en)
    .filter(([k, v]) => k.startsWith('report_') && typeof v === 'string' && CATALOGS[lang][k] !== v)
    .map(([, v]) => (v as string).replace(/\{\w+\}.*$/, '').trim())
    .filter((v) => v.length >= 4 && !['From', 'Date', 'HeaderLens', 'none'].includes(v))
    .map(
      (v) => new RegExp(`(^|[\\s|#*(\\[])${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s:|)*\\]]|$)`, 'm'),
    );
}

describe('report language', () => {
  it('renders German headings, labels, verdict, severities and sentences; dates stay UTC', () => {
    setLanguage('de');
    const md = renderReport(spoofed, { format: 'md' });
    expect(md).toContain('# HeaderLens-Bericht');
    expect(md).toContain('**Urteil: gefälscht**');
    expect(md).toContain(summaryText(spoofed));
    expect(md).toContain('## Gründe');
    expect(md).toMatch(/- \*\*HOCH\*\* /);
    const dmarc = spoofed.findings.find((f) => f.id === 'dmarc-fail')!;
    expect(md).toContain(findingTitle(dmarc));
    expect(findingTitle(dmarc)).not.toBe(dmarc.title);
    expect(md).toContain('| Prüfung | Ihr Anbieter');
    expect(md).toContain('## Stationen (älteste zuerst, Zeiten in UTC)');
    expect(md).toContain('| \\# | Von | Durch | Datum | Verzögerung |');
    expect(md).toMatch(/\| DKIM \| none \| none \| `keine DKIM-Signature in der Nachricht` \|/);
    expect(md).toContain('- Betreff: ');
    expect(md).toContain('- Reply-To: ');
    expect(md).toContain(`- Datum: ${utc(spoofed.date)}`);
    expect(md).toMatch(/- Gemieteter Server: (ja|nein)/);
    expect(md).toContain('## Versionen');
    // One version line, as in the popup and the options.
    expect(md.match(/HeaderLens: /g)).toHaveLength(1);
    expect(md).not.toContain(spoofed.summary);
    for (const label of englishLabels('de'))
      expect({ label, found: label.test(md) }).toEqual({ label, found: false });
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s text report has no English label left', (lang) => {
    setLanguage(lang);
    const text = renderReport(spoofed, { format: 'text' });
    expect(text.split('\n')[0]).toBe(t('report_text_verdict_line', { verdict: t('report_verdict_spoofed') }));
    expect(text).toContain(`${t('report_hops')}:`);
    for (const label of englishLabels(lang))
      expect({ lang, label, found: label.test(text) }).toEqual({ lang, label, found: false });
  });

  it('keeps the JSON report English, whatever the language', () => {
    setLanguage('fr');
    expect(JSON.parse(renderReport(spoofed, { format: 'json' }))).toEqual(
      JSON.parse(JSON.stringify(spoofed)),
    );
  });

  it('says "not checked" in the re-check column of an offline analysis, and keeps a DKIM row', () => {
    setLanguage('es');
    const offline: Analysis = { ...spoofed, mode: 'offline', dkim: [], provider: null };
    const text = renderReport(offline, { format: 'text' });
    const dkim = text.split('\n').find((l) => /^\s*DKIM\b/.test(l));
    expect(dkim).toContain('sin comprobar');
    expect(dkim).toContain('ninguna DKIM-Signature en el mensaje');
    expect(text).toContain('sin conexión');
  });

  it.each(LANGUAGES)('%s: redaction still masks recipients, Subject and Message-ID', (lang) => {
    setLanguage(lang);
    const secrets = [
      ...spoofed.to.map((r) => r.address),
      spoofed.subject,
      spoofed.messageId?.replace(/[<>]/g, ''),
    ]
      .filter((s): s is string => !!s && s.length >= 3)
      .map((s) => s.toLowerCase());
    expect(secrets.length).toBeGreaterThan(1);
    for (const format of ['md', 'text'] as const) {
      const out = renderReport(spoofed, { format, redact: true }).toLowerCase();
      for (const s of secrets)
        expect({ lang, format, s, found: out.includes(s) }).toEqual({ lang, format, s, found: false });
      expect(out).toContain(t('report_redacted_note').toLowerCase());
    }
  });
});
