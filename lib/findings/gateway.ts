// Mail gateways (lib/engine/gateways.ts): say when a trusted gateway moved the origin below it,
// and when a well-known gateway the user has not trusted handed the message over (the popup
// offers the question). A gateway's own record of a DMARC pass, placed where only it could
// write it, keeps a rewritten message from being called spoofed; it does not authenticate it.
import type { Finding } from '../types';
import { dmarcState } from './auth-state';
import { originHopLine, uniq } from './evidence';
import type { FindingRule } from './rule';

export const gatewayRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const g = a.gateway;
  if (!g) return [];
  const host = g.host ?? g.ip ?? 'a gateway';
  const label = g.name ? `${host} (${g.name})` : host;
  const entryLines = g.hopIndexes.map((i) => a.hops[i]?.line);
  if (g.trusted) {
    const origin = a.origin.ip ? `${a.origin.rdns ?? a.origin.ip} (${a.origin.ip})` : 'an unknown server';
    return [
      {
        id: 'gateway-trusted',
        severity: 'info',
        title: `Received through your gateway ${label}`,
        detail: `You trust ${label} as part of your mail system, so HeaderLens looked past it: the message came from ${origin}, which handed it to the gateway, and that server is what SPF and the relay checks judged.${g.resultsLines.length > 0 ? ' The gateway checked the sender before it changed anything (it may rewrite links, which breaks DKIM signatures), and its results count like your provider’s.' : ' The gateway wrote no Authentication-Results of its own where HeaderLens could read them.'}`,
        evidence: uniq([...entryLines, ...originHopLine(ctx), ...g.resultsLines]).slice(0, 5),
      },
    ];
  }
  const out: Finding[] = [
    {
      id: 'gateway-untrusted',
      severity: 'info',
      title: `${label} handed this message to your provider`,
      detail: `${g.name ?? 'This mail gateway'} filters mail for many organisations. If it is your organisation’s inbound gateway, trust it (Options → “Mail gateways and forwarders you trust”): HeaderLens will then look past it to the real sender. If it is the sender’s outgoing gateway, or you do not know, leave it: HeaderLens then judges the gateway as the sending server, which makes rewritten or relayed mail look worse than it is.`,
      evidence: uniq(entryLines),
    },
  ];
  const st = dmarcState(ctx);
  if (g.recordedDmarc === 'pass' && st.result === 'fail') {
    out.push({
      id: 'gateway-recorded-pass',
      severity: 'low',
      title: `${g.name ?? host} recorded that the message passed DMARC when it received it`,
      detail: `The gateway’s own Authentication-Results, placed where only it could write them, say the message authenticated for ${a.from?.domain ?? 'its From domain'} before the gateway passed it on (gateways rewrite links and add banners, which breaks the signature HeaderLens checks). You have not told HeaderLens to trust this gateway, so the message is not called authenticated; nor is it called spoofed.`,
      evidence: uniq(g.resultsLines).slice(0, 3),
    });
  }
  return out;
};
