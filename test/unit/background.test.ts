import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { sendMessage } from '../../lib/ext/messaging';

describe('background', () => {
  it('answers ping with the manifest version', async () => {
    fakeBrowser.reset();
    // fake-browser has no manifest: give it the one field the worker reads.
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'HeaderLens',
      version: '0.1.0',
    });
    background.main();
    const reply = await sendMessage('ping', { sentAt: 1 });
    expect(reply.ok).toBe(true);
    expect(reply.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
