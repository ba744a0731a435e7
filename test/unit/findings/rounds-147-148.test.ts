// Real-mail round 147 and red-team round 148, read through the pinned corpus as the CLI reads it:
// - an SPF `exists:` term whose name holds nothing of the client's address passes every server, as
//   `all` does (lib/relay/spf-breadth.ts), except at the From domain's own confirmed server;
// - a delivery status notification the reader's own box wrote vouches for the copy it returns
//   (lib/attached.ts receiverReport), which is then read as the login submission it was;
// - Exchange Online's own system mailbox ("Microsoft Outlook") inside the tenant claims no brand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayNameRule } from '../../../lib/findings/display-name';
import { parseMessage } from '../../../lib/message/parse';
import { type Classifier, createClassifier } from '../../../lib/relay/classify';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';
import { analyseCase, pinnedCases } from '../../helpers/pinned-corpus';

let classifyIp: Classifier;
beforeAll(async () => {
  classifyIp = createClassifier(await loadIpTablesFromDisk());
});
const cases = pinnedCases();
const pinned = (name: string) => {
  const c = cases.find((x) => x.name === name);
  if (!c) throw new Error(`no pinned case ${name}`);
  return c;
};
const ids = (a: { findings: Array<{ id: string; severity: string }> }) =>
  a.findings.map((f) => `${f.id}:${f.severity}`);

describe('exists: without the client address', () => {
  it('passes everyone: broad-spf medium, suspicious', async () => {
    for (const name of [
      'probe148-box-spf-exists-localpart-any-server',
      'probe148-box-spf-exists-helo-any-server',
    ]) {
      const a = await analyseCase(pinned(`adversarial/${name}`), classifyIp);
      expect(a.spf.result).toBe('pass');
      expect(a.spf.mechanism).toMatch(/^exists:/);
      expect(ids(a)).toContain('broad-spf:medium');
      expect(a.verdict).toBe('suspicious');
    }
  });

  it('is low at the domain’s own confirmed server, and an exists: holding %{i} is not broad', async () => {
    const own = await analyseCase(
      pinned('adversarial/probe148-box-spf-exists-localpart-control'),
      classifyIp,
    );
    expect(ids(own)).toContain('broad-spf:low');
    expect(own.verdict).toBe('authenticated');
    const held = await analyseCase(
      pinned('adversarial/probe148-box-spf-exists-ip-and-localpart-held'),
      classifyIp,
    );
    expect(held.findings.map((f) => f.id)).not.toContain('broad-spf');
  });
});

describe('the reader’s own bounce, --attached', () => {
  it('vouches for the returned copy: the reader’s login, unverified, no outsider', async () => {
    const a = await analyseCase(
      pinned('legit/realworld147-box-postfix-bounce-own-unsigned-mail-attached'),
      classifyIp,
    );
    expect(a.verdict).toBe('unverified');
    expect(a.findings.map((f) => f.id)).not.toContain('attached-by-outsider');
  });

  it('a bounce forged as the box’s own and sent from outside vouches for nothing', async () => {
    const a = await analyseCase(
      pinned('adversarial/realworld147-box-forged-own-bounce-from-outside-attack-twin'),
      classifyIp,
    );
    expect(a.verdict).toBe('spoofed');
  });
});

describe('Exchange Online’s system mailbox inside the tenant', () => {
  const name = 'legit/realworld147-m365-ndr-system-mailbox-inside-tenant';
  it('claims no brand; the same name from another mailbox does', async () => {
    const c = pinned(name);
    const a = await analyseCase(c, classifyIp);
    expect(a.origin.insideReceiver).toBe(true);
    expect(a.findings.map((f) => f.id)).not.toContain('display-name-brand');
    const raw = readFileSync(join(c.dir, 'message.eml'), 'latin1');
    const from = a.from!;
    const other = { ...a, from: { ...from, address: `it-helpdesk@${from.domain}` } };
    const findings = displayNameRule({ analysis: other, message: parseMessage(raw), options: {} });
    expect(findings.map((f) => f.id)).toContain('display-name-brand');
  });
});
