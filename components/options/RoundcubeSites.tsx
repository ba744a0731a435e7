import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { globalIdsOfSite, hostLikeAuthservId } from '../../lib/auth/site-trust';
import {
  extraAuthservIdsItem,
  moveIdToSite,
  roundcubeAuthservIdsItem,
  roundcubeSitesItem,
  setSiteIds,
  siteIdsIn,
} from '../../lib/ext/settings';
import { hostOf } from '../format';
import { type ListItem, ListSettings } from './ListSettings';

export function validateSite(input: string) {
  try {
    const url = new URL(/^https?:\/\//i.test(input) ? input : `https://${input}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
    return { value: url.origin };
  } catch {
    return { error: 'Enter the address of your Roundcube, e.g. https://mail.example.org' };
  }
}

/** Roundcube sites the user enabled, and for each the authserv-ids its own mail server writes. */
export function RoundcubeSites() {
  const [sites, setSites] = useState<string[]>([]);
  const [globalIds, setGlobalIds] = useState<string[]>([]);
  useEffect(() => {
    void roundcubeSitesItem.getValue().then(setSites);
    return roundcubeSitesItem.watch((v) => setSites(v ?? []));
  }, []);
  // The advanced list, trusted on every webmail: read once for all the sites below.
  useEffect(() => {
    void extraAuthservIdsItem.getValue().then(setGlobalIds);
    return extraAuthservIdsItem.watch((v) => setGlobalIds(v ?? []));
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
          await siteIdsItem(origin).setValue([]);
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
        <SiteAuthservIds key={origin} origin={origin} everywhere={globalIdsOfSite(globalIds, origin)} />
      ))}
    </section>
  );
}

/** One site's entry of roundcubeAuthservIdsItem, as a list ListSettings can edit. */
function siteIdsItem(origin: string): ListItem {
  return {
    getValue: async () => siteIdsIn(await roundcubeAuthservIdsItem.getValue(), origin),
    setValue: (ids) => setSiteIds(origin, ids),
    watch: (onChange) => roundcubeAuthservIdsItem.watch((all) => onChange(siteIdsIn(all, origin))),
  };
}

export function validateAuthservId(input: string) {
  // RFC 8601 §2.5: the authserv-id is normally the receiving host's domain name.
  const id = hostLikeAuthservId(input);
  return id ? { value: id } : { error: 'An authserv-id looks like a host name, e.g. mx.example.com.' };
}

/** `everywhere`: ids of this site's organisation that are in the list trusted on every webmail. */
function SiteAuthservIds({ origin, everywhere }: { origin: string; everywhere: string[] }) {
  const item = useMemo(() => siteIdsItem(origin), [origin]);
  const [moving, setMoving] = useState(false);
  const host = hostOf(origin);
  async function move(id: string) {
    setMoving(true);
    try {
      await moveIdToSite(id, origin);
    } finally {
      setMoving(false);
    }
  }
  return (
    <div class="site-ids" data-origin={origin} data-testid="site-authserv-block">
      <h3 class="small">Trusted on {host}</h3>
      {origin.startsWith('http://') && (
        // Plain http: anyone on the network path can change the page, and so the message source
        // HeaderLens reads there (and the Authentication-Results it would trust).
        <p class="notice small" data-testid="http-site-warning">
          {host} is reached over plain http: anyone on the network between you and it can change the mail
          HeaderLens checks there. Use https if the server offers it.
        </p>
      )}
      <ListSettings
        item={item}
        testid="site-authserv"
        addLabel="Trust"
        placeholder="mx.example.org"
        empty="No authserv-id: only HeaderLens’s own checks."
        validate={validateAuthservId}
      />
      {everywhere.map((id) => (
        // An id added to the global list before ids could be trusted per site: there it is trusted
        // in Gmail, Outlook and Yahoo too, where a sender can write a header under that name.
        <p class="notice small" key={id} data-testid="global-id-notice" data-id={id}>
          {id} looks like this server’s name, and it is in the advanced list, trusted on every webmail: there
          a sender can write Authentication-Results under that name.{' '}
          <button type="button" disabled={moving} data-testid="global-id-move" onClick={() => void move(id)}>
            Trust {id} on {host} only
          </button>
        </p>
      ))}
    </div>
  );
}
