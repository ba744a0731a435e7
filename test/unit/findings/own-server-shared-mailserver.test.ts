// One server for several domains (Mailcow, Mail-in-a-Box; real-mail round 213): its reverse name is
// its operator's, and the From domain's own primary MX names it. lib/findings/hosted-server.ts
// ownServerEvidence takes it as the domain's own server only beside the domain's aligned signature
// and an aligned SPF pass, so a stranger's rented server, or a re-claimed MX name, is not lifted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';
import { createClassifier } from '../../../lib/relay/classify';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';
import { optionsFromArgs, PINNED_NOW, pinnedCases } from '../../helpers/pinned-corpus';

const NAME = 'legit/w213-box-vultr-mailcow-second-domain-mx-spf-signed';
type Zone = Record<string, Record<string, unknown>>;

async function read(change: (zone: Zone) => void) {
  const c = pinnedCases().find((x) => x.name === NAME);
  if (!c) throw new Error(`no corpus case ${NAME}`);
  const zone = JSON.parse(readFileSync(join(c.dir, 'zone.json'), 'utf8')) as Zone;
  change(zone);
  const classifier = createClassifier(await loadIpTablesFromDisk());
  const a = await analyzeMessage(readFileSync(join(c.dir, 'message.eml')), {
    ...optionsFromArgs(c.meta.args ?? []),
    resolver: ZoneResolver.fromJson(zone),
    classifyIp: classifier,
    ipDataVersion: classifier.source,
    now: PINNED_NOW,
  });
  return {
    verdict: a.verdict,
    hosted: a.findings.filter((f) => f.id === 'hosted-server-relay').map((f) => f.severity),
  };
}

describe("a shared mail server named by the From domain's primary MX", () => {
  it('is the domain’s own server with its aligned signature and SPF pass', async () => {
    expect(await read(() => {})).toEqual({ verdict: 'authenticated', hosted: ['low'] });
  });
  it('is not when the domain’s primary MX is another server', async () => {
    const got = await read((z) => {
      z['rowan-pottery.example']!.MX = [{ priority: 10, exchange: 'mx.elsewhere.example' }];
      z['rowan-pottery.example']!.TXT = ['v=spf1 ip4:45.77.140.18 -all'];
    });
    expect(got.hosted).toEqual(['medium']);
    expect(got.verdict).toBe('suspicious');
  });
  it('is not without the domain’s own signature (the key gone: a stranger holding the MX name)', async () => {
    const got = await read((z) => {
      delete z['dkim._domainkey.rowan-pottery.example'];
    });
    expect(got.hosted).toEqual(['medium']);
    expect(got.verdict).not.toBe('authenticated');
  });
});
