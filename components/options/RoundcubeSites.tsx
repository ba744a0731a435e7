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
import { t } from '../../lib/i18n';
import { hostOf } from '../format';
import { type ListItem, ListSettings } from './ListSettings';

export function validateSite(input: string) {
  try {
    const url = new URL(/^https?:\/\//i.test(input) ? input : `https://${input}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
    return { value: url.origin };
  } catch {
    return { error: t('options_roundcube_invalid') };
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
      <h2 id="roundcube-h">{t('options_roundcube_heading')}</h2>
      <p class="muted small">{t('options_roundcube_intro')}</p>
      <ListSettings
        item={roundcubeSitesItem}
        testid="roundcube"
        addLabel={t('options_roundcube_add')}
        placeholder="https://mail.example.org"
        empty={t('options_roundcube_empty')}
        validate={validateSite}
        beforeAdd={(origin) => browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false)}
        afterRemove={async (origin) => {
          await siteIdsItem(origin).setValue([]);
          await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
        }}
      />
      {sites.length > 0 && <p class="muted small">{t('options_roundcube_authserv_intro')}</p>}
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
  return id ? { value: id } : { error: t('options_authserv_invalid') };
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
      <h3 class="small">{t('options_roundcube_trusted_on', { host })}</h3>
      {origin.startsWith('http://') && (
        // Plain http: anyone on the network path can change the page, and so the message source
        // HeaderLens reads there (and the Authentication-Results it would trust).
        <p class="notice small" data-testid="http-site-warning">
          {t('options_roundcube_http_warning', { host })}
        </p>
      )}
      <ListSettings
        item={item}
        testid="site-authserv"
        addLabel={t('options_trust')}
        placeholder="mx.example.org"
        empty={t('options_roundcube_ids_empty')}
        validate={validateAuthservId}
      />
      {everywhere.map((id) => (
        // An id added to the global list before ids could be trusted per site: there it is trusted
        // in Gmail, Outlook and Yahoo too, where a sender can write a header under that name.
        <p class="notice small" key={id} data-testid="global-id-notice" data-id={id}>
          {t('options_roundcube_global_id', { id })}{' '}
          <button type="button" disabled={moving} data-testid="global-id-move" onClick={() => void move(id)}>
            {t('options_roundcube_global_move', { id, host })}
          </button>
        </p>
      ))}
    </div>
  );
}
