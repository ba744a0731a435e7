// Red team round 112 of the sender memory (README "Sender memory", lib/memory/*,
// lib/findings/memory.ts), after the memory learnt to file no sender under QuickBooks', Xero's
// and AppSheet's shared customer address (lib/memory/model.ts senderKey, SHARED_CUSTOMER_HOSTS).
// Each test is one attack or one genuine sequence: what HeaderLens reads and what it should. A hole
// it has today is an `it.fails` with the rule at fault and a proposed fix; a path that holds is an
// ordinary `it`. Hand-made authenticated analyses (authenticated.ts): only the From address and
// the signer matter to what is probed here.
//
// Where the layouts were learnt: DocuSign's developer blog ("ISV Embedded Signing Update: Change
// the Sender's Address": every envelope mails from something@docusign.net under the sender's
// name); Stripe's receipt and invoice mail from stripe.com addresses for every merchant (Stripe's
// receipts documentation, customers' billing pages naming notifications@stripe.com); Mailchimp's
// help ("How free email providers affect delivery": a free-mail From is rewritten to an address
// of Mailchimp's own); WeTransfer's noreply@wetransfer.com, Google Calendar's
// calendar-notification@google.com, SharePoint's no-reply@sharepointonline.com, Teams'
// noreply@email.teams.microsoft.com and Shopify's mailer@shopify.com as earlier rounds modelled
// them (probe105-108, realworld105-107).
import { describe, expect, it } from 'vitest';
import { memoryRule } from '../../../lib/findings/memory';
import {
  emptyMemory,
  learn,
  recallSender,
  type SenderMemory,
  type SenderRecall,
  senderKey,
  snapshotOf,
} from '../../../lib/memory';
import type { Analysis, Finding } from '../../../lib/types';
import { baseCtx } from '../findings/build';
import { authenticatedFrom } from './authenticated';

const START = new Date('2026-11-01T00:00:00Z');
const BANK = 'northbank.example';
const AT = '2026-11-02T00:00:00.000Z';
const LATER = '2026-11-03T00:00:00.000Z';

const memoryIds = (findings: Finding[]) =>
  findings
    .filter((f) =>
      /^(new-infrastructure|dkim-selector-changed|dkim-domain-changed|first-contact|lookalike-of-known)$/.test(
        f.id,
      ),
    )
    .map((f) => `${f.id}:${f.severity}`);

/** An authenticated message from `address` (its domain signs it), learnt at `at`. */
function from(address: string, n: number, at = AT): Analysis {
  const domain = address.replace(/.*@/, '');
  const a = authenticatedFrom(domain, n, at);
  return { ...a, from: { address, domain, displayName: '' } };
}

/** What the memory says of `a`: its recall and its findings. */
function read(m: SenderMemory, a: Analysis): { recall: SenderRecall | null; findings: Finding[] } {
  const snapshot = snapshotOf(m);
  const recall = recallSender(snapshot, a);
  const findings = memoryRule({
    ...baseCtx(),
    analysis: { ...a, memory: recall },
    options: { senderMemory: snapshot },
  });
  return { recall, findings };
}

/** Reads `a` against `m` and learns it with the findings it drew (as the worker does). */
function teach(m: SenderMemory, a: Analysis): SenderMemory {
  const { findings } = read(m, a);
  return learn(m, { ...a, findings }).memory;
}

/** A memory that has learnt `count` messages from each address, in order. */
function taught(list: Array<[string, number]>, start = 0): SenderMemory {
  let m = emptyMemory(START);
  let n = start;
  for (const [address, count] of list) for (let i = 0; i < count; i++) m = teach(m, from(address, n++));
  return m;
}

