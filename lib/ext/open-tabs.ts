// Content scripts reach only pages loaded after they are declared: the manifest's after an install
// or update, a Roundcube registration after the user enables the site. Webmail tabs are open for
// hours, so the worker starts the scripts in the tabs already open instead of waiting for a reload.
// A page that ends up with two copies (it was loading at that moment; or an update left the old,
// disconnected copy behind) is fine: WXT's content-script context stops the older copy when the
// newer one starts, and badges are replaced, never duplicated.
import { browser } from 'wxt/browser';

export interface Injection {
  /** Match patterns of the tabs to start in. */
  matches: string[];
  /** Script files, as in the manifest (relative to the extension root). */
  js: string[];
  allFrames?: boolean;
  world?: 'ISOLATED' | 'MAIN';
}

/** Starts `injection` in every open tab it matches; returns the tabs it started in. Never throws. */
export async function startInOpenTabs(injection: Injection): Promise<number[]> {
  if (injection.matches.length === 0 || injection.js.length === 0) return [];
  const tabs = await browser.tabs.query({ url: injection.matches }).catch(() => []);
  // The manifest names files relative to the root; the scripting API's typing wants the public path.
  type Files = NonNullable<Parameters<typeof browser.scripting.executeScript>[0]['files']>;
  const files = injection.js.map((f) => `/${f.replace(/^\/+/, '')}`) as Files;
  const done: number[] = [];
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    try {
      await browser.scripting.executeScript({
        target: { tabId: tab.id, allFrames: injection.allFrames ?? false },
        files,
        world: injection.world ?? 'ISOLATED',
      });
      done.push(tab.id);
    } catch (err) {
      // Closed meanwhile, an error page, a frame the grant does not reach: it gets the script when
      // it next loads.
      console.warn('HeaderLens: could not start in an open tab', err);
    }
  }
  return done;
}

/** Starts each injection in turn; returns every tab any of them started in. */
async function startEachInOpenTabs(injections: Injection[]): Promise<number[]> {
  const started = new Set<number>();
  for (const injection of injections) for (const id of await startInOpenTabs(injection)) started.add(id);
  return [...started];
}

const worldOf = (world: string | undefined): Injection['world'] => (world === 'MAIN' ? 'MAIN' : 'ISOLATED');

/** The manifest's content scripts, each started in the open tabs it matches (after install or update). */
export async function startManifestScriptsInOpenTabs(): Promise<number[]> {
  const declared = browser.runtime.getManifest().content_scripts ?? [];
  return startEachInOpenTabs(
    declared.map((cs) => ({
      matches: cs.matches ?? [],
      js: cs.js ?? [],
      allFrames: cs.all_frames ?? false,
      world: worldOf((cs as { world?: string }).world),
    })),
  );
}

/**
 * The scripts registered at run time (Roundcube sites), started in their open tabs. Their
 * registration outlives an update, but the copies running in open tabs are cut off by it.
 */
export async function startRegisteredScriptsInOpenTabs(): Promise<number[]> {
  const registered = await browser.scripting.getRegisteredContentScripts().catch(() => []);
  return startEachInOpenTabs(
    registered.map((cs) => ({
      matches: cs.matches ?? [],
      js: cs.js ?? [],
      allFrames: cs.allFrames ?? false,
      world: worldOf(cs.world),
    })),
  );
}

/** On install and on update, starts every content script in the open tabs it is meant for. */
export function watchInstalls(): () => void {
  const onInstalled = (details: { reason: string }) => {
    if (details.reason !== 'install' && details.reason !== 'update') return;
    void startManifestScriptsInOpenTabs().then(startRegisteredScriptsInOpenTabs);
  };
  browser.runtime.onInstalled.addListener(onInstalled);
  return () => browser.runtime.onInstalled.removeListener(onInstalled);
}
