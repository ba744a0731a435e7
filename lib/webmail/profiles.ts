// One profile per webmail: what HeaderLens must know about the provider that delivered a message
// to read it right. The extension's adapters (lib/webmail/<site>.ts), the worker
// (lib/ext/worker-analyze.ts), the CLI (`--webmail`) and the inspector all read these objects, and
// the engine applies them (lib/analyze.ts, AnalyzeOptions.webmail). Pure data and pure functions.
import { EXCHANGE_ONLINE_INTERNAL_NETWORKS } from '../message/origin-exchange';

export {
  EXCHANGE_ONLINE_INTERNAL_NETWORKS,
  EXCHANGE_ONLINE_PUBLIC_NETWORKS,
} from '../message/origin-exchange';

import type { WebmailProfileName } from '../types';

export type { WebmailProfileName } from '../types';
/** What a caller may ask for: a profile, `auto` (detect from the headers) or `none`. */
export type WebmailChoice = WebmailProfileName | 'auto' | 'none';

export const WEBMAIL_PROFILE_NAMES: readonly WebmailProfileName[] = ['gmail', 'outlook', 'yahoo'];

/** How the origin walk finds the hop where the message entered the provider (lib/message/origin.ts). */
export type EntryRule =
  /** Gmail, Yahoo: the provider's topmost hop with a public sending IP is the entry. */
  | 'single-entry-hop'
  /**
   * Exchange Online: down over Microsoft's internal hops to the first hop received by an EOP
   * inbound frontend (`*.mail.protection.outlook.com`); its sending IP is the origin, even when it
   * is one of Microsoft's own outbound addresses (mail from another tenant or outlook.com).
   */
  | 'exchange-online';

export interface WebmailProfile {
  name: WebmailProfileName;
  /** For user-facing text: "Read as delivered by Outlook". */
  displayName: string;
  /** authserv-ids of the provider's own Authentication-Results (RFC 8601 §5: trust only your own). */
  trustedAuthservIds: readonly string[];
  /**
   * The provider's networks that no sender can use (CIDR): hops from them are internal. Never its
   * outbound ranges: those are where every other customer of the same provider sends from.
   */
  receiverNetworks: readonly string[];
  entryRule: EntryRule;
  /** The provider writes one Authentication-Results header per delivery (lib/auth/authresults.ts). */
  oneHeader: boolean;
  /**
   * How the copies the user can get of a message are encoded. `fetched`: what the extension's
   * adapter fetches (byte-exact unless the bytes are not UTF-8, which the adapter reports);
   * `viewSource`: the text of the webmail's "show original" view, pasted into the inspector
   * (`reencoded`: treat as not byte-exact, `--not-byte-exact`, so only DKIM becomes unreliable).
   */
  copies: { fetched: 'exact-if-utf8'; viewSource: 'exact' | 'reencoded' | 'unknown' };
}

export const WEBMAIL_PROFILES: Readonly<Record<WebmailProfileName, WebmailProfile>> = {
  gmail: {
    name: 'gmail',
    displayName: 'Gmail',
    // Gmail's receivers stamp Authentication-Results with this authserv-id.
    trustedAuthservIds: ['mx.google.com'],
    receiverNetworks: [],
    entryRule: 'single-entry-hop',
    oneHeader: true,
    // "Show original" is an HTML page: its text is re-rendered (lib/webmail/gmail.ts reads it as
    // not byte-exact too); "Download original" gives the bytes.
    copies: { fetched: 'exact-if-utf8', viewSource: 'reencoded' },
  },
  outlook: {
    name: 'outlook',
    displayName: 'Outlook',
    // EOP writes `Authentication-Results: spf=pass (sender IP is …) …` with NO authserv-id (or the
    // recipient tenant's domain after the first result), and names itself only in
    // ARC-Authentication-Results (`mx.microsoft.com 1`), which the engine never mixes in. Listing
    // an id EOP does not write would let a sender's forged header with that id be trusted.
    trustedAuthservIds: [],
    receiverNetworks: [...EXCHANGE_ONLINE_INTERNAL_NETWORKS],
    entryRule: 'exchange-online',
    oneHeader: false,
    // Not confirmed from public material: whether OWA's "View message source" keeps the bytes.
    copies: { fetched: 'exact-if-utf8', viewSource: 'unknown' },
  },
  yahoo: {
    name: 'yahoo',
    displayName: 'Yahoo Mail',
    // Every Yahoo cluster writes its own id (atlas…omega.yahoo.com, atlas….mail.….yahoo.com): the
    // engine matches `*.yahoo.com` at a label boundary, so an unlisted cluster is never skipped.
    trustedAuthservIds: ['*.yahoo.com'],
    receiverNetworks: [],
    entryRule: 'single-entry-hop',
    oneHeader: true,
    copies: { fetched: 'exact-if-utf8', viewSource: 'unknown' },
  },
};

export function isWebmailChoice(v: string): v is WebmailChoice {
  return v === 'auto' || v === 'none' || (WEBMAIL_PROFILE_NAMES as readonly string[]).includes(v);
}

/** The profile for an extension site ('roundcube' and the inspector have none of their own). */
export function profileForSite(site: string): WebmailProfileName | null {
  return (WEBMAIL_PROFILE_NAMES as readonly string[]).includes(site) ? (site as WebmailProfileName) : null;
}
