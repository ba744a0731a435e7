import { defineContentScript } from 'wxt/utils/define-content-script';
import { gmailPageValues } from '../../lib/webmail/gmail';
import { servePageValues } from '../../lib/webmail/page-values';

// Gmail, MAIN world: reads GLOBALS[9] (ik) and hands over that one string; nothing else crosses.
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  world: 'MAIN',
  runAt: 'document_idle',
  main() {
    servePageValues(window, gmailPageValues);
  },
});
