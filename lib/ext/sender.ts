// Who sent a message, as the browser recorded it (runtime.MessageSender): the only facts about a
// sender the worker believes. A content script runs in a renderer the webmail page can compromise;
// it can put anything in a message's payload, but not change the URL, tab or frame the browser
// records for it.

/** The parts of runtime.MessageSender the worker reads. */
export interface BrowserSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/**
 * One of the extension's own pages (popup, options, inspector): its URL is under the extension's
 * origin, and it is no frame inside a web page (an extension page framed by a webmail would have
 * the webmail's tab and a frameId other than 0).
 */
export function isExtensionPage(sender: BrowserSender | undefined, extensionBase: string): boolean {
  // `extensionBase` is runtime.getURL('/'), e.g. chrome-extension://<id>/ (a prefix, because not
  // every URL parser gives these schemes an origin).
  if (!sender?.url || !extensionBase.endsWith('/') || !sender.url.startsWith(extensionBase)) return false;
  if (sender.tab && sender.frameId !== undefined && sender.frameId !== 0) return false;
  return true;
}
