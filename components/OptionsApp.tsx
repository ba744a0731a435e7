import { browser } from 'wxt/browser';
import { approvedServersItem, extraAuthservIdsItem, roundcubeSitesItem } from '../lib/ext/settings';
import { CloudFeeds } from './options/CloudFeeds';
import { DnsSettings } from './options/DnsSettings';
import { attributionText, ipDataMeta } from './options/ip-data';
import { ListSettings } from './options/ListSettings';
import { ToggleSettings } from './options/ToggleSettings';

function validateAuthservId(input: string) {
  // RFC 8601 §2.5: the authserv-id is normally the receiving host's domain name.
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(input)
    ? { value: input.toLowerCase() }
    : { error: 'An authserv-id looks like a host name, e.g. mx.example.com.' };
}

function validateSite(input: string) {
  try {
    const url = new URL(/^https?:\/\//i.test(input) ? input : `https://${input}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
    return { value: url.origin };
  } catch {
    return { error: 'Enter the address of your Roundcube, e.g. https://mail.example.org' };
  }
}

/** Settings page: every choice is stored locally (never synced) and read by the worker per message. */
export function OptionsApp() {
  const meta = ipDataMeta();
  const version =
    typeof browser.runtime?.getManifest === 'function' ? browser.runtime.getManifest().version : '';
  return (
    <main class="options">
      <h1>HeaderLens options</h1>
      <DnsSettings />
      <section aria-labelledby="approved-h">
        <h2 id="approved-h">Approved servers</h2>
        <p class="muted small">
          Servers at hosting companies you recognise (“Approve this server” in the popup) are not flagged.
        </p>
        <ListSettings item={approvedServersItem} testid="approved" empty="No approved servers." />
      </section>
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
            await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
          }}
        />
      </section>
      <ToggleSettings />
      <section aria-labelledby="advanced-h">
        <details>
          <summary>
            <h2 id="advanced-h" style={{ display: 'inline' }}>
              Advanced: trusted authserv-ids
            </h2>
          </summary>
          <p class="muted small">
            HeaderLens trusts only the Authentication-Results your own provider adds. The webmail pages supply
            its names; add others here (e.g. your company’s mail gateway).
          </p>
          <ListSettings
            item={extraAuthservIdsItem}
            testid="authserv"
            addLabel="Trust"
            placeholder="mx.example.com"
            empty="None besides your webmail’s own."
            validate={validateAuthservId}
          />
        </details>
      </section>
      <section aria-labelledby="about-h">
        <h2 id="about-h">About</h2>
        <p data-testid="about-version">HeaderLens {version}</p>
        <CloudFeeds />
        <p class="small" data-testid="ip-attribution">
          {attributionText(meta)}
        </p>
        {meta && (
          <p class="muted small" data-testid="ip-data-version">
            IP data {meta.source} {meta.sourceVersion}, built {meta.generated}.
          </p>
        )}
        <p class="small">
          IP Geolocation by{' '}
          <a href="https://db-ip.com" target="_blank" rel="noreferrer">
            DB-IP
          </a>
        </p>
      </section>
    </main>
  );
}
