import { render } from 'preact';
import { loadTabState, PopupApp, type PopupStart } from '../../components/PopupApp';
import '../../assets/base.css';
import '../../assets/app.css';

// Read the tab's state (session storage, where the worker keeps it) before rendering anything:
// when it is there within a frame or two (the message is analysed), the first paint is the
// verdict rather than "Checking…" followed by a second render. A slower read still gets the
// spinner promptly.
const FIRST_PAINT_WAIT_MS = 50;
const first = loadTabState();
const quick = new Promise<null>((resolve) => setTimeout(() => resolve(null), FIRST_PAINT_WAIT_MS));
// loadTabState never rejects; the catch only guarantees the page always renders.
void Promise.race<PopupStart | null>([first, quick])
  .catch(() => null)
  .then((initial) => {
    render(<PopupApp first={first} initial={initial} />, document.getElementById('app')!);
  });
