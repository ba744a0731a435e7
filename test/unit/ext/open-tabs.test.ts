// Starting content scripts in tabs already open: the manifest's after install/update, with the
// world and frames each one declares. fake-browser has no scripting API: a recorder stands in.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  startInOpenTabs,
  startManifestScriptsInOpenTabs,
  startRegisteredScriptsInOpenTabs,
  watchInstalls,
} from '../../../lib/ext/open-tabs';

interface Call {
  tabId: number;
  allFrames: boolean;
  files: string[];
  world: string;
}
let calls: Call[];
let tabs: Array<{ id?: number; url: string }>;
let refusing: Set<number>;

beforeEach(() => {
  fakeBrowser.reset();
  calls = [];
  refusing = new Set();
  tabs = [
    { id: 1, url: 'https://mail.google.com/mail/u/0/#inbox' },
    { id: 2, url: 'https://outlook.office.com/mail/inbox' },
    { id: 3, url: 'https://example.com/' },
    { id: 4, url: 'https://mail.google.com/mail/u/1/#inbox' },
    { url: 'https://mail.yahoo.com/d/folders/1' }, // no id (devtools-like): skipped
    { id: 5, url: 'https://mail.example.org/?_task=mail' },
  ];
  Object.assign(fakeBrowser, {
    scripting: {
      executeScript: async (inj: {
        target: { tabId: number; allFrames: boolean };
        files: string[];
        world: string;
      }) => {
        if (refusing.has(inj.target.tabId)) throw new Error('Cannot access contents of the page');
        calls.push({
          tabId: inj.target.tabId,
          allFrames: inj.target.allFrames,
          files: inj.files,
          world: inj.world,
        });
        return [];
      },
      // The Roundcube registration, as lib/ext/roundcube-registration.ts writes it.
      getRegisteredContentScripts: async () => [
        {
          id: 'headerlens-roundcube',
          matches: ['https://mail.example.org/*'],
          js: ['content-scripts/roundcube.js'],
          allFrames: true,
        },
      ],
    },
  });
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (q: { url?: string[] }) =>
    tabs.filter((t) =>
      (q.url ?? []).some((p) => t.url.startsWith(p.slice(0, -1))),
    )) as unknown as typeof fakeBrowser.tabs.query);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'HeaderLens',
    version: '0.1.0',
    content_scripts: [
      { matches: ['https://mail.google.com/*'], js: ['content-scripts/gmail-main.js'], world: 'MAIN' },
      { matches: ['https://mail.google.com/*'], js: ['content-scripts/gmail.js'] },
      {
        matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*'],
        js: ['content-scripts/outlook.js'],
        all_frames: true,
      },
      { matches: ['https://mail.yahoo.com/*'], js: ['content-scripts/yahoo.js'] },
    ],
  } as unknown as ReturnType<typeof fakeBrowser.runtime.getManifest>);
});

describe('starting content scripts in open tabs', () => {
  it('runs each manifest script in the open tabs it matches, in its own world and frames', async () => {
    refusing.add(4); // e.g. Gmail's error page: skipped, the others go on
    expect(await startManifestScriptsInOpenTabs()).toEqual([1, 2]);
    expect(calls).toEqual([
      { tabId: 1, allFrames: false, files: ['/content-scripts/gmail-main.js'], world: 'MAIN' },
      { tabId: 1, allFrames: false, files: ['/content-scripts/gmail.js'], world: 'ISOLATED' },
      { tabId: 2, allFrames: true, files: ['/content-scripts/outlook.js'], world: 'ISOLATED' },
    ]);
  });

  it('does nothing without patterns or files, and survives a failing tab query', async () => {
    expect(await startInOpenTabs({ matches: [], js: ['a.js'] })).toEqual([]);
    expect(await startInOpenTabs({ matches: ['https://mail.google.com/*'], js: [] })).toEqual([]);
    vi.spyOn(fakeBrowser.tabs, 'query').mockRejectedValue(new Error('no tabs API'));
    expect(await startInOpenTabs({ matches: ['https://mail.google.com/*'], js: ['a.js'] })).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('runs the registered (Roundcube) scripts in their open tabs too, in all frames', async () => {
    expect(await startRegisteredScriptsInOpenTabs()).toEqual([5]);
    expect(calls).toEqual([
      { tabId: 5, allFrames: true, files: ['/content-scripts/roundcube.js'], world: 'ISOLATED' },
    ]);
  });

  it('starts them after an install or an update, not after a browser update', async () => {
    const stop = watchInstalls();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' } as never);
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toEqual([]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' } as never);
    // Gmail tabs 1 and 4 (two scripts each), the Outlook tab, and the Roundcube tab.
    await expect.poll(() => calls.length).toBe(6);
    expect(calls.at(-1)?.tabId).toBe(5);
    stop();
    calls = [];
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toEqual([]);
  });
});
