// A webmail page built from a saved fixture in happy-dom: the page's own scripts never run and
// nothing (scripts, stylesheets) is loaded, so a fixture behaves like the DOM a content script
// meets, without touching the network.
import { Window } from 'happy-dom';

export function fixtureWindow(html: string, url: string): Window {
  const win = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  win.document.write(html);
  return win;
}
