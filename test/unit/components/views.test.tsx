// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthTable } from '../../../components/AuthTable';
import { CopyReport } from '../../../components/CopyReport';
import { formatDelay, visibleText } from '../../../components/format';
import { HopList } from '../../../components/HopList';
import { OriginCard } from '../../../components/OriginCard';
import { ReasonList } from '../../../components/ReasonList';
import { serverKind } from '../../../components/SenderStrip';
import { StatePanel } from '../../../components/StatePanel';
import { VerdictBanner } from '../../../components/VerdictBanner';
import { renderReport } from '../../../lib/report';
import type { Verdict } from '../../../lib/types';
import { makeAnalysis, makeFinding } from '../ext/make-analysis';
import { mount } from './render';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('VerdictBanner', () => {
  it.each<[Verdict, string]>([
    ['authenticated', 'Authenticated'],
    ['suspicious', 'Suspicious'],
    ['spoofed', 'Spoofed'],
    ['unverified', 'Unverified'],
  ])('shows %s with its word and the summary', async (verdict, word) => {
    const root = await mount(
      <VerdictBanner analysis={makeAnalysis({ verdict, summary: `S-${verdict}` })} dnsUnreachable={false} />,
    );
    const banner = root.querySelector('[data-testid="verdict"]')!;
    expect(banner.getAttribute('data-verdict')).toBe(verdict);
    expect(banner.textContent).toContain(word);
    expect(banner.textContent).toContain(`S-${verdict}`);
  });

  it('says when DNS was unreachable and the verdict rests on the provider’s results', async () => {
    const root = await mount(
      <VerdictBanner analysis={makeAnalysis({ mode: 'offline' })} dnsUnreachable={true} />,
    );
    expect(root.querySelector('[data-testid="dns-unreachable"]')?.textContent).toMatch(/^DNS unreachable:/);
    // Distinct from offline mode, and it leads to the setting that fixes it.
    expect(root.querySelector('[data-testid="offline-mode"]')).toBeNull();
    expect(root.querySelector('[data-testid="dns-setting-link"]')?.getAttribute('href')).toBe(
      '/options.html#dns',
    );
  });
});

