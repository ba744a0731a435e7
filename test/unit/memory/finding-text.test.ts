// The sender-memory findings (lib/findings/memory.ts) as keys: the English the CLI, JSON and the
// tests have always shown stays word for word (lists without a serial comma, "message" for one), and
// the popup renders the reader's language from the same Message.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryRule } from '../../../lib/findings/memory';
import type { RuleContext } from '../../../lib/findings/rule';
import { texts as findingTexts } from '../../../lib/findings/text';
import { findingDetail, findingTitle } from '../../../lib/i18n/findings';
import { setLanguage } from '../../../lib/i18n/index';
import { msg } from '../../../lib/i18n/message';
import type { SenderRecall } from '../../../lib/memory/types';

type Known = NonNullable<SenderRecall['known']>;

function ctx(recall: SenderRecall, over: Record<string, unknown> = {}, options: object = {}): RuleContext {
  return {
    analysis: {
      memory: recall,
      dmarc: { result: 'pass' },
      origin: { ip: '203.0.113.9', hopIndex: null },
      hops: [],
      dkim: [],
      mode: 'online',
      meta: {},
      from: { domain: recall.domain },
      ...over,
    },
    message: { headers: [] },
    options,
  } as unknown as RuleContext;
}

const known = (k: Partial<Known> = {}): Known => ({
  count: 7,
  firstSeen: '2026-10-01T08:00:00Z',
  lastSeen: '2026-11-20T08:00:00Z',
  knownGood: false,
  infra: [
    { key: 'a', name: 'SendGrid', count: 4, lastSeen: '' },
    { key: 'b', name: 'Mailgun', count: 2, lastSeen: '' },
    { key: 'c', name: 'Postmark', count: 1, lastSeen: '' },
  ],
  lastRun: null,
  signers: [{ domain: 'northbank.example', count: 7, selectors: ['s1', 's2', 's3'] }],
  spf: [],
  ...k,
});

const recall = (k: Known | null, current: Partial<SenderRecall['current']> = {}): SenderRecall => ({
  domain: 'northbank.example',
  since: '2026-09-01T00:00:00Z',
  domainsKnown: 5,
  current: {
    infra: { key: 'x', name: 'Amazon Web Services', asn: 16509 },
    signers: [{ domain: 'northbank.example', selector: 's4' }],
    spfMechanism: null,
    alreadyCounted: false,
    ...current,
  },
  known: k,
});

const texts = (c: RuleContext) => memoryRule(c).map((f) => `${f.id}\n${f.title}\n${f.detail}`);

afterEach(() => setLanguage(null));

describe('sender-memory findings: English text', () => {
  it('new infrastructure and a new selector, three of each remembered', () => {
    expect(texts(ctx(recall(known())))).toEqual([
      'new-infrastructure\n' +
        'northbank.example has never sent you mail from Amazon Web Services before; its 7 messages so far came from SendGrid, Mailgun and Postmark\n' +
        'Since 2026-10-01 HeaderLens has seen 7 messages from northbank.example that authenticated, sent from SendGrid (4), Mailgun (2), Postmark (1). ' +
        'This one authenticates too, but came from Amazon Web Services (AS16509), 203.0.113.9. A familiar sender on new infrastructure is how a ' +
        'compromised vendor account, or a forger passing SPF through a broad record, shows up; a sender moving to another email service looks the same. If the message asks you to pay, change bank details ' +
        'or sign in, confirm through a channel you already know.',
      'dkim-selector-changed\n' +
        'northbank.example signed with a DKIM key it has not used before (selector s4); earlier: s1, s2, s3\n' +
        'The signature verifies, with the key published under the selector "s4". HeaderLens has seen northbank.example sign 7 messages with ' +
        's1, s2 and s3. Domains rotate their keys now and then, so alone this means little; together with other changes it can mean someone ' +
        'else now sends for the domain.',
    ]);
  });

  it('one earlier message: "message", "its last message"; a signature whose selector the record does not name is no new key', () => {
    const k = known({
      count: 1,
      infra: [{ key: 'a', name: 'SendGrid', count: 1, lastSeen: '' }],
      lastRun: { key: 'a', name: 'SendGrid', count: 1 },
      signers: [{ domain: 'northbank.example', count: 1, selectors: ['s1'] }],
    });
    const out = texts(ctx(recall(k, { signers: [{ domain: 'northbank.example', selector: '' }] })));
    expect(out[0]).toContain('before; its last message came from SendGrid\n');
    expect(out[0]).toContain('HeaderLens has seen message from northbank.example that authenticated');
    // Exchange Online's record read offline names no selector: nothing to compare (red team).
    expect(out).toHaveLength(1);
  });

  it('a signer from another organisation, and none at all', () => {
    const other = texts(
      ctx(recall(known(), { infra: null, signers: [{ domain: 'shopco.example', selector: 'k' }] })),
    );
    expect(other).toEqual([
      'dkim-domain-changed\n' +
        "northbank.example's mail was signed by northbank.example before; this message is signed by shopco.example\n" +
        'HeaderLens has seen 7 messages from northbank.example, signed by northbank.example. This one is signed by shopco.example, ' +
        "a domain other than northbank.example. A new signing service can be a vendor's routine change, or someone sending in its name " +
        'from another account.',
    ]);
    const none = texts(ctx(recall(known(), { infra: null, signers: [] })));
    expect(none).toEqual([
      'dkim-domain-changed\n' +
        "northbank.example's mail was always signed by northbank.example; this message carries no DKIM signature\n" +
        'Each of the 7 messages HeaderLens has seen from northbank.example carried its own DKIM signature. This one has none and ' +
        'authenticates through SPF alone, which a server inside a broad SPF record can pass without the domain.',
    ]);
  });

  it('a first contact', () => {
    expect(texts(ctx(recall(null), {}, { senderMemory: { memory: { domains: [] } } }))).toEqual([
      'first-contact\nFirst message from northbank.example that HeaderLens has seen\n' +
        'No mail from northbank.example has been seen since HeaderLens started remembering senders on 2026-09-01.',
    ]);
  });

  it('a first contact: its English filled in (issue 21) is the text the catalog renders, whatever the domain and day', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(
      fc.property(text, text, (domain, since) => {
        const r = { ...recall(null), domain, since };
        const [f] = memoryRule(ctx(r, {}, { senderMemory: { memory: { domains: [] } } }));
        const day = since.slice(0, 10);
        const want = findingTexts(
          msg('finding_memory_first_contact_title', { domain }),
          msg('finding_memory_first_contact_detail', { domain, since: day }),
        );
        expect(f).toEqual({ id: 'first-contact', severity: 'info', ...want, evidence: [] });
        expect(Object.keys(f!)).toEqual(['id', 'severity', 'title', 'detail', 'message', 'evidence']);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sender-memory findings: the reader’s language', () => {
  it('renders German, French and Spanish from the stored Message, with the lists joined their way', () => {
    const [infra, selector] = memoryRule(ctx(recall(known())));
    setLanguage('de');
    expect(findingTitle(infra!)).toBe(
      'northbank.example hat Ihnen noch nie Mail von Amazon Web Services gesendet; bisher kam ihre Mail von SendGrid, Mailgun und Postmark (7 Nachrichten)',
    );
    expect(findingDetail(selector!)).toContain('7 Nachrichten mit s1, s2 und s3 signiert');
    setLanguage('fr');
    expect(findingTitle(selector!)).toContain('(sélecteur s4) ; auparavant : s1, s2, s3');
    setLanguage('es');
    expect(findingDetail(infra!)).toContain('7 mensajes con autenticación correcta');
  });
});