describe('round 112: platforms that mail every customer from one address', () => {
  // The attack: the reader has had a colleague's genuine transfers from noreply@wetransfer.com;
  // the attacker uploads "Remittance.pdf" under the vendor's name. Reads: wetransfer.com known,
  // no finding, "Usual for this sender". Should: no sender recalled, as notification.intuit.com.
  // Rule: lib/memory/model.ts keyOfDomain, SHARED_CUSTOMER_HOSTS lists only Intuit, Xero and
  // AppSheet. Fix: add the shared addresses below. Those under a provider's own organisation
  // (google.com, microsoft.com, stripe.com) need an address-level list (local part @ host, or
  // a local-part prefix such as Stripe's `invoice+`), so Google's own security alerts from
  // accounts.google.com stay Google's. Risk: the platform's own notices from the same address
  // (WeTransfer's product mail) are no longer learnt: they read with no memory line.
  // Fixed at 20:10 on 2026-12-05 (lib/memory/model.ts SHARED_CUSTOMER_HOSTS and
  // SHARED_CUSTOMER_ADDRESSES, read by senderKey): these and the addresses below file no sender.
  it('a colleague’s WeTransfer does not make the attacker’s transfer “usual”', () => {
    const m = taught([['noreply@wetransfer.com', 5]]);
    const r = read(m, from('noreply@wetransfer.com', 900, LATER));
    expect(r.recall).toBeNull();
  });

  const shared: Array<[string, string]> = [
    ['DocuSign envelopes (every sender’s envelope)', 'dse_na3@docusign.net'],
    ['Google Calendar invitations (any organiser’s)', 'calendar-notification@google.com'],
    ['Google Drive shares', 'drive-shares-dm-noreply@google.com'],
    ['Stripe invoices (any merchant’s)', 'invoice+statements@stripe.com'],
    ['SharePoint Online shares', 'no-reply@sharepointonline.com'],
    ['Teams notifications from another tenant', 'noreply@email.teams.microsoft.com'],
    ['Shopify stores without a domain of their own', 'mailer@shopify.com'],
    ['Mailchimp’s rewritten free-mail From', 'jane.doe.gmail.com@mailchimpapp.net'],
  ];
  for (const [what, address] of shared)
    it(`${what}: ${address} is filed under no sender`, () => {
      expect(senderKey(from(address, 1))).toBeNull();
    });

  // Genuine, and must stay so under any fix: Google's own security alerts are Google's, and the
  // same alert a week later reads as usual (known, no finding).
  it('Google’s own account alerts stay filed under google.com and read quiet', () => {
    expect(senderKey(from('no-reply@accounts.google.com', 1))).toBe('google.com');
    const m = taught([['no-reply@accounts.google.com', 6]]);
    const r = read(m, from('no-reply@accounts.google.com', 901, LATER));
    expect(r.recall?.known?.count).toBe(6);
    expect(memoryIds(r.findings)).toEqual([]);
  });

  // Holds: QuickBooks' shared address (round 109's fix) learns nothing, even after many invoices.
  it('QuickBooks invoices still teach nothing', () => {
    const m = taught([['quickbooks@notification.intuit.com', 4]]);
    expect(m.domains).toHaveLength(0);
  });
});

describe('round 112: look-alikes in other scripts and with glued words', () => {
  const bank = () => taught([[`alerts@${BANK}`, 12]]);
  const firstRead = (m: SenderMemory, domain: string, n: number) =>
    memoryIds(read(m, from(`billing@${domain}`, n, LATER)).findings);

  it('a Greek omicron in the bank’s name is a first contact at medium', () => {
    expect(firstRead(bank(), 'n\u03bfrthbank.example', 1000)).toEqual(['first-contact:medium']);
  });

  // The attack: a Cyrillic о and a glued word together (nоrthbanksecure.example). The glued-word
  // search (lib/findings/memory.ts imitable, `hidden`) slices the sender's label as written, not
  // its skeleton, so the Cyrillic letter hides the remembered label from withLabel; the near-name
  // pass (two edits at most) does not reach a six-letter suffix. Should: medium, as
  // northbanksecure.example reads. Fixed at 21:31 on 2026-12-05: imitable slices the skeleton
  // too, and lib/findings/lookalike.ts reasonRead tests glued() on the skeleton.
  it('a Cyrillic о with a glued word (nоrthbanksecure) is a first contact at medium', () => {
    expect(firstRead(bank(), 'n\u043erthbanksecure.example', 1001)).toEqual(['first-contact:medium']);
  });

  // The attack: a digit for a letter in the hyphenated part (n0rthbank-secure.example). Reads:
  // first-contact at info. The hyphen's parts are compared as written (imitable: `parts` come from
  // `label`, not from `skel`), the near-name pass compares the whole label (16 letters against 9),
  // and the letters-inside test needs every letter of `northbank` among those of the label (the
  // `o` is a `0`). Should: medium, as northbank-secure.example and n0rthbank.example read. Fixed
  // at 21:31 on 2026-12-05: imitable and reasonRead read the skeleton's parts too.
  it('a digit for a letter beside a hyphenated word (n0rthbank-secure) is a first contact at medium', () => {
    expect(firstRead(bank(), 'n0rthbank-secure.example', 1002)).toEqual(['first-contact:medium']);
  });

  it('a Shopify store with a glued word (northbankpay.myshopify.com) is a first contact at medium', () => {
    expect(firstRead(bank(), 'northbankpay.myshopify.com', 1003)).toEqual(['first-contact:medium']);
  });

  it('a help-desk tenant with a glued word (northbanksupport.zendesk.com) is a first contact at medium', () => {
    expect(firstRead(bank(), 'northbanksupport.zendesk.com', 1004)).toEqual(['first-contact:medium']);
  });

  // A vendor's help desk is remembered as a tenant (globex.zendesk.com); the attacker opens the same
  // name at another desk platform, or glues a word onto it at the same one.
  // The attack: the vendor's Zendesk desk (globex.zendesk.com, filed as a sender of its own) is
  // remembered; the attacker opens globex.freshdesk.com or globexbilling.zendesk.com (free trials,
  // DMARC passing on the platform's keys) and asks for the invoice to be paid to new details.
  // Reads: first-contact at info. imitable finds the remembered record (same label `globex`), but
  // the judge drops it: lib/findings/lookalike.ts lookalikeAmong skips every target for which
  // isSignUpDomain(org) holds, and a remembered tenant is a sign-up domain (kind 'tenant'), so a
  // remembered help desk, Microsoft 365 tenant or Shopify store can never be imitated. Should:
  // medium, a look-alike of globex.zendesk.com. Fixed at 21:31 on 2026-12-05: lookalikeAmong skips
  // only public mailbox domains (a remembered tenant is one customer's name, not anyone's). Kept
  // risk: two unrelated tenants with the same label on two platforms read medium on first contact.
  const desk = () => taught([['support@globex.zendesk.com', 8]]);
  it('the vendor’s desk name at another platform (globex.freshdesk.com) is a first contact at medium', () => {
    expect(firstRead(desk(), 'globex.freshdesk.com', 1005)).toEqual(['first-contact:medium']);
  });
  it('the vendor’s desk name with a glued word (globexbilling.zendesk.com) is a first contact at medium', () => {
    expect(firstRead(desk(), 'globexbilling.zendesk.com', 1006)).toEqual(['first-contact:medium']);
  });

  // Genuine: another company whose name starts like the bank's, and another Shopify store.
  it('northbridge.example and another store read a plain first contact (info)', () => {
    const m = taught([
      [`alerts@${BANK}`, 12],
      ['orders@acme-store.myshopify.com', 4],
    ]);
    expect(firstRead(m, 'northbridge.example', 1007)).toEqual(['first-contact:info']);
    expect(firstRead(m, 'tea-house.myshopify.com', 1008)).toEqual(['first-contact:info']);
  });
});

