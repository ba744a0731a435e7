import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../../lib/ext/messaging';
import { startWebmailContentScript } from '../../lib/webmail/content-main';
import type { WebmailAdapter } from '../../lib/webmail/types';
import { yahooAdapter, yahooStateFromScripts } from '../../lib/webmail/yahoo';

// Yahoo Mail, isolated world. wssid/appId/mailbox id are text in the page's inline state script, so
// the DOM is enough (no MAIN-world script). The raw source lives on apis.mail.yahoo.com, another
// origin: the worker fetches it (fetchYahooRaw, lib/ext/yahoo-fetch.ts).
export default defineContentScript({
  matches: ['https://mail.yahoo.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    let values: Record<string, string> = {};
    const pageValues = () => {
      if (!values.wssid || !values.mailboxId) values = yahooStateFromScripts(document);
      return values;
    };
    const viaWorker: WebmailAdapter = {
      ...yahooAdapter,
      fetchRaw: (ref, env) =>
        sendMessage('fetchYahooRaw', {
          ref,
          pageValues: { ...env.pageValues },
          ...(env.maxBytes !== undefined ? { maxBytes: env.maxBytes } : {}),
        }),
    };
    startWebmailContentScript({ adapter: viaWorker, win: window, signal: ctx.signal, pageValues });
  },
});
