// @vitest-environment happy-dom
// The popup's new text comes through t(): in German the banner, the strip, the "not checked" cells
// and the approval confirmation read German (issue 20, after the i18n merge).
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { AnalysisView } from '../../../components/AnalysisView';
import { setLanguage } from '../../../lib/i18n';
import { makeAnalysis } from '../ext/make-analysis';
import { mount, unmountAll } from './render';

afterEach(async () => {
  await unmountAll();
});

describe('in German', () => {
  it('the verdict, strip, not-checked reasons and approval confirmation are German', async () => {
    setLanguage('de');
    const a = makeAnalysis({ verdict: 'spoofed', mode: 'offline' });
    a.origin = { ...a.origin, hosting: { provider: 'Azure' }, hostedServer: true };
    const root = await mount(<AnalysisView analysis={a} dnsUnreachable={false} onApproval={() => {}} />);
    expect(root.querySelector('#verdict-title')?.textContent).toBe('Gefälscht');
    expect(root.querySelector('[data-testid="offline-mode"]')?.textContent).toContain('Offline-Modus');
    expect(root.querySelector('[data-testid="strip-server"]')?.textContent).toContain(
      'Gemieteter Server: Azure',
    );
    expect(root.querySelector('[data-testid="auth-spf"] [data-testid="our-result"]')?.textContent).toBe(
      'nicht geprüft',
    );
    expect(root.querySelector('[data-testid="not-checked-why"]')?.textContent).toBe(
      'Nicht geprüft: Offline-Modus: keine DNS-Abfragen.',
    );
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="approval"]')!.click());
    expect(root.querySelector('[data-testid="approval-scope"]')?.textContent).toBe(
      'jede Nachricht von 192.0.2.10, deren From-Domain zu example.com gehört, in jedem Webmail',
    );
  });
});
