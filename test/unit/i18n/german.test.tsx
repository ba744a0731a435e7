// @vitest-environment happy-dom
// A German reader: the popup's own words, the verdict word and the engine's sentences (rendered from
// the keys and parameters each finding and summary carries) come out in German, while the English
// text stays in the analysis for the CLI and JSON reports.
import { afterEach, describe, expect, it } from 'vitest';
import { CopyReport } from '../../../components/CopyReport';
import { VERDICT_LABEL } from '../../../components/format';
import { HopList } from '../../../components/HopList';
import { MessageFacts } from '../../../components/MessageFacts';
import { PopupApp } from '../../../components/PopupApp';
import { analyzeMessage } from '../../../lib/analyze';
import { setLanguage } from '../../../lib/i18n';
import { findingDetail, findingTitle, summaryText } from '../../../lib/i18n/findings';
import { mount, unmountAll } from '../components/render';

afterEach(async () => {
  await unmountAll();
});

const RECEIVER = 'mx.reader.example';

/** A PayPal look-alike from an EC2 address that the reader's provider recorded as failing DMARC. */
function spoofedMessage(): string {
  return [
    `Authentication-Results: ${RECEIVER}; spf=fail smtp.mailfrom=paypal.com; dkim=none; dmarc=fail (p=REJECT) header.from=paypal.com`,
    `Received: from ec2-3-85-17-200.compute-1.amazonaws.com (ec2-3-85-17-200.compute-1.amazonaws.com [3.85.17.200]) by ${RECEIVER} (Postfix) with ESMTPS id 4Qx1; Fri, 20 Nov 2026 10:00:05 +0000`,
    'Return-Path: <bounce@paypal.com>',
    'From: PayPal <service@paypal.com>',
    'Reply-To: PayPal Billing <billing@evil.example>',
    'To: Robin Reader <robin@reader.example>',
    'Subject: Konto gesperrt',
    'Date: Fri, 20 Nov 2026 10:00:00 +0000',
    '',
    'Hallo',
    '',
  ].join('\r\n');
}

async function spoofed() {
  return analyzeMessage(spoofedMessage(), {
    trustedAuthservIds: [RECEIVER],
    now: new Date('2026-11-20T12:00:00Z'),
  });
}

describe('German', () => {
  it('renders the verdict summary and every finding of a real analysis from its keys', async () => {
    const a = await spoofed();
    expect(a.verdict).toBe('spoofed');
    // English stays in the analysis (CLI, JSON): the German is rendered on demand.
    expect(a.summary).toMatch(/^This message claims to come from paypal\.com/);
    expect(a.summaryMessage?.key).toBe('summary_dmarc_fail');
    setLanguage('de');
    expect(summaryText(a)).toMatch(/^Diese Nachricht gibt vor, von paypal\.com zu stammen/);
    expect(summaryText(a)).toContain('3.85.17.200');
    const dmarc = a.findings.find((f) => f.id === 'dmarc-fail')!;
    expect(findingTitle(dmarc)).toBe(
      'Der Absender ist nicht berechtigt, Mail als paypal.com zu senden (DMARC fehlgeschlagen)',
    );
    const reply = a.findings.find((f) => f.id === 'reply-to-other-org')!;
    expect(findingTitle(reply)).toBe('Antworten gehen an evil.example, nicht an paypal.com');
    expect(findingDetail(reply)).toContain('billing@evil.example');
    // No finding of this message falls back to English.
    for (const f of a.findings) {
      expect({ id: f.id, converted: !!f.message }).toEqual({ id: f.id, converted: true });
      expect(findingTitle(f)).not.toBe(f.title);
    }
  });

  it('French and Spanish use the same parameters', async () => {
    const a = await spoofed();
    setLanguage('fr');
    expect(summaryText(a)).toMatch(/^Ce message prétend venir de paypal\.com/);
    expect(VERDICT_LABEL.spoofed.title).toBe('Usurpé');
    setLanguage('es');
    expect(summaryText(a)).toMatch(/^Este mensaje dice proceder de paypal\.com/);
    expect(VERDICT_LABEL.spoofed.title).toBe('Suplantado');
  });

  it('shows the popup in German: verdict word, route, message facts and the copy row', async () => {
    const analysis = await spoofed();
    setLanguage('de');
    const root = await mount(
      <PopupApp
        initial={{
          tabId: 7,
          state: { kind: 'analysis', site: 'gmail', messageId: 'm1', analysis, dnsUnreachable: false },
        }}
      />,
    );
    expect(root.querySelector('[data-testid="verdict"]')?.getAttribute('data-verdict')).toBe('spoofed');
    expect(root.querySelector('.verdict-title')?.textContent).toBe('Gefälscht');
    expect(root.textContent).not.toContain('Spoofed');
    const views = await mount(
      <div>
        <HopList hops={analysis.hops} originIndex={analysis.origin.hopIndex} />
        <MessageFacts analysis={analysis} />
        <CopyReport analysis={analysis} writeText={async () => {}} />
      </div>,
    );
    expect(views.querySelector('.hops h2')?.textContent).toBe('Weg (1 Station)');
    expect(views.querySelector('.facts h2')?.textContent).toBe('Nachricht');
    expect([...views.querySelectorAll('dt')].map((d) => d.textContent)).toContain('Betreff');
    expect(views.textContent).toContain('Bericht kopieren:');
    expect(views.textContent).toContain('Empfänger, Betreff und Message-ID ausblenden');
  });
});
