// broad-spf (lib/findings/broad-spf.ts) beside the From domain's own server on a hoster: a firm's
// forward-confirmed Hetzner server, its own aligned DKIM signature passing, under an SPF record of
// all of Hetzner's IPv6 /32 (real-mail round 145). The term's breadth does not bear on this
// message: low, signed or not (the confirmed name proves the server). Without the confirmed name
// the term is how a rented server passes: medium.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { broadSpfRule } from '../../../lib/findings/broad-spf';
import { parseMessage } from '../../../lib/message/parse';
import { type Classifier, createClassifier } from '../../../lib/relay/classify';
import type { Analysis } from '../../../lib/types';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';
import { analyseCase, pinnedCases } from '../../helpers/pinned-corpus';

const NAME = 'realworld145-box-hetzner-broad-32-own-server-signed';
const c = pinnedCases().find((x) => x.name === `legit/${NAME}`)!;
const raw = readFileSync(new URL(`../../fixtures/legit/${NAME}/message.eml`, import.meta.url));

let classifyIp: Classifier;
beforeAll(async () => {
  classifyIp = createClassifier(await loadIpTablesFromDisk());
});

const analyse = () => analyseCase(c, classifyIp);

const severityOn = (a: Analysis) =>
  broadSpfRule({ analysis: a, message: parseMessage(raw), options: {} }).map((f) => f.severity);

describe('broad-spf at the From domain’s own server', () => {
  it('is low beside the domain’s own aligned signature and its confirmed server name', async () => {
    const a = await analyse();
    expect(a.origin.hostedServer).toBe(true);
    expect(a.verdict).toBe('authenticated');
    expect(severityOn(a)).toEqual(['low']);
  });

  it('stays low unsigned at the confirmed server, and is medium without the confirmed name', async () => {
    const a = await analyse();
    // The confirmed name is what no one else can arrange (lib/findings/hosted-server.ts).
    const unsigned: Analysis = { ...a, dkim: a.dkim.map((d) => ({ ...d, result: 'fail' as const })) };
    expect(severityOn(unsigned)).toEqual(['low']);
    const neighbour: Analysis = {
      ...a,
      origin: { ...a.origin, rdns: 'static.1.0.0.0.example.your-server.de' },
    };
    expect(severityOn(neighbour)).toEqual(['medium']);
  });
});
