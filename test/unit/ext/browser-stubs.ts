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
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(
    (async () => []) as unknown as typeof fakeBrowser.scripting.getRegisteredContentScripts,
  );
}
