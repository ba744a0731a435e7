// Approvals keep what they were for (date, From domain, network); approvals stored before that
// (a bare IP list) stay readable and working; a removed approval comes back as it was on "Undo".
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  approvalDetailsItem,
  cleanNote,
  listApprovals,
  noteApproval,
  removeApproval,
  restoreApproval,
} from '../../../lib/ext/approvals';
import { approvedServersItem } from '../../../lib/ext/settings';

beforeEach(() => fakeBrowser.reset());

describe('approvals with details', () => {
  it('reads approvals stored before details existed (the migration): listed, not lost', async () => {
    await fakeBrowser.storage.local.set({ approvedServers: ['203.0.113.5', '198.51.100.7'] });
    expect(await listApprovals()).toEqual([
      { ip: '203.0.113.5', detail: null },
      { ip: '198.51.100.7', detail: null },
    ]);
  });

  it('stores the date, From domain and network, newest first, and forgets them on removal', async () => {
    await approvedServersItem.setValue(['203.0.113.5', '20.51.6.77']);
    await noteApproval(
      '20.51.6.77',
      true,
      { fromDomain: 'shop.example', network: 'AS8075 Microsoft · Azure' },
      new Date('2026-11-30T09:00:00Z'),
    );
    const [first, second] = await listApprovals();
    expect(first).toEqual({
      ip: '20.51.6.77',
      detail: {
        approvedAt: '2026-11-30T09:00:00.000Z',
        fromDomain: 'shop.example',
        network: 'AS8075 Microsoft · Azure',
      },
    });
    expect(second).toEqual({ ip: '203.0.113.5', detail: null });
    await noteApproval('20.51.6.77', false, undefined);
    expect(await approvalDetailsItem.getValue()).toEqual({});
  });

  it('remove, then undo, restores the IP and its original details', async () => {
    await approvedServersItem.setValue(['20.51.6.77']);
    await noteApproval(
      '20.51.6.77',
      true,
      { fromDomain: 'a.example', network: null },
      new Date('2026-01-02T03:04:05Z'),
    );
    const gone = await removeApproval('20.51.6.77');
    expect(await approvedServersItem.getValue()).toEqual([]);
    expect(await listApprovals()).toEqual([]);
    await restoreApproval(gone);
    expect(await approvedServersItem.getValue()).toEqual(['20.51.6.77']);
    expect((await listApprovals())[0]?.detail?.approvedAt).toBe('2026-01-02T03:04:05.000Z');
  });

  it('keeps only short strings from what a page sent', () => {
    expect(cleanNote({ fromDomain: 'x'.repeat(400), network: 42, extra: 'y' })).toEqual({
      fromDomain: 'x'.repeat(253),
      network: null,
    });
    expect(cleanNote('nonsense')).toEqual({ fromDomain: null, network: null });
  });

  it('ignores a stored detail that is not one (no date)', async () => {
    await approvedServersItem.setValue(['192.0.2.1']);
    await fakeBrowser.storage.local.set({ approvedServerDetails: { '192.0.2.1': { fromDomain: 'x' } } });
    expect(await listApprovals()).toEqual([{ ip: '192.0.2.1', detail: null }]);
  });
});
