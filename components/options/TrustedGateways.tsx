import { trustedForwardersItem, trustedGatewaysItem } from '../../lib/ext/settings';
import { t } from '../../lib/i18n';
import { parseGatewayEntry, wideGatewayNetwork } from '../../lib/relay/gateway-entry';
import { KNOWN_GATEWAYS } from '../../lib/relay/gateways';
import { hosterZoneEntry } from '../../lib/relay/hoster-names';
import { visibleText } from '../format';
import { ListSettings } from './ListSettings';

/** Add (validated), remove with undo: one stored list of domains and/or networks. */
function TrustList(props: {
  item: typeof trustedGatewaysItem;
  testid: string;
  label: string;
  placeholder: string;
  empty: string;
  /** Networks allowed (gateways) or domains only (forwarders). */
  networks: boolean;
}) {
  const validate = (input: string): { value: string } | { error: string } => {
    const parsed = parseGatewayEntry(input);
    if ('error' in parsed) return parsed;
    if (parsed.kind === 'network' && !props.networks)
      return { error: t('options_gateways_forwarder_network') };
    return { value: parsed.value };
  };
  return (
    <ListSettings
      item={props.item}
      testid={props.testid}
      addLabel={t('options_trust')}
      inputLabel={props.label}
      placeholder={props.placeholder}
      empty={props.empty}
      validate={validate}
      show={(v) => visibleText(v, 260)}
      notes={{
        // A network of more than one address is not honoured inside hosting space (probe41's
        // attacker VM in the reader's cloud /16): the page cannot see the IP data, so it says when.
        // A domain that is a hoster's reverse zone (your-server.de) names every tenant's VM: only
        // the exact host name counts inside hosting space (probe52).
        added: (v) => {
          if (wideGatewayNetwork(v)) return t('options_gateways_trusted_shared_network', { value: v });
          const zone = props.networks ? hosterZoneEntry(v) : null;
          return zone
            ? t('options_gateways_trusted_hoster_zone', { value: v, zone })
            : t('options_list_trusted_value', { value: v });
        },
        removed: (v) => t('options_list_removed_value', { value: v }),
        restored: (v) => t('options_list_restored_value', { value: v }),
      }}
      undo
    />
  );
}

/**
 * Options: "Mail gateways and forwarders you trust". A gateway is treated as part of your own mail
 * system (HeaderLens looks past it to the real sender and counts its own results); a forwarder's
 * ARC record of how a message first authenticated is taken (mailing lists, forwarding services).
 */
export function TrustedGateways() {
  const known = KNOWN_GATEWAYS.map((g) => g.name).join(', ');
  return (
    <section aria-labelledby="gateways-h" data-testid="trusted-gateways">
      <h2 id="gateways-h">{t('options_gateways_heading')}</h2>
      <p class="muted small">{t('options_gateways_intro', { known })}</p>
      <h3 class="small">{t('options_gateways_subheading')}</h3>
      <TrustList
        item={trustedGatewaysItem}
        testid="gateways"
        label={t('options_gateways_trust')}
        placeholder={t('options_gateways_placeholder')}
        empty={t('options_gateways_empty')}
        networks
      />
      <h3 class="small">{t('options_forwarders_subheading')}</h3>
      <TrustList
        item={trustedForwardersItem}
        testid="forwarders"
        label={t('options_forwarders_trust')}
        placeholder="lists.example.org"
        empty={t('options_forwarders_empty')}
        networks={false}
      />
    </section>
  );
}
