// Which webmail a content script speaks for, and what that site's mail is judged by (trusted
// authserv-ids, the provider's own networks), derived from the URL the browser recorded for the
// sending frame and from the user's stored settings — never from the message payload. A
// compromised webmail renderer can claim to be Yahoo; it cannot make its frame's URL Yahoo's.
import { createGmailAdapter } from '../webmail/gmail';
import { createOutlookAdapter } from '../webmail/outlook';
import type { WebmailAdapter } from '../webmail/types';
import { yahooAdapter } from '../webmail/yahoo';
import type { MessageSource, WebmailSite } from './messaging';
import type { WorkerSettings } from './worker-settings';
import { senderOrigin } from './worker-state';

/** The hosted webmails, by the exact origins their content scripts run on (wxt entrypoints). */
const HOSTED: Record<string, WebmailAdapter> = {
  'https://mail.google.com': createGmailAdapter(),
  'https://outlook.live.com': createOutlookAdapter('https://outlook.live.com'),
  'https://outlook.office.com': createOutlookAdapter('https://outlook.office.com'),
  'https://outlook.office365.com': createOutlookAdapter('https://outlook.office365.com'),
  'https://mail.yahoo.com': yahooAdapter,
};

export interface SiteFacts {
  site: WebmailSite;
  origin: string;
  trustedAuthservIds: string[];
  receiverNetworks?: string[];
}

/**
 * The site a frame URL belongs to, or null when it is no webmail HeaderLens reads there (a
 * Roundcube origin counts only while the user has it enabled).
 */
export function siteOfUrl(
  frameUrl: string | undefined,
  settings: Pick<WorkerSettings, 'roundcubeSites'>,
): SiteFacts | null {
  const origin = senderOrigin(frameUrl);
  if (!origin) return null;
  const hosted = Object.hasOwn(HOSTED, origin) ? HOSTED[origin] : undefined;
  if (hosted) {
    return {
      site: hosted.site,
      origin,
      trustedAuthservIds: [...hosted.trustedAuthservIds],
      ...(hosted.receiverNetworks ? { receiverNetworks: [...hosted.receiverNetworks] } : {}),
    };
  }
  // Roundcube: the site's own ids come from the per-site settings (worker-analyze.ts), by origin.
  if (settings.roundcubeSites.includes(origin)) return { site: 'roundcube', origin, trustedAuthservIds: [] };
  return null;
}

/**
 * The source the worker analyses for a content script's message: the webmail's message id and
 * whether its copy is byte-exact come from the script; everything that decides trust comes from
 * the sender's frame URL. Null when that frame is no enabled webmail, or claims another site.
 */
export function sourceFromSender(
  sent: Pick<MessageSource, 'site' | 'messageId' | 'byteExact' | 'messageBytes' | 'latin1'>,
  frameUrl: string | undefined,
  settings: Pick<WorkerSettings, 'roundcubeSites'>,
): MessageSource | null {
  const facts = siteOfUrl(frameUrl, settings);
  if (!facts || facts.site !== sent.site || typeof sent.messageId !== 'string') return null;
  return {
    site: facts.site,
    messageId: sent.messageId,
    byteExact: sent.byteExact === true,
    ...(sent.latin1 === true ? { latin1: true } : {}),
    ...(typeof sent.messageBytes === 'number' &&
    Number.isSafeInteger(sent.messageBytes) &&
    sent.messageBytes > 0
      ? { messageBytes: sent.messageBytes }
      : {}),
    trustedAuthservIds: facts.trustedAuthservIds,
    ...(facts.receiverNetworks ? { receiverNetworks: facts.receiverNetworks } : {}),
    origin: facts.origin,
  };
}
