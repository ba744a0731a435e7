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
    // Unsigned, the name must also be shown to reach its address without a CNAME out of the
    // domain: the engine then looks its CNAMEs up (none here), and without that lookup it is not.
    expect(severityOn(unsigned)).toEqual(['medium']);
    const noCname: Analysis = {
      ...unsigned,
      dns: [...a.dns, { name: a.origin.rdns!, type: 'CNAME', error: 'ENODATA' }],
    };
    expect(severityOn(noCname)).toEqual(['low']);
    const neighbour: Analysis = {
      ...a,
      origin: { ...a.origin, rdns: 'static.1.0.0.0.example.your-server.de' },
    };
    expect(severityOn(neighbour)).toEqual(['medium']);
  });
});

// Red-team round 155: under a term that passes everyone, unsigned, a confirmed name inside the
// domain counts only when it reaches its address without a CNAME out of the organisation (a
// dangling CNAME into *.cloudapp.azure.com is anyone's who re-registers the label), or is the
// domain's MX host.
describe('broad-spf under a term that passes everyone, unsigned', () => {
  const load = (name: string) => {
    const pinned = pinnedCases().find((x) => x.name === `adversarial/${name}`)!;
    const eml = readFileSync(new URL(`../../fixtures/adversarial/${name}/message.eml`, import.meta.url));
    return { run: () => analyseCase(pinned, classifyIp), eml };
  };
  const severityOf = (a: Analysis, eml: Buffer) =>
    broadSpfRule({ analysis: a, message: parseMessage(eml), options: {} }).map((f) => f.severity);

  it('is medium when the confirmed name is a CNAME into a cloud’s names', async () => {
    const c = load('probe155-box-plus-all-dangling-cname-azure-reclaimed');
    const a = await c.run();
    expect(a.verdict).toBe('suspicious');
    expect(severityOf(a, c.eml)).toEqual(['medium']);
    // The same name recorded as the domain's MX host: the domain receives its mail there.
    const mx: Analysis = {
      ...a,
      dns: [
        ...a.dns,
        {
          name: 'carrow-holdings.example',
          type: 'MX',
          answer: [{ priority: 10, exchange: 'legacy-mail.carrow-holdings.example' }],
        },
      ],
    };
    // But the CNAME leads into Azure's labels, which anyone may re-claim, and a domain that only
    // sends may leave its MX dangling there (red-team round 164): still medium.
    expect(severityOf(mx, c.eml)).toEqual(['medium']);
    // Into a hoster's fixed name, the primary MX counts.
    const fixedName: Analysis = {
      ...mx,
      dns: mx.dns.map((e) =>
        e.type === 'CNAME' && Array.isArray(e.answer) && String(e.answer[0]).includes('cloudapp')
          ? { ...e, answer: ['srv17.hoster.example'] }
          : e,
      ),
    };
    expect(severityOf(fixedName, c.eml)).toEqual(['low']);
  });

  it('is low for a name with no CNAME, and medium when the chain was never looked up', async () => {
    const c = load('probe148-box-spf-exists-localpart-control');
    const a = await c.run();
    expect(a.verdict).toBe('authenticated');
    expect(a.dns.some((e) => e.type === 'CNAME' && e.error === 'ENODATA')).toBe(true);
    expect(severityOf(a, c.eml)).toEqual(['low']);
    const unlooked: Analysis = { ...a, dns: a.dns.filter((e) => e.type !== 'CNAME') };
    expect(severityOf(unlooked, c.eml)).toEqual(['medium']);
  });
});
