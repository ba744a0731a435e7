import { defineContentScript } from 'wxt/utils/define-content-script';
import { startWebmailContentScript } from '../../lib/webmail/content-main';
import { createRoundcubeAdapter } from '../../lib/webmail/roundcube';

// Registered at run time (lib/ext/roundcube-registration.ts) for the Roundcube origins the user
// enabled and granted, with allFrames: the preview pane is an iframe (#messagecontframe).
export default defineContentScript({
  registration: 'runtime',
  allFrames: true,
  main(ctx) {
    startWebmailContentScript({
      adapter: createRoundcubeAdapter({ origin: location.origin }),
      win: window,
      signal: ctx.signal,
    });
  },
});
