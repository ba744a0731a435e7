import { defineContentScript } from 'wxt/utils/define-content-script';
import { startWebmailContentScript } from '../../lib/webmail/content-main';
import { createOutlookAdapter } from '../../lib/webmail/outlook';

// Outlook on the web: GetItem is same-origin, so the isolated world fetches it with the session.
export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startWebmailContentScript({
      adapter: createOutlookAdapter(location.origin),
      win: window,
      signal: ctx.signal,
    });
  },
});
