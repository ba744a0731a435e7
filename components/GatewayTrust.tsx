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
          {g.name ? ` (${visibleText(g.name, 60)})` : ''} handed this message to your provider. Is it your
          organisation’s gateway? If your mail goes through it, HeaderLens can look past it to the real
          sender. If it is the sender’s outgoing gateway, or you are not sure, leave it.{' '}
          <button
            type="button"
            data-testid="gateway-trust-add"
            disabled={busy}
            onClick={() => onTrustGateway(g.offer!)}
          >
            Yes, trust {visibleText(g.offer!, 80)}
          </button>
        </p>
      )}
      {sealers.map((s) => (
        <p class="notice small" data-testid="forwarder-question" key={s}>
          <strong>{visibleText(s, 120)}</strong> sealed this message on the way. If it is a mailing list or
          forwarding service you use, HeaderLens can take its word for how the message first authenticated.{' '}
          <button
            type="button"
            data-testid="forwarder-trust-add"
            disabled={busy}
            onClick={() => onTrustForwarder(s)}
          >
            Trust {visibleText(s, 80)} as a forwarder
          </button>
        </p>
      ))}
    </div>
  );
}
