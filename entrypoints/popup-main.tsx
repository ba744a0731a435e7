import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadTabState, PopupApp, type PopupStart } from '../components/PopupApp';
import { uiLanguage } from '../lib/i18n';
import '../assets/base.css';
import '../assets/app.css';

// The popup's script, loaded by public/popup.html. An unlisted script, so WXT builds it as one
// self-contained classic file (/popup-main.js, its CSS /assets/popup-main.css): the popup asks the
// browser for one script instead of a module and its three shared chunks. Each request is a round
// trip to the browser process before anything can run; measured side by side, one file instead of
// four took about 10 ms off the popup's time to the verdict (README, "Popup").

// Read the tab's state (session storage, where the worker keeps it) before rendering anything:
// when it is there within a frame or two (the message is analysed), the first paint is the
// verdict rather than "Checking…" followed by a second render. A slower read still gets the
// spinner promptly.
const FIRST_PAINT_WAIT_MS = 50;

export default defineUnlistedScript(() => {
  document.documentElement.lang = uiLanguage();
  const first = loadTabState();
  const quick = new Promise<null>((resolve) => setTimeout(() => resolve(null), FIRST_PAINT_WAIT_MS));
  // loadTabState never rejects; the catch only guarantees the page always renders.
  void Promise.race<PopupStart | null>([first, quick])
    .catch(() => null)
    .then((initial) => {
      render(<PopupApp first={first} initial={initial} />, document.getElementById('app')!);
    });
});
