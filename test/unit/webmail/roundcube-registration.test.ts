// Registration of the Roundcube content script for the sites the user enabled AND granted: the
// fake browser has no `scripting` API, so a small in-memory one stands in for Chrome's.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  originPattern,
  ROUNDCUBE_SCRIPT_FILE,
  ROUNDCUBE_SCRIPT_ID,
  syncRoundcubeRegistration,
  watchRoundcubeSites,
} from '../../../lib/ext/roundcube-registration';
import { roundcubeSitesItem } from '../../../lib/ext/settings';

interface Script {
  id: string;
  matches?: string[];
  js?: string[];
  allFrames?: boolean;
}

let registered: Map<string, Script>;
let granted: Set<string>;
const calls: string[] = [];
let onAdded: Array<() => void> = [];
/** Open tabs (id → URL) and the injections made into them. */
let openTabs: Map<number, string>;
let injected: Array<{ tabId: number; allFrames?: boolean; files: string[] }>;
let failingTabs: Set<number>;

/** Chrome's match: `scheme://host/*` against a tab URL (all the registration ever asks). */
function matches(pattern: string, url: string): boolean {
  return url.startsWith(pattern.slice(0, -1));
}

beforeEach(() => {
  fakeBrowser.reset();
  registered = new Map();
  granted = new Set();
  calls.length = 0;
  const scripting = {
    getRegisteredContentScripts: async (filter?: { ids?: string[] }) =>
      [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
    registerContentScripts: async (scripts: Script[]) => {
      calls.push('register');
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    },
    updateContentScripts: async (scripts: Script[]) => {
      calls.push('update');
      for (const s of scripts) registered.set(s.id, { ...registered.get(s.id)!, ...s });
    },
    unregisterContentScripts: async (filter: { ids: string[] }) => {
      calls.push('unregister');
      for (const id of filter.ids) registered.delete(id);
    },
  };
  openTabs = new Map();
  injected = [];
  failingTabs = new Set();
  Object.assign(scripting, {
    executeScript: async (inj: { target: { tabId: number; allFrames?: boolean }; files: string[] }) => {
      if (failingTabs.has(inj.target.tabId)) throw new Error('Cannot access contents of the page');
      injected.push({ tabId: inj.target.tabId, allFrames: inj.target.allFrames, files: inj.files });
      return [];
    },
  });
  Object.assign(fakeBrowser, { scripting });
  Object.assign(fakeBrowser.tabs, {
    query: async (q: { url?: string[] }) =>
      [...openTabs]
        .filter(([, url]) => (q.url ?? []).some((p) => matches(p, url)))
        .map(([id, url]) => ({ id, url })),
  });
  const event = (listeners: Array<() => void>) => ({
    addListener: (fn: () => void) => void listeners.push(fn),
    removeListener: (fn: () => void) => void listeners.splice(listeners.indexOf(fn), 1),
  });
  onAdded = [];
  Object.assign(fakeBrowser.permissions, {
    contains: async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => granted.has(o)),
    onAdded: event(onAdded),
    onRemoved: event([]),
  });
});

