// fake-browser leaves permissions events and scripting unimplemented; the worker's Roundcube
// registration touches them on start. Quiet stand-ins: nothing granted, nothing registered.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export function stubUnmockedApis(): void {
  for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
    vi.spyOn(event, 'addListener').mockImplementation(() => {});
    vi.spyOn(event, 'removeListener').mockImplementation(() => {});
  }
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(
    (async () => false) as unknown as typeof fakeBrowser.permissions.contains,
  );
  // Chrome's switch that keeps content scripts out of storage.local (the worker sets it on start).
  Object.assign(fakeBrowser.storage.local, { setAccessLevel: async () => {} });
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(
    (async () => []) as unknown as typeof fakeBrowser.scripting.getRegisteredContentScripts,
  );
}

/**
 * A fresh fake browser for a worker or page test: storage and listeners cleared, the quiet
 * stand-ins above, and the one manifest field the worker reads (fake-browser has no manifest).
 */
export function resetFakeBrowser(): void {
  fakeBrowser.reset();
  stubUnmockedApis();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'HeaderLens',
    version: '0.1.0',
  });
}

/**
 * fake-browser records no sender for runtime.sendMessage, and the worker refuses privileged
 * messages from a sender that is not one of the extension's pages: tests of the popup, options and
 * inspector (extension pages) send as the page `path` would.
 */
export function sendAsExtensionPage(path = 'popup.html'): void {
  const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(`/${path}`) };
  const send = async (message: unknown): Promise<unknown> => {
    let respond: (res: unknown) => void = () => {};
    const response = new Promise((resolve) => {
      respond = resolve;
    });
    const results: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender, respond as never);
    return results.some((r) => r === true) ? await response : undefined;
  };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown, callback?: unknown) => {
    const result = send(message);
    if (typeof callback === 'function') {
      void result.then((r) => (callback as (r: unknown) => void)(r));
      return undefined;
    }
    return result;
  }) as never);
}
