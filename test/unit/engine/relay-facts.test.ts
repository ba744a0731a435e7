// Which evidence may turn a hosted server into an email service provider: a spoofer on a rented
// VM writes whatever Return-Path it likes, so the envelope domain only counts once SPF passed.
import { beforeAll, describe, expect, it } from 'vitest';
import { relayFacts } from '../../../lib/engine/relay-facts';
import { type Classifier, createClassifier } from '../../../lib/relay/classify';
import type { SpfCheck } from '../../../lib/types';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';
import { baseCtx } from '../findings/build';

let classify: Classifier;
beforeAll(async () => {
  classify = createClassifier(await loadIpTablesFromDisk());
});

const VM = '20.1.2.3'; // Microsoft Azure, not a mail range

function facts(spf: Partial<SpfCheck>) {
  const base = baseCtx().analysis;
  const hops = [{ ...base.hops[0]!, ip: VM }];
  return relayFacts({
    hops,
    originHop: { hopIndex: 0, ip: VM, helo: 'vm-7', rdns: null },
    opts: { classifyIp: classify },
    reverse: { name: null, confirmed: false },
    spf: { ...base.spf, ip: VM, ...spf },
    dkim: [],
  }).origin;
}

describe('relay facts: envelope evidence', () => {
  it('a Return-Path at an ESP that SPF did not pass leaves the VM a hosted server', () => {
    for (const result of ['fail', 'softfail', 'neutral', 'none', 'temperror'] as const) {
      const origin = facts({ result, domain: 'sendgrid.net', envelopeFrom: 'bounce@sendgrid.net' });
      expect(origin).toMatchObject({
        esp: null,
        hostedServer: true,
        org: expect.stringContaining('Microsoft'),
      });
    }
  });

  it('an envelope domain SPF passed for names the ESP', () => {
    const origin = facts({ result: 'pass', domain: 'sendgrid.net', envelopeFrom: 'bounce@sendgrid.net' });
    expect(origin).toMatchObject({ esp: 'SendGrid', hostedServer: false });
  });

  it('the null sender’s HELO identity is not an envelope domain', () => {
    const origin = facts({ result: 'pass', domain: 'sendgrid.net', envelopeFrom: '' });
    expect(origin).toMatchObject({ esp: null, hostedServer: true });
  });
});