describe('origin patterns', () => {
  it('turns a site address into a match pattern for its origin only', () => {
    expect(originPattern('https://mail.example.org')).toBe('https://mail.example.org/*');
    expect(originPattern('https://mail.example.org/roundcube/?_task=mail')).toBe(
      'https://mail.example.org/*',
    );
    expect(originPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/*');
    for (const bad of [
      '',
      'mail.example.org',
      'ftp://mail.example.org',
      'javascript:alert(1)',
      'file:///etc',
    ]) {
      expect(originPattern(bad)).toBeNull();
    }
  });
});

describe('registering the Roundcube content script', () => {
  it('covers only enabled sites whose permission is granted, in all frames', async () => {
    granted.add('https://mail.example.org/*');
    const r = await syncRoundcubeRegistration([
      'https://mail.example.org',
      'https://other.example',
      'nonsense',
    ]);
    expect(r).toEqual({
      registered: ['https://mail.example.org/*'],
      notGranted: ['https://other.example/*'],
      injectedTabs: [],
    });
    expect(registered.get(ROUNDCUBE_SCRIPT_ID)).toMatchObject({
      matches: ['https://mail.example.org/*'],
      js: [ROUNDCUBE_SCRIPT_FILE],
      allFrames: true,
    });
  });

  it('updates the one registration when sites change, and removes it when none is left', async () => {
    granted.add('https://a.example/*').add('https://b.example/*');
    await syncRoundcubeRegistration(['https://a.example']);
    await syncRoundcubeRegistration(['https://a.example', 'https://b.example']);
    expect(registered.get(ROUNDCUBE_SCRIPT_ID)?.matches).toEqual([
      'https://a.example/*',
      'https://b.example/*',
    ]);
    granted.clear(); // the user revoked the permissions in the browser
    await syncRoundcubeRegistration(['https://a.example', 'https://b.example']);
    expect(registered.size).toBe(0);
    expect(calls).toEqual(['register', 'update', 'unregister']);
  });

  it('follows the stored site list (what the options page writes)', async () => {
    granted.add('https://mail.example.org/*');
    const stop = watchRoundcubeSites();
    await roundcubeSitesItem.setValue(['https://mail.example.org']);
    await expect
      .poll(() => registered.get(ROUNDCUBE_SCRIPT_ID)?.matches)
      .toEqual(['https://mail.example.org/*']);
    await roundcubeSitesItem.setValue([]);
    await expect.poll(() => registered.size).toBe(0);
    // A site stored before its permission was granted is registered once the grant arrives.
    await roundcubeSitesItem.setValue(['https://late.example']);
    await new Promise((r) => setTimeout(r, 30));
    expect(registered.size).toBe(0);
    granted.add('https://late.example/*');
    for (const fn of onAdded) fn();
    await expect.poll(() => registered.get(ROUNDCUBE_SCRIPT_ID)?.matches).toEqual(['https://late.example/*']);
    stop();
    expect(onAdded).toHaveLength(0);
  });

  it('checks the registration at browser start and install, not whenever the worker wakes', async () => {
    granted.add('https://mail.example.org/*');
    await roundcubeSitesItem.setValue(['https://mail.example.org']);
    const stop = watchRoundcubeSites();
    // A wake: the registration persists in the browser, nothing is asked of it.
    await new Promise((r) => setTimeout(r, 30));
    expect(calls).toEqual([]);
    await fakeBrowser.runtime.onStartup.trigger();
    await expect
      .poll(() => registered.get(ROUNDCUBE_SCRIPT_ID)?.matches)
      .toEqual(['https://mail.example.org/*']);
    registered.clear();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await expect
      .poll(() => registered.get(ROUNDCUBE_SCRIPT_ID)?.matches)
      .toEqual(['https://mail.example.org/*']);
    stop();
  });

  it('starts in the open tabs of a newly covered site, once, in every frame', async () => {
    granted.add('https://a.example/*').add('https://b.example/*');
    openTabs.set(1, 'https://a.example/?_task=mail&_mbox=INBOX');
    openTabs.set(2, 'https://b.example/roundcube/?_task=mail');
    openTabs.set(3, 'https://mail.google.com/mail/u/0/');
    openTabs.set(4, 'https://b.example/?_task=mail&_action=show&_uid=9');
    failingTabs.add(4); // e.g. an error page: skipped, not fatal
    const first = await syncRoundcubeRegistration(['https://a.example']);
    expect(first.injectedTabs).toEqual([1]);
    expect(injected).toEqual([{ tabId: 1, allFrames: true, files: [`/${ROUNDCUBE_SCRIPT_FILE}`] }]);
    // Adding a second site starts only there; the first site's tabs already run the script.
    const second = await syncRoundcubeRegistration(['https://a.example', 'https://b.example']);
    expect(second.injectedTabs).toEqual([2]);
    // Nothing new covered (a worker restart, a permission event): no injection at all.
    const again = await syncRoundcubeRegistration(['https://a.example', 'https://b.example']);
    expect(again.injectedTabs).toEqual([]);
    expect(injected.map((i) => i.tabId)).toEqual([1, 2]);
  });
});
