// Red-team round 152 and real-mail rounds 151-152, read through the pinned corpus as the CLI reads it:
// - an untrusted gateway's record whose SPF check names another envelope organisation than the one
//   delivered was made about another hand-off (the attacker's own gateway tenant checking the bank's
//   notice as it came in) and is not read (lib/engine/gateways.ts ofThisEnvelope);
// - an l= signature whose body hash holds but whose header hash a list's tag broke is restored
//   (lib/auth/list-restore.ts withListRestore);
// - ActiveCampaign's relays, in space announced by Amazon, are an email service by their name.
import { beforeAll, describe, expect, it } from 'vitest';
import { footerLure } from '../../../lib/auth/footer-markup';
import { type Classifier, createClassifier } from '../../../lib/relay/classify';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';
import { analyseCase, pinnedCases } from '../../helpers/pinned-corpus';

let classifyIp: Classifier;
beforeAll(async () => {
  classifyIp = createClassifier(await loadIpTablesFromDisk());
});
const cases = pinnedCases();
const read = (name: string) => {
  const c = cases.find((x) => x.name === name);
  if (!c) throw new Error(`no pinned case ${name}`);
  return analyseCase(c, classifyIp);
};
const ids = (a: { findings: Array<{ id: string }> }) => a.findings.map((f) => f.id);

describe('an untrusted gateway’s record of another hand-off', () => {
  it('is not read where its envelope is not the one delivered', async () => {
    const a = await read('adversarial/probe152-gmail-attacker-mimecast-reply-to-added');
    expect(a.gateway?.trusted).toBe(false);
    expect(a.gateway?.recordedDmarc).toBeNull();
    expect(ids(a)).not.toContain('gateway-recorded-pass');
    expect(['spoofed', 'suspicious']).toContain(a.verdict);
  });

  it('is read where the gateway passed the sender’s envelope on (the reader’s own Mimecast)', async () => {
    const a = await read('adversarial/probe152-gmail-own-mimecast-bank-control');
    expect(a.gateway?.recordedDmarc).toBe('pass');
    expect(ids(a)).toContain('gateway-recorded-pass');
    expect(a.verdict).toBe('unverified');
  });
});

describe('an l= signature tagged by a list', () => {
  it('is restored with the tag undone: unverified with list-modified, not spoofed', async () => {
    for (const name of [
      'legit/realworld151-box-mailman-l-signed-tag-and-footer',
      'legit/realworld151-outlook-external-tag-on-mailman-l-signed-post',
    ]) {
      const a = await read(name);
      expect(
        a.dkim.some((d) => d.aligned && d.bodyLength && d.listRestore),
        name,
      ).toBe(true);
      expect(a.verdict, name).toBe('unverified');
    }
  });
});

describe('ActiveCampaign by name', () => {
  it('is an email service, not a rented server', async () => {
    const a = await read('legit/realworld152-gmail-activecampaign-newsletter-own-dkim');
    expect(a.origin.esp).toBe('ActiveCampaign');
    expect(a.origin.hostedServer).toBe(false);
    expect(a.verdict).toBe('authenticated');
  });
});

describe('a tagged list post changed a second way since', () => {
  it('read months later past its x=, or saved with mbox quoting: restored, unverified, not spoofed', async () => {
    for (const name of [
      'legit/realworld151-box-mailman-tag-footer-x-expired-six-months',
      'legit/realworld151-box-mailman-tag-footer-mbox-quoted',
    ]) {
      const a = await read(name);
      expect(
        a.dkim.some((d) => d.aligned && d.listRestore),
        name,
      ).toBe(true);
      expect(ids(a), name).toContain('list-modified');
      expect(a.verdict, name).toBe('unverified');
    }
  });

  it('an expired list post replayed today is not re-checked as of an entry it never had', async () => {
    const a = await read('adversarial/realworld151-box-expired-list-post-replay-attack-twin');
    expect(a.verdict).toBe('spoofed');
  });
});

describe('round 153', () => {
  it('a null envelope delivered drops a gateway record naming one', async () => {
    const a = await read('adversarial/probe153-gmail-attacker-mimecast-null-envelope-reply-to');
    expect(ids(a)).not.toContain('gateway-recorded-pass');
    expect(['spoofed', 'suspicious']).toContain(a.verdict);
  });

  it('a list footer’s telephone number is no lure target (genuine footers give numbers in the same words)', () => {
    expect(footerLure('To report fraud or a scam, call Action Fraud on 0808 157 0154.')).toBeNull();
    expect(footerLure('Card blocked? Call +44 20 7946 0153.')).toBeNull();
    expect(footerLure('Card blocked? Write to card-desk@attacker.example')).toEqual({
      word: 'blocked',
      targets: ['card-desk@attacker.example'],
    });
  });
});
