import { t } from '../lib/i18n';
import type { Analysis } from '../lib/types';
import { visibleText } from './format';

/** ARC sealers the analysis did not take the word of (`arc-untrusted-sealer`), for "Trust … as a forwarder". */
export function untrustedSealers(analysis: Analysis): string[] {
  const f = analysis.findings.find((x) => x.id === 'arc-untrusted-sealer');
  if (!f) return [];
  const named = (s: string) => f.title.includes(s) || f.detail.includes(s);
  // The gateway question already covers its own seal (trusting a gateway trusts its seal too).
  const offer = analysis.gateway && !analysis.gateway.trusted ? analysis.gateway.offer : null;
  const isGateway = (s: string) => offer !== null && (s === offer || s.endsWith(`.${offer}`));
  return [...new Set(analysis.arc.sealers.filter(named).map((s) => s.toLowerCase()))]
    .filter((s) => !isGateway(s))
    .slice(0, 3);
}

/**
 * Popup: the one-click questions about the user's mail system. A well-known gateway at the entry
 * hop may be the reader's organisation's inbound gateway, or the SENDER's outbound one (both sit
 * at the entry hop), so the question says so and trusting is the user's answer, never a default.
 * A sealer whose ARC record was not used may be a list or forwarder the user reads mail through.
 */
export function GatewayTrustNotice({
  analysis,
  busy,
  onTrustGateway,
  onTrustForwarder,
}: {
  analysis: Analysis;
  busy?: boolean;
  onTrustGateway: (entry: string) => void;
  onTrustForwarder: (domain: string) => void;
}) {
  const g = analysis.gateway;
  const sealers = untrustedSealers(analysis);
  const ask = g && !g.trusted && g.offer;
  if (!ask && sealers.length === 0) return null;
  const host = g ? visibleText(g.host ?? g.ip ?? '', 120) : '';
  return (
    <div data-testid="gateway-trust">
      {ask && (
        <p class="notice small" data-testid="gateway-question">
          <strong>{host}</strong>
          {g.name ? ` (${visibleText(g.name, 60)})` : ''} {t('trust_gateway_question')}{' '}
          <button
            type="button"
            data-testid="gateway-trust-add"
            disabled={busy}
            onClick={() => onTrustGateway(g.offer!)}
          >
            {t('trust_gateway_yes', { entry: visibleText(g.offer!, 80) })}
          </button>
        </p>
      )}
      {sealers.map((s) => (
        <p class="notice small" data-testid="forwarder-question" key={s}>
          <strong>{visibleText(s, 120)}</strong> {t('trust_forwarder_question')}{' '}
          <button
            type="button"
            data-testid="forwarder-trust-add"
            disabled={busy}
            onClick={() => onTrustForwarder(s)}
          >
            {t('trust_forwarder_add', { domain: visibleText(s, 80) })}
          </button>
        </p>
      ))}
    </div>
  );
}
