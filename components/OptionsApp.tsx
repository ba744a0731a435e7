import { browser } from 'wxt/browser';
import { hostKey } from '../lib/dns/name';
import { extraAuthservIdsItem, natAddressesItem, organisationDomainsItem } from '../lib/ext/settings';
import { t } from '../lib/i18n';
import { parseCidr } from '../lib/message/ip';
import { ApprovedServers } from './options/ApprovedServers';
import { CloudFeeds } from './options/CloudFeeds';
import { DnsSettings } from './options/DnsSettings';
import { attributionLang, attributionText, ipDataMeta } from './options/ip-data';
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
      <h1>{t('options_title')}</h1>
      <DnsSettings />
      <ApprovedServers />
      <RoundcubeSites />
      <TrustedGateways />
      <section aria-labelledby="organisation-h">
        <h2 id="organisation-h">{t('options_organisation_heading')}</h2>
        <p class="muted small">{t('options_organisation_intro')}</p>
        <ListSettings
          item={organisationDomainsItem}
          testid="organisation-domains"
          addLabel={t('options_organisation_add')}
          inputLabel={t('options_organisation_heading')}
          placeholder="example.com"
          empty={t('options_organisation_empty')}
          validate={validateOrganisationDomain}
        />
      </section>
      <ToggleSettings />
      <SenderMemory />
      <section aria-labelledby="advanced-h">
        <details>
          <summary>
            <h2 id="advanced-h" style={{ display: 'inline' }}>
              {t('options_advanced_heading')}
            </h2>
          </summary>
          <p class="muted small">{t('options_advanced_intro')}</p>
          <ListSettings
            item={extraAuthservIdsItem}
            testid="authserv"
            addLabel={t('options_trust')}
            placeholder="mx.example.com"
            empty={t('options_advanced_empty')}
            validate={validateAuthservId}
          />
          <h3 id="nat-h" class="small">
            {t('options_nat_heading')}
          </h3>
          <p class="muted small">{t('options_nat_intro')}</p>
          <ListSettings
            item={natAddressesItem}
            testid="nat-addresses"
            addLabel={t('options_nat_add')}
            inputLabel={t('options_nat_heading')}
            placeholder="172.17.0.1"
            empty={t('options_nat_empty')}
            validate={validateNatAddress}
          />
        </details>
      </section>
      <section aria-labelledby="about-h">
        <h2 id="about-h">{t('options_about_heading')}</h2>
        <p data-testid="about-version">HeaderLens {version}</p>
        <CloudFeeds />
        <p class="small" data-testid="ip-attribution">
          {t('options_attribution_intro')} <span lang={attributionLang(meta)}>{attributionText(meta)}</span>
        </p>
        {meta && (
          <p class="muted small" data-testid="ip-data-version">
            {t('options_ip_data_version', {
              source: meta.source,
              version: meta.sourceVersion,
              date: meta.generated,
            })}
          </p>
        )}
        <p class="small">
          {t('options_ip_geolocation_by')}{' '}
          <a href="https://db-ip.com" target="_blank" rel="noreferrer">
            DB-IP
          </a>
        </p>
      </section>
    </main>
  );
}

/** A domain of one's own organisation, typed as a domain or as one's own address. */
export function validateOrganisationDomain(input: string) {
  const text = input.trim();
  const host = hostKey(text.includes('@') ? text.slice(text.lastIndexOf('@') + 1) : text);
  return host?.includes('.') ? { value: host } : { error: t('options_organisation_invalid') };
}

/** An IP address or CIDR range, as the CLI's `--nat-address` takes it. */
export function validateNatAddress(input: string) {
  return parseCidr(input) ? { value: input } : { error: t('options_nat_invalid') };
}
