// A list that rewrote From (Google Groups' "'Alice' via Group") names its author in Reply-To; what
// its own sealed record says of the author's domain decides whether the author can be believed
// (red-team round 8: the attacker's own Google Group relaying its spoof of a p=reject bank).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';
import { analyseCase, optionsFromArgs, PINNED_NOW, pinnedCases } from '../../helpers/pinned-corpus';

const byName = (name: string) => {
  const c = pinnedCases().find((x) => x.name === name);
  if (!c) throw new Error(`no corpus case ${name}`);
  return c;
};

/** A corpus case's findings, or those of its message as `edit` changes it (same zone and arguments). */
const ids = async (name: string, edit?: (eml: string) => string) => {
  const c = byName(name);
  if (!edit) return (await analyseCase(c)).findings;
  const eml = readFileSync(`${c.dir}/message.eml`, 'latin1');
  const edited = edit(eml);
  expect(edited).not.toBe(eml);
  const zone = ZoneResolver.fromJson(JSON.parse(readFileSync(`${c.dir}/zone.json`, 'utf8')));
  const opts = { ...optionsFromArgs(c.meta.args ?? []), resolver: zone, now: PINNED_NOW };
  return (await analyzeMessage(Buffer.from(edited, 'latin1'), opts)).findings;
};

describe('list-author-dmarc-failed', () => {
  it("Google's sealed record of the bank failing DMARC under a From rewrite: medium, the list's record cited", async () => {
    const f = await ids('adversarial/probe8-google-group-rewrite-bank-spoof');
    const hit = f.find((x) => x.id === 'list-author-dmarc-failed');
    expect(hit?.severity).toBe('medium');
    expect(hit?.evidence.some((l) => /^ARC-Authentication-Results: i=1;.*dmarc=fail/is.test(l))).toBe(true);
    expect(f.map((x) => x.id)).not.toContain('list-from-rewritten');
  });

  // Red-team round 9: the author named only by X-Original-From's display name (a group set to
  // "reply to the group"), or a Cc/Reply-To naming a mailbox elsewhere: the record's own word on
  // whose DMARC failed decides.
  it('the author named only in X-Original-From, or elsewhere in Cc: the record still speaks', async () => {
    for (const name of [
      'probe9-google-group-reply-to-group',
      'probe9-google-group-cc-names-author-elsewhere',
    ]) {
      const f = await ids(`adversarial/${name}`);
      expect(f.find((x) => x.id === 'list-author-dmarc-failed')?.severity, name).toBe('medium');
    }
  });

  it('a genuine rewritten post (its author passed DMARC at the list) keeps the info finding', async () => {
    const f = await ids('legit/list-google-groups-rewrite');
    expect(f.map((x) => x.id)).toContain('list-from-rewritten');
    expect(f.map((x) => x.id)).not.toContain('list-author-dmarc-failed');
  });

  it("a record edited after sealing is no record: the chain breaks and the list's word is not taken", async () => {
    const f = await ids('legit/list-google-groups-rewrite', (eml) =>
      eml.replace(/(ARC-Authentication-Results: i=1;[\s\S]*?dmarc=)pass/, '$1fail'),
    );
    expect(f.map((x) => x.id)).not.toContain('list-author-dmarc-failed');
  });
});
