// The IP-to-ASN data's metadata, written by scripts/build-ip-data.ts next to the tables. A glob
// import so the options page still builds (with the static attribution) before the data exists.
import { t } from '../../lib/i18n';

export interface IpDataMeta {
  source: string;
  sourceVersion: string;
  generated: string;
  attribution: string;
}

const found = import.meta.glob<IpDataMeta>('../../assets/ip/asn-meta.json', {
  eager: true,
  import: 'default',
});

/** The short attribution shown before the data is built, in the reader's language. */
export function staticAttribution(): string {
  return t('options_attribution_static');
}

export function ipDataMeta(): IpDataMeta | null {
  return Object.values(found)[0] ?? null;
}

/**
 * The attribution as plain text: the metadata may carry an HTML link, which we never render as HTML.
 * The metadata's notice is shown as scripts/build-ip-data.ts wrote it, in English (the licence
 * notice as the sources word it; attributionLang() marks it); the frame around it is localised.
 */
export function attributionText(meta: IpDataMeta | null): string {
  if (!meta) return staticAttribution();
  return meta.attribution.replace(/<a\b[^>]*>([^<]*)<\/a>/gi, '$1').replace(/<[^>]*>/g, '');
}

/** The language of attributionText(): English for the metadata's notice, the page's otherwise. */
export function attributionLang(meta: IpDataMeta | null): 'en' | undefined {
  return meta ? 'en' : undefined;
}
