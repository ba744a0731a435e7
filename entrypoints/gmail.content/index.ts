import { defineContentScript } from 'wxt/utils/define-content-script';
import { startWebmailContentScript } from '../../lib/webmail/content-main';
import { gmailAdapter } from '../../lib/webmail/gmail';
import { collectPageValues } from '../../lib/webmail/page-values';

// Gmail, isolated world: the MAIN-world sibling (gmail-main.content) hands over only `ik`.
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const values = collectPageValues(window, gmailAdapter.pageValues!, ctx.signal);
    startWebmailContentScript({
      adapter: gmailAdapter,
      win: window,
      signal: ctx.signal,
      pageValues: values.current,
    });
  },
});