describe('ReasonList', () => {
  it('lists the most serious reason first and opens to its evidence lines', async () => {
    const root = await mount(
      <ReasonList
        analysis={makeAnalysis({
          verdict: 'spoofed',
          findings: [
            makeFinding({ id: 'info-one', severity: 'info', title: 'Minor' }),
            makeFinding({
              id: 'dmarc-fail',
              severity: 'high',
              title: 'DMARC failed',
              evidence: ['Authentication-Results: x; dmarc=fail'],
            }),
          ],
        })}
      />,
    );
    const items = [...root.querySelectorAll('[data-testid="reason"]')];
    expect(items.map((li) => li.getAttribute('data-finding'))).toEqual(['dmarc-fail', 'info-one']);
    expect(items[0]?.querySelector('details summary')?.textContent).toContain('DMARC failed');
    expect(items[0]?.querySelector('[data-testid="evidence"]')?.textContent).toBe(
      'Authentication-Results: x; dmarc=fail\n',
    );
  });

  it('renders hostile header text as text: no elements, no handlers', async () => {
    const hostile = [
      'Subject: <script>window.__pwned = 1</script>',
      'From: <img src=x onerror="window.__pwned=2">',
      'Reply-To: <a href="javascript:alert(1)">click</a>',
      'X-Bidi: invoice\u202Efdp.exe',
    ];
    const root = await mount(
      <ReasonList
        analysis={makeAnalysis({
          findings: [makeFinding({ id: 'x', title: hostile[0]!, detail: hostile[1]!, evidence: hostile })],
        })}
      />,
    );
    expect(root.querySelectorAll('script, img, a, iframe').length).toBe(0);
    expect(root.textContent).toContain('<script>window.__pwned = 1</script>');
    expect(root.textContent).toContain('invoice⟨U+202E⟩fdp.exe');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('visibleText and formatDelay', () => {
  it('makes bidi overrides and zero-width characters visible and caps huge values', () => {
    expect(visibleText('pay\u200Bpal')).toBe('pay⟨U+200B⟩pal');
    const huge = visibleText('A'.repeat(100_000), 4000);
    expect(huge.length).toBeLessThan(4100);
    expect(huge).toContain('96,000 more characters');
  });

  it('formats hop delays for people', () => {
    expect(formatDelay(2)).toBe('2 s');
    expect(formatDelay(300)).toBe('5 min');
    expect(formatDelay(3780)).toBe('1 h 3 min');
    expect(formatDelay(-5)).toBe('5 s clock skew');
    expect(formatDelay(null)).toBe('');
  });
});

describe('AuthTable', () => {
  it('puts the provider’s result and ours side by side, one row per DKIM signature', async () => {
    const base = makeAnalysis();
    const a = makeAnalysis({
      dkim: [
        { ...base.dkim[0]!, result: 'fail', cause: 'body-hash-mismatch' },
        { ...base.dkim[0]!, domain: 'esp.example', selector: 'k2', aligned: false, result: 'pass' },
      ],
    });
    const root = await mount(<AuthTable analysis={a} />);
    const row = (k: string) => root.querySelector(`[data-testid="auth-${k}"]`)!;
    expect(row('spf').querySelector('[data-testid="provider-result"]')?.textContent).toBe('pass');
    expect(row('dkim-0').querySelector('[data-testid="provider-result"]')?.textContent).toBe('pass');
    expect(row('dkim-0').querySelector('[data-testid="our-result"]')?.textContent).toBe('fail');
    expect(row('dkim-1').textContent).toContain('esp.example');
    expect(row('dkim-1').querySelector('[data-testid="provider-result"]')?.textContent).toBe(
      '— not recorded',
    );
    expect(row('dmarc').textContent).toContain('p=reject');
    expect(root.textContent).toContain('Provider: mx.example.org.');
  });
});

describe('OriginCard', () => {
  const hosting = { provider: 'DigitalOcean' };
  it('names the IPv4 host an IPv6 address carries, in the popup and the report (probe24b)', async () => {
    const origin = {
      ...makeAnalysis().origin,
      ip: '64:ff9b::350:102',
      hosting: { provider: 'Amazon Web Services' },
      hostedServer: true,
      embeddedIpv4: { ip: '3.80.1.2', via: 'nat64' as const },
    };
    const root = await mount(<OriginCard origin={origin} />);
    expect(root.textContent).toContain('IPv4 address inside it');
    expect(root.textContent).toContain('3.80.1.2 (NAT64)');
    const report = renderReport(makeAnalysis({ origin }), { format: 'text' });
    expect(report).toMatch(/IPv4 address inside it:?\s+3\.80\.1\.2 \(NAT64\)/);
    // Any other address shows no such row.
    const plain = await mount(<OriginCard origin={makeAnalysis().origin} />);
    expect(plain.textContent).not.toContain('IPv4 address inside it');
    expect(renderReport(makeAnalysis(), { format: 'text' })).not.toContain('IPv4 address inside it');
  });
  it('offers “Approve this server” for a hosted server and reports the click', async () => {
    const onApproval = vi.fn();
    const origin = { ...makeAnalysis().origin, hosting, hostedServer: true };
    const root = await mount(<OriginCard origin={origin} onApproval={onApproval} />);
    expect(root.textContent).toContain('DigitalOcean');
    expect(root.querySelector('[data-testid="hosted-server"]')).not.toBeNull();
    const button = root.querySelector<HTMLButtonElement>('[data-testid="approval"]')!;
    expect(button.textContent).toBe('Approve this server…');
    await act(() => button.click());
    // Nothing is stored before the confirmation, which states the scope.
    expect(onApproval).not.toHaveBeenCalled();
    const confirm = root.querySelector('[data-testid="approval-confirm"]')!;
    expect(confirm.querySelector('[data-testid="approval-scope"]')?.textContent).toBe(
      'every message from 192.0.2.10, in every webmail',
    );
    expect(document.activeElement).toBe(confirm);
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="approval-yes"]')!.click());
    expect(onApproval).toHaveBeenCalledWith('192.0.2.10', true, {
      fromDomain: null,
      network: 'AS64500 Example Networks · DigitalOcean',
    });
  });

  it('the confirmation names the sender the approval is for, when the message has a From domain', async () => {
    const onApproval = vi.fn();
    const origin = { ...makeAnalysis().origin, hosting, hostedServer: true };
    const root = await mount(
      <OriginCard origin={origin} fromDomain="vendor.example" onApproval={onApproval} />,
    );
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="approval"]')!.click());
    expect(root.querySelector('[data-testid="approval-scope"]')?.textContent).toBe(
      'every message from 192.0.2.10 whose From domain belongs to vendor.example, in every webmail',
    );
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="approval-yes"]')!.click());
    expect(onApproval).toHaveBeenCalledWith('192.0.2.10', true, {
      fromDomain: 'vendor.example',
      network: 'AS64500 Example Networks · DigitalOcean',
    });
  });

  it('offers “Remove approval” once approved, and nothing for an email service', async () => {
    const approved = { ...makeAnalysis().origin, hosting, approved: true };
    const root = await mount(<OriginCard origin={approved} onApproval={() => {}} />);
    expect(root.querySelector('[data-testid="approval"]')?.textContent).toBe('Remove approval');
    const esp = { ...makeAnalysis().origin, hosting, esp: 'SendGrid' };
    const root2 = await mount(<OriginCard origin={esp} onApproval={() => {}} />);
    expect(root2.querySelector('[data-testid="approval"]')).toBeNull();
    expect(root2.textContent).toContain('SendGrid');
  });

  it('says the network is not known when its IP data could not be loaded (never "no network")', async () => {
    const origin = { ...makeAnalysis().origin, asn: null, org: null, ipDataMissing: true as const };
    const root = await mount(<OriginCard origin={origin} />);
    expect(root.textContent).toContain(
      'not known: HeaderLens could not load its network data for this address',
    );
    const a = makeAnalysis({ origin });
    expect(serverKind(a)).toEqual({
      kind: 'Network',
      name: 'not known: HeaderLens could not load its network data for this address',
    });
  });
});

describe('HopList', () => {
  it('lists hops oldest first with their delays and marks the origin', async () => {
    const a = makeAnalysis();
    const root = await mount(<HopList hops={a.hops} originIndex={1} />);
    const hops = [...root.querySelectorAll('[data-testid="hop"]')];
    expect(hops[0]?.textContent).toContain('mail.example.com');
    expect(hops[0]?.textContent).toContain('origin');
    expect(hops[0]?.textContent).toContain('2 s');
    expect(hops[1]?.textContent).toContain('mx.example.org');
  });
});

describe('CopyReport', () => {
  it('copies the chosen format (redacted by default) and confirms visibly', async () => {
    const a = makeAnalysis();
    const writeText = vi.fn(async () => {});
    const root = await mount(<CopyReport analysis={a} writeText={writeText} />);
    root.querySelector<HTMLButtonElement>('[data-testid="copy-json"]')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(writeText).toHaveBeenCalledWith(renderReport(a, { format: 'json', redact: true }));
    const { act } = await import('preact/test-utils');
    await act(async () => {});
    expect(root.querySelector('[data-testid="copy-status"]')?.textContent).toMatch(/^Copied JSON report/);
  });
});

describe('StatePanel', () => {
  it('keeps the idle status line for unsupported pages and no open message', async () => {
    const root = await mount(<StatePanel state={{ kind: 'unsupported' }} inspectorHref="/inspector.html" />);
    expect(root.querySelector('[data-testid="popup-status"]')?.textContent).toBe(
      'Open an email to check its sender',
    );
    expect(root.textContent).toContain('not on a supported webmail');
    expect(root.querySelector('[data-testid="inspector-link"]')?.getAttribute('href')).toBe(
      '/inspector.html',
    );
  });

  it('explains a layout change and a read error, each with a way to paste the message', async () => {
    const lc = await mount(
      <StatePanel
        state={{ kind: 'layout-changed', site: 'gmail', detail: 'x' }}
        inspectorHref="/inspector.html"
      />,
    );
    expect(lc.textContent).toContain('HeaderLens could not find the open message in this Gmail layout');
    const err = await mount(
      <StatePanel
        state={{ kind: 'error', site: 'outlook', messageId: 'm', reason: 'Signed out <b>now</b>' }}
        inspectorHref="/inspector.html"
      />,
    );
    expect(err.querySelector('[data-testid="error-reason"]')?.textContent).toBe('Signed out <b>now</b>');
    expect(err.querySelector('b')).toBeNull();
    expect(err.querySelector('[data-testid="inspector-link"]')?.textContent).toBe('Paste it instead');
  });
});
