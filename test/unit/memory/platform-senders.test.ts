// The sender memory and platforms whose shared address mails for every customer under the
// customer's chosen name (QuickBooks Online, Xero, AppSheet): no sender is learnt or recalled
// there, so one genuine supplier's invoice never makes the attacker's own company "usual"
// (lib/memory/model.ts senderKey).
import { describe, expect, it } from 'vitest';
import { emptyMemory, learn, recallSender, senderKey, snapshotOf } from '../../../lib/memory';
import { authenticatedFrom } from './authenticated';

const AT = '2026-11-02T00:00:00.000Z';

describe('sender memory: shared customer addresses', () => {
  it('files no sender under QuickBooks’, Xero’s or AppSheet’s shared address', () => {
    for (const d of ['notification.intuit.com', 'post.xero.com', 'appsheet.com'])
      expect(senderKey(authenticatedFrom(d, 1, AT))).toBeNull();
    // Intuit's own mail from its own domain is Intuit's.
    expect(senderKey(authenticatedFrom('intuit.com', 1, AT))).toBe('intuit.com');
  });

  it('learns nothing from a supplier’s QuickBooks invoice, and recalls nothing for the next one', () => {
    const r = learn(
      emptyMemory(new Date('2026-11-01T00:00:00Z')),
      authenticatedFrom('notification.intuit.com', 1, AT),
    );
    expect(r.outcome).toBe('no-from-domain');
    expect(r.memory.domains).toHaveLength(0);
    expect(
      recallSender(snapshotOf(r.memory), authenticatedFrom('notification.intuit.com', 2, AT)),
    ).toBeNull();
  });
});
