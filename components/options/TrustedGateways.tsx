import { trustedForwardersItem, trustedGatewaysItem } from '../../lib/ext/settings';
import { parseGatewayEntry } from '../../lib/relay/gateway-entry';
import { KNOWN_GATEWAYS } from '../../lib/relay/gateways';
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
      return { error: 'A forwarder is trusted by its ARC domain (the d= of its ARC-Seal), not a network.' };
    return { value: parsed.value };
  };
  return (
    <ListSettings
      item={props.item}
      testid={props.testid}
      addLabel="Trust"
      inputLabel={props.label}
      placeholder={props.placeholder}
      empty={props.empty}
      validate={validate}
      show={(v) => visibleText(v, 260)}
      notes={{
        added: (v) => `Trusted ${v}.`,
        removed: (v) => `Removed ${v}.`,
        restored: (v) => `Restored ${v}.`,
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
      <h2 id="gateways-h">Mail gateways and forwarders you trust</h2>
      <p class="muted small">
        If your organisation’s mail passes through a filtering gateway ({known}…) before your provider, add it
        here: HeaderLens then judges the server that handed the message to the gateway, and counts the
        gateway’s own checks (made before it rewrote links). Add only your own gateway: the same services also
        send mail for other organisations.
      </p>
      <h3 class="small">Gateways (a domain such as mimecast.com, or a network such as 203.0.113.0/24)</h3>
      <TrustList
        item={trustedGatewaysItem}
        testid="gateways"
        label="Trust a gateway"
        placeholder="mimecast.com or 203.0.113.0/24"
        empty="No gateway: your provider receives mail directly."
        networks
      />
      <h3 class="small">Forwarders and mailing lists (their ARC domain)</h3>
      <TrustList
        item={trustedForwardersItem}
        testid="forwarders"
        label="Trust a forwarder"
        placeholder="lists.example.org"
        empty="None besides the well-known ARC sealers."
        networks={false}
      />
    </section>
  );
}
