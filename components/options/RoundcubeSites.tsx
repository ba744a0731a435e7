import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hostLikeAuthservId } from '../../lib/auth/site-trust';
import { roundcubeAuthservIdsItem, roundcubeSitesItem } from '../../lib/ext/settings';
import { ListSettings } from './ListSettings';

export function validateSite(input: string) {
  try {
    const url = new URL(/^https?:\/\//i.test(input) ? input : `https://${input}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
    return { value: url.origin };
  } catch {
    return { error: 'Enter the address of your Roundcube, e.g. https://mail.example.org' };
  }
}

async function forgetSiteIds(origin: string) {
  const all = { ...(await roundcubeAuthservIdsItem.getValue()) };
  if (!Object.hasOwn(all, origin)) return;
  delete all[origin];
  await roundcubeAuthservIdsItem.setValue(all);
}

/** Roundcube sites the user enabled, and for each the authserv-ids its own mail server writes. */
export function RoundcubeSites() {
  const [sites, setSites] = useState<string[]>([]);
  useEffect(() => {
    void roundcubeSitesItem.getValue().then(setSites);
    return roundcubeSitesItem.watch((v) => setSites(v ?? []));
  }, []);
  return (
    <section aria-labelledby="roundcube-h">
      <h2 id="roundcube-h">Roundcube sites</h2>
      <p class="muted small">
        HeaderLens works on Roundcube webmail at addresses you add here (your browser asks for permission).
      </p>
      <ListSettings
        item={roundcubeSitesItem}
        testid="roundcube"
        addLabel="Add site"
        placeholder="https://mail.example.org"
        empty="No Roundcube sites."
        validate={validateSite}
        beforeAdd={(origin) => browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false)}
        afterRemove={async (origin) => {
          await forgetSiteIds(origin);
          await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
        }}
      />
      {sites.length > 0 && (
        <p class="muted small">
          Your Roundcube’s mail server may add Authentication-Results to the mail it receives. Name it (its
          authserv-id, e.g. mx.example.org) to have HeaderLens use them on that site only.
        </p>
      )}
      {sites.map((origin) => (
        <SiteAuthservIds key={origin} origin={origin} />
      ))}
    </section>
  );
}

function SiteAuthservIds({ origin }: { origin: string }) {
  const [ids, setIds] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [note, setNote] = useState('');
  useEffect(() => {
    const pick = (all: Record<string, string[]> | null) =>
      setIds(all && Object.hasOwn(all, origin) ? (all[origin] ?? []) : []);
    void roundcubeAuthservIdsItem.getValue().then(pick);
    return roundcubeAuthservIdsItem.watch(pick);
  }, [origin]);

  async function save(next: string[]) {
    const all = { ...(await roundcubeAuthservIdsItem.getValue()) };
    if (next.length > 0) all[origin] = next;
    else delete all[origin];
    await roundcubeAuthservIdsItem.setValue(all);
    setIds(next);
  }

  async function add(e: Event) {
    e.preventDefault();
    const id = hostLikeAuthservId(input);
    if (!id) {
      setNote('An authserv-id looks like a host name, e.g. mx.example.com.');
      return;
    }
    await save([...new Set([...ids, id])]);
    setInput('');
    setNote('Saved.');
  }

  const host = new URL(origin).host;
  return (
    <div class="site-ids" data-testid="site-authserv" data-origin={origin}>
      <h3 class="small">Trusted on {host}</h3>
      {ids.length === 0 ? (
        <p class="muted small">No authserv-id: only HeaderLens’s own checks.</p>
      ) : (
        <ul>
          {ids.map((id) => (
            <li key={id}>
              <span class="mono" data-testid="site-authserv-value">
                {id}
              </span>{' '}
              <button
                type="button"
                aria-label={`Stop trusting ${id} on ${host}`}
                onClick={() => void save(ids.filter((x) => x !== id)).then(() => setNote('Removed.'))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={add}>
        <input
          type="text"
          data-testid="site-authserv-input"
          placeholder="mx.example.org"
          value={input}
          onInput={(e) => setInput(e.currentTarget.value)}
          aria-label={`authserv-id to trust on ${host}`}
        />
        <button type="submit" data-testid="site-authserv-add">
          Trust
        </button>
      </form>
      <p class="small" role="status">
        {note}
      </p>
    </div>
  );
}
