// Mail gateways (lib/engine/gateways.ts): say when a trusted gateway moved the origin below it,
// and when a well-known gateway the user has not trusted handed the message over (the popup
// offers the question). A gateway's own record of a DMARC pass, placed where only it could
// write it, keeps a rewritten message from being called spoofed; it does not authenticate it.
import { type MessageParam, msg, sentences } from '../i18n/message';
import type { Finding } from '../types';
import { dmarcState } from './auth-state';
import { originHopLine, uniq } from './evidence';
import type { FindingRule } from './rule';
import { texts } from './text';

export const gatewayRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const g = a.gateway;
  if (!g) return [];
  const host: MessageParam = g.host ?? g.ip ?? msg('finding_gateway_a_gateway');
  const label: MessageParam = g.name ? msg('finding_gateway_label', { host, name: g.name }) : host;
  const entryLines = g.hopIndexes.map((i) => a.hops[i]?.line);
  if (g.trusted) {
    const origin = a.origin.ip
      ? `${a.origin.rdns ?? a.origin.ip} (${a.origin.ip})`
      : msg('finding_gateway_unknown_server');
    return [
      {
        id: 'gateway-trusted',
        severity: 'info',
        ...texts(
          msg('finding_gateway_trusted_title', { label }),
          sentences([
            msg('finding_gateway_trusted_detail', { label, origin }),
            msg(
              g.resultsLines.length > 0
                ? 'finding_gateway_trusted_results'
                : 'finding_gateway_trusted_no_results',
            ),
          ]),
        ),
        evidence: uniq([...entryLines, ...originHopLine(ctx), ...g.resultsLines]).slice(0, 5),
      },
    ];
  }
  const out: Finding[] = [
    {
      id: 'gateway-untrusted',
      severity: 'info',
      ...texts(
        msg('finding_gateway_untrusted_title', { label }),
        msg('finding_gateway_untrusted_detail', { name: g.name ?? msg('finding_gateway_this_gateway') }),
      ),
      evidence: uniq(entryLines),
    },
  ];
  const st = dmarcState(ctx);
  if (g.recordedDmarc === 'pass' && st.result === 'fail') {
    out.push({
      id: 'gateway-recorded-pass',
      severity: 'low',
      ...texts(
        msg('finding_gateway_recorded_pass_title', { name: g.name ?? host }),
        msg('finding_gateway_recorded_pass_detail', {
          domain: a.from?.domain ?? msg('finding_gateway_its_from_domain'),
        }),
      ),
      evidence: uniq(g.resultsLines).slice(0, 3),
    });
  }
  // The gateway took the message from its real sender and recorded that the From domain failed
  // DMARC there; our pass rests only on SPF at the gateway's own address (its netblocks in the From
  // domain's record, as any customer of the same gateway's includes): that pass judged the
  // gateway, not the sender (realworld142's unsigned lure through the reader's own Mimecast). A
  // record of a failure can only lower trust, so a record the sender could have placed bends
  // nothing; a signature of the From domain we verify ourselves outranks it.
  if (
    g.recordedDmarc === 'fail' &&
    st.result === 'pass' &&
    a.spf.result === 'pass' &&
    a.spf.aligned &&
    a.spf.ip !== null &&
    a.spf.ip === g.ip &&
    !a.dkim.some((d) => d.result === 'pass' && d.aligned)
  ) {
    const params = {
      name: g.name ?? host,
      domain: a.from?.domain ?? msg('finding_gateway_its_from_domain'),
    };
    out.push({
      id: 'gateway-recorded-fail',
      severity: 'medium',
      ...texts(
        msg('finding_gateway_recorded_fail_title', params),
        msg('finding_gateway_recorded_fail_detail', params),
      ),
      evidence: uniq([...g.resultsLines.slice(0, 2), ...entryLines]).slice(0, 3),
    });
  }
  return out;
};

/**
 * gateway-network-shared: the server that handed the message over is in a network the user
 * trusts as a gateway, inside shared hosting space, with a hand-off below it
 * (Origin.sharedGatewayNetwork). HeaderLens does not honour the network there (any tenant could
 * write a gateway's lines) and does not call the message spoofed at that address either; the
 * finding says so and how to trust the gateway so that it counts (its own address, or its name).
 * The same for a hop named under a trusted domain only by its hoster's default reverse name
 * (Origin.sharedGatewayDomain, probe52): there the way out is its own host name.
 */
export const sharedGatewayNetworkRule: FindingRule = (ctx) => {
  const o = ctx.analysis.origin;
  const network = o.sharedGatewayNetwork;
  const domain = o.sharedGatewayDomain;
  if ((!network && !domain) || !o.ip) return [];
  const ip = o.ip;
  const provider: MessageParam = o.hosting?.provider ?? msg('finding_gateway_network_shared_a_hoster');
  // Trusted by a hoster's reverse zone (probe52): the way out is the gateway's own host name.
  if (!network)
    return [
      {
        id: 'gateway-network-shared',
        severity: 'low',
        ...texts(
          msg('finding_gateway_domain_shared_title', { domain: domain ?? '' }),
          msg('finding_gateway_domain_shared_detail', {
            ip,
            name: o.rdns ?? ip,
            domain: domain ?? '',
            provider,
          }),
        ),
        evidence: uniq(originHopLine(ctx)),
      },
    ];
  return [
    {
      id: 'gateway-network-shared',
      severity: 'low',
      ...texts(
        msg('finding_gateway_network_shared_title', { network }),
        msg('finding_gateway_network_shared_detail', {
          ip,
          network,
          provider,
          single: ip.includes(':') ? `${ip}/128` : `${ip}/32`,
        }),
      ),
      evidence: uniq(originHopLine(ctx)),
    },
  ];
};
