// The IP-to-ASN data's metadata, written by scripts/build-ip-data.ts next to the tables. A glob
// import so the options page still builds (with the static attribution) before the data exists.
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

export const STATIC_ATTRIBUTION =
  'IP-to-ASN data: @ip-location-db/asn (RouteViews, DB-IP, NRO), CC BY 4.0. ' +
  'Hosting networks: X4BNet/lists_vpn, Copyright (c) 2024 X4B (Mathew Heard), MIT License.';

export function ipDataMeta(): IpDataMeta | null {
  return Object.values(found)[0] ?? null;
}

/** The attribution as plain text: the metadata may carry an HTML link, which we never render as HTML. */
export function attributionText(meta: IpDataMeta | null): string {
  if (!meta) return STATIC_ATTRIBUTION;
  return meta.attribution.replace(/<a\b[^>]*>([^<]*)<\/a>/gi, '$1').replace(/<[^>]*>/g, '');
}
