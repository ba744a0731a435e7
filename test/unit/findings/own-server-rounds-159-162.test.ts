// The From domain's own server, unsigned (lib/findings/hosted-server.ts ownServerEvidence), after
// red-team rounds 159 and 161 and real-mail round 159: a confirmed name whose CNAME leaves the
// organisation counts only as the registrable domain's sole primary MX (not a subdomain's MX
// that an SPF `mx:` term put in the log) or when the domain's own record names this one address.
// And the shared platforms whose include proves only "some customer" (red-team round 162), and
// one-address terms built from the client's address (red-team round 163).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedSpfOwner } from '../../../lib/findings/auth-state';
import { hostedServerRule } from '../../../lib/findings/hosted-server';
import { parseMessage } from '../../../lib/message/parse';
import { type Classifier, createClassifier } from '../../../lib/relay/classify';
import type { Analysis } from '../../../lib/types';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';
import { analyseCase, pinnedCases } from '../../helpers/pinned-corpus';

let classifyIp: Classifier;
beforeAll(async () => {
  classifyIp = createClassifier(await loadIpTablesFromDisk());
});

function load(path: string) {
  const c = pinnedCases().find((x) => x.name === path)!;
  const eml = readFileSync(new URL(`../../fixtures/${path}/message.eml`, import.meta.url));
  return { run: () => analyseCase(c, classifyIp), eml };
}
const severityOf = (a: Analysis, eml: Buffer) =>
  hostedServerRule({ analysis: a, message: parseMessage(eml), options: {} }).map((f) => f.severity);

describe('own server, unsigned, named through a CNAME out of the organisation', () => {
  it('a subdomain’s sole MX is no primary MX; the registrable domain’s is', async () => {
    const c = load('adversarial/probe161-box-spf-mx-subdomain-sole-mx-dangling-cname');
    const a = await c.run();
    expect(a.verdict).toBe('suspicious');
    expect(severityOf(a, c.eml)).toEqual(['medium']);
    const host = a.origin.rdns!;
    const from = a.from!.domain;
    const asPrimary: Analysis = {
      ...a,
      dns: [...a.dns, { name: from, type: 'MX', answer: [{ priority: 10, exchange: host }] }],
    };
    // Its CNAME leads into Azure's labels, where anyone may take a name: a domain that only sends
    // may leave even its primary MX dangling there (red-team round 164), so that proves nothing.
    expect(severityOf(asPrimary, c.eml)).toEqual(['medium']);
    // Into a hoster's fixed name instead, the primary MX counts.
    const fixedName: Analysis = {
      ...asPrimary,
      dns: asPrimary.dns.map((e) =>
        e.type === 'CNAME' && Array.isArray(e.answer) && String(e.answer[0]).includes('cloudapp')
          ? { ...e, answer: ['srv17.hoster.example'] }
          : e,
      ),
    };
    expect(severityOf(fixedName, c.eml)).toEqual(['low']);
    // A backup MX (another host first) is not the primary.
    const asBackup: Analysis = {
      ...a,
      dns: [
        ...a.dns,
        {
          name: from,
          type: 'MX',
          answer: [
            { priority: 10, exchange: `mail.${from}` },
            { priority: 20, exchange: host },
          ],
        },
      ],
    };
    expect(severityOf(asBackup, c.eml)).toEqual(['medium']);
  });

  it('the domain’s own record naming this one address counts; a wider term does not', async () => {
    const c = load('legit/realworld159-box-azure-exchange2016-lob-relay-ip4-pinned');
    const a = await c.run();
    expect(a.verdict).toBe('authenticated');
    expect(severityOf(a, c.eml)).toEqual(['low']);
    const wider: Analysis = { ...a, spf: { ...a.spf, breadth: { ...a.spf.breadth!, addresses: 256 } } };
    expect(severityOf(wider, c.eml)).toEqual(['medium']);
  });
});

// Red-team round 163: a one-address answer written for whichever address asks
// (`include:%{ir}._spf.<firm>`) is no term of the firm's for this one server.
describe('a single-address term built from the client’s address', () => {
  it('does not vouch; the same term reached through redirect= does', async () => {
    const macro = load('adversarial/probe163-box-macro-spf-one-address-answer-reclaimed-azure-label');
    const a = await macro.run();
    expect(a.spf.breadth?.addresses).toBe(1);
    expect(a.verdict).toBe('suspicious');
    expect(severityOf(a, macro.eml)).toEqual(['medium']);
    const plain = load('adversarial/probe163-outlook-genuine-relay-ip4-32-behind-redirect');
    const b = await plain.run();
    expect(b.verdict).toBe('authenticated');
    expect(severityOf(b, plain.eml)).toEqual(['low']);
  });
});

describe('shared platforms (red-team round 162)', () => {
  it.each([
    ['spf.messagingengine.com', 'Fastmail'],
    ['_spf.protonmail.ch', 'Proton'],
    ['icloud.com', 'Apple'],
    ['spf.smtp2go.com', null],
    ['eu._netblocks.mimecast.com', null],
  ])('%s is %s', (record, owner) => {
    expect(sharedSpfOwner(record)).toBe(owner);
  });
});
