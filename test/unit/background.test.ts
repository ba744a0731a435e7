import { describe, expect, it } from 'vitest';
import background from '../../entrypoints/background';
import { sendMessage } from '../../lib/ext/messaging';
import { resetFakeBrowser } from './ext/browser-stubs';

describe('background', () => {
  it('answers ping with the manifest version', async () => {
    resetFakeBrowser();
    background.main();
    const reply = await sendMessage('ping', { sentAt: 1 });
    expect(reply.ok).toBe(true);
    expect(reply.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