describe('round 112: a look-alike that writes before the bank', () => {
  // The attack: a new install (empty memory). The look-alike writes first (no first-contact while
  // the memory is empty, so it is learnt), the bank once, then the look-alike twice more before the
  // bank's third message. Its record reaches three messages while the bank's has one or two, so
  // lookalike-of-known never fires (lib/findings/memory.ts lookalikeOfKnown: silent once
  // known.count >= MEMORY_MIN_HISTORY, and the target needs count >= 3 and more than the
  // look-alike at the time it is read). Every later message of the look-alike reads "Usual for this
  // sender" while the bank has twelve. Reads: no memory finding. Should: lookalike-of-known at
  // medium. Fix: in lookalikeOfKnown, drop the `known.count >= MEMORY_MIN_HISTORY` exit and keep the
  // judge's `d.count > known.count` (or compare against 2 × known.count), and let learn refuse a
  // message carrying lookalike-of-known (it already does), so the look-alike's count stops growing
  // once named. Risk: two genuine sister companies with near names (northbank / northbanc) where
  // the smaller one writes less: a medium note until the reader marks it known.
  it.fails('northbank-secure.example learnt three times early reads lookalike-of-known later', () => {
    let m = emptyMemory(START);
    let n = 0;
    const look = 'alerts@northbank-secure.example';
    m = teach(m, from(look, n++));
    m = teach(m, from(`alerts@${BANK}`, n++));
    m = teach(m, from(look, n++));
    m = teach(m, from(look, n++));
    for (let i = 0; i < 11; i++) m = teach(m, from(`alerts@${BANK}`, n++));
    const r = read(m, from(look, 2000, LATER));
    expect(memoryIds(r.findings)).toEqual(['lookalike-of-known:medium']);
  });

  // Holds: the same look-alike caught while the bank already had three messages.
  it('a look-alike written first, then the bank three times, reads lookalike-of-known', () => {
    let m = emptyMemory(START);
    let n = 100;
    const look = 'alerts@northbank-secure.example';
    m = teach(m, from(look, n++));
    for (let i = 0; i < 3; i++) m = teach(m, from(`alerts@${BANK}`, n++));
    const before = m.domains.find((d) => d.domain === 'northbank-secure.example')?.count;
    const r = read(m, from(look, 2001, LATER));
    expect(memoryIds(r.findings)).toEqual(['lookalike-of-known:medium']);
    // And it teaches nothing: the count stays where it was.
    m = teach(m, from(look, 2001, LATER));
    expect(m.domains.find((d) => d.domain === 'northbank-secure.example')?.count).toBe(before);
  });

  // Genuine: the bank's own subdomain mail is the bank's (one record), and reads quiet.
  it('the bank’s alerts.northbank.example mail is filed under the bank and reads quiet', () => {
    const m = taught([[`alerts@${BANK}`, 6]]);
    const a = from(`alerts@alerts.${BANK}`, 3000, LATER);
    expect(senderKey(a)).toBe(BANK);
    const signed = { ...a, dkim: a.dkim.map((d) => ({ ...d, domain: BANK })) };
    expect(memoryIds(read(m, signed).findings)).toEqual([]);
  });
});
