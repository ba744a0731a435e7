import { browser } from 'wxt/browser';
import { extraAuthservIdsItem } from '../lib/ext/settings';
import { ApprovedServers } from './options/ApprovedServers';
import { CloudFeeds } from './options/CloudFeeds';
import { DnsSettings } from './options/DnsSettings';
import { attributionText, ipDataMeta } from './options/ip-data';
import { ListSettings } from './options/ListSettings';
import { RoundcubeSites, validateAuthservId } from './options/RoundcubeSites';
import { SenderMemory } from './options/SenderMemory';
import { ToggleSettings } from './options/ToggleSettings';
import { TrustedGateways } from './options/TrustedGateways';

/** Settings page: every choice is stored locally (never synced) and read by the worker per message. */
export function OptionsApp() {
  const meta = ipDataMeta();
  const version =
    typeof browser.runtime?.getManifest === 'function' ? browser.runtime.getManifest().version : '';
  return (
    <main class="options">
      <h1>HeaderLens options</h1>
      <DnsSettings />
      <ApprovedServers />
      <RoundcubeSites />
      <TrustedGateways />
      <ToggleSettings />
      <SenderMemory />
      <section aria-labelledby="advanced-h">
        <details>
          <summary>
            <h2 id="advanced-h" style={{ display: 'inline' }}>
              Advanced: trusted authserv-ids
            </h2>
          </summary>
          <p class="muted small">
            HeaderLens trusts only the Authentication-Results your own provider adds. The webmail pages supply
            its names; add others here (e.g. your company’s mail gateway). These are trusted on every webmail;
            a Roundcube server’s name belongs under its site above.
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
