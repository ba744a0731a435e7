// Approvals keep what they were for (date, From domain, network); approvals stored before that
// (a bare IP list) stay readable and working; a removed approval comes back as it was on "Undo".
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  approvalDetailsItem,
  approvalScopes,
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

  it('approving the same server on another sender’s mail adds that sender; the first date and network stay', async () => {
    await approvedServersItem.setValue(['20.51.6.77']);
    const at = new Date('2026-11-30T09:00:00Z');
    await noteApproval('20.51.6.77', true, { fromDomain: 'vendor.example', network: 'AS8075 Azure' }, at);
    await noteApproval('20.51.6.77', true, { fromDomain: 'shop.example', network: 'other' }, new Date());
    await noteApproval('20.51.6.77', true, { fromDomain: 'VENDOR.example', network: null }, new Date());
    const [a] = await listApprovals();
    expect(a?.detail).toEqual({
      approvedAt: '2026-11-30T09:00:00.000Z',
      fromDomain: 'vendor.example',
      network: 'AS8075 Azure',
      alsoFrom: ['shop.example'],
    });
    expect(approvalScopes(['20.51.6.77'], await approvalDetailsItem.getValue())).toEqual({
      '20.51.6.77': ['vendor.example', 'shop.example'],
    });
  });

  it('covers every message from the IP when approved without a From domain, or before domains were kept', async () => {
    await approvedServersItem.setValue(['20.51.6.77', '192.0.2.1']);
    await noteApproval('20.51.6.77', true, { fromDomain: 'vendor.example', network: null });
    await noteApproval('20.51.6.77', true, { fromDomain: null, network: null });
    const details = await approvalDetailsItem.getValue();
    expect(details['20.51.6.77']?.fromDomain).toBeNull();
    expect(details['20.51.6.77']?.alsoFrom).toBeUndefined();
    // Once for every message, approving on one sender's mail does not narrow it again.
    await noteApproval('20.51.6.77', true, { fromDomain: 'shop.example', network: null });
    expect(approvalScopes(['20.51.6.77', '192.0.2.1'], await approvalDetailsItem.getValue())).toEqual({});
  });

  it('scopes only IPs still approved, by their canonical form, and ignores what is not a detail', () => {
    const details = {
      '2001:DB8::1': { approvedAt: '2026-01-01T00:00:00Z', fromDomain: 'a.example', network: null },
      '192.0.2.9': { approvedAt: '2026-01-01T00:00:00Z', fromDomain: 'b.example', network: null },
      '192.0.2.10': { fromDomain: 'c.example' },
      '192.0.2.11': {
        approvedAt: '2026-01-01T00:00:00Z',
        fromDomain: 'd.example',
        network: null,
        alsoFrom: ['e.example', 42, ''],
      },
    };
    expect(approvalScopes(['2001:db8::1', '192.0.2.10', '192.0.2.11'], details)).toEqual({
      '2001:db8::1': ['a.example'],
      '192.0.2.11': ['d.example', 'e.example'],
    });
    expect(approvalScopes(['192.0.2.9'], null)).toEqual({});
  });
});
