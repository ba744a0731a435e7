import { useEffect, useState } from 'preact/hooks';
import { trustedForwardersItem, trustedGatewaysItem } from '../../lib/ext/settings';
import { parseGatewayEntry } from '../../lib/relay/gateway-entry';
import { KNOWN_GATEWAYS } from '../../lib/relay/gateways';
import { visibleText } from '../format';

type Item = typeof trustedGatewaysItem;

/** Add (validated), remove with undo: one stored list of domains and/or networks. */
function TrustList(props: {
  item: Item;
  testid: string;
  label: string;
  placeholder: string;
  empty: string;
  /** Networks allowed (gateways) or domains only (forwarders). */
  networks: boolean;
}) {
  const [list, setList] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [note, setNote] = useState('');
  const [removed, setRemoved] = useState<string | null>(null);

  useEffect(() => {
    void props.item.getValue().then((v) => setList(v ?? []));
    return props.item.watch((v) => setList(v ?? []));
  }, [props.item]);

  async function store(next: string[]) {
    await props.item.setValue(next);
    setList(next);
  }

  async function add(e: Event) {
    e.preventDefault();
    const parsed = parseGatewayEntry(input);
    if ('error' in parsed) return setNote(parsed.error);
    if (parsed.kind === 'network' && !props.networks)
      return setNote('A forwarder is trusted by its ARC domain (the d= of its ARC-Seal), not a network.');
    await store([...new Set([...list, parsed.value])]);
    setInput('');
    setRemoved(null);
    setNote(`Trusted ${parsed.value}.`);
  }

  async function remove(value: string) {
    await store(list.filter((v) => v !== value));
    setRemoved(value);
    setNote(`Removed ${value}.`);
  }

  async function undo() {
    if (removed === null) return;
    await store([...new Set([...list, removed])]);
    setNote(`Restored ${removed}.`);
    setRemoved(null);
  }

  return (
    <div data-testid={props.testid}>
      {list.length === 0 ? (
        <p class="muted small">{props.empty}</p>
      ) : (
        <ul>
          {list.map((v) => (
            <li key={v}>
              <span class="mono" data-testid={`${props.testid}-value`}>
                {visibleText(v, 260)}
              </span>{' '}
              <button type="button" onClick={() => void remove(v)} aria-label={`Remove ${v}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={add}>
        <input
          type="text"
          data-testid={`${props.testid}-input`}
          placeholder={props.placeholder}
          value={input}
          onInput={(e) => setInput(e.currentTarget.value)}
          aria-label={props.label}
        />
        <button type="submit" data-testid={`${props.testid}-add`}>
          Trust
        </button>
      </form>
      <p class="small" role="status" data-testid={`${props.testid}-note`}>
        {note}{' '}
        {removed !== null && (
          <button type="button" data-testid={`${props.testid}-undo`} onClick={() => void undo()}>
            Undo
          </button>
        )}
      </p>
    </div>
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
