// Issue 19 §5: thousands of header fields cost linear time. Over MAX_FIELDS_AS_IS fields, mailauth
// is given only the fields a signature can name or its verifier reads, and every DKIM/ARC result
// stays what it is on the whole message; the hop chain reads the newest MAX_RECEIVED_FIELDS
// Received fields, says so, and no SPF, DKIM or DMARC result or verdict changes.
import { dkimSign } from 'mailauth/lib/dkim/sign';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { checkDkimAndArc } from '../../../lib/auth/arc';
import { boundAuthInput, MAX_FIELDS_AS_IS, MAX_RECEIVED_FIELDS } from '../../../lib/auth/limits';
import { ZoneResolver } from '../../../lib/dns';
import { dkimName, message, rsaKey, SIGN_TIME, seal, sign, TestZone } from '../../fixtures/auth/mail';
import { scenario } from '../../helpers/scenarios';

const key = rsaKey(2048);
const zone = new TestZone({
  [dkimName('s1', 'example.com')]: { TXT: [key.record] },
  [dkimName('arc', 'forwarder.example')]: { TXT: [key.record] },
});
const opts = { resolver: zone, fromDomain: 'example.com', now: SIGN_TIME };

function received(n: number, from = 0): string[] {
  return Array.from(
    { length: n },
    (_, i) =>
      `Received: from h${from + i}.example (h${from + i}.example [192.0.2.${(from + i) % 250}])\r\n\tby relay.example with ESMTP; Sun, 01 Mar 2026 10:00:00 +0000`,
  );
}
const withTop = (raw: string, fields: string[]) => `${fields.join('\r\n')}\r\n${raw}`;
const fieldCount = (raw: string | Uint8Array) => {
  const text = typeof raw === 'string' ? raw : new TextDecoder().decode(raw);
  return text.slice(0, text.indexOf('\r\n\r\n')).split(/\r\n(?![ \t])/).length;
};

/** The DKIM and ARC results on what boundAuthInput hands mailauth, and on the whole message. */
async function bothWays(raw: string | Uint8Array) {
  const { input } = boundAuthInput(raw);
  return { bounded: await checkDkimAndArc(input, opts), whole: await checkDkimAndArc(raw, opts), input };
}

describe(`over ${MAX_FIELDS_AS_IS} header fields, mailauth sees only those it can read`, () => {
  it('a signed message under 1,500 relays’ Received fields: pass, as on the whole message', async () => {
    const raw = withTop(
      await sign(message(), [{ domain: 'example.com', selector: 's1', key }]),
      received(1500),
    );
    const { bounded, whole, input } = await bothWays(raw);
    expect(fieldCount(input)).toBeLessThan(20);
    expect(bounded).toEqual(whole);
    expect(bounded.dkim[0]).toMatchObject({ result: 'pass', domain: 'example.com' });
  });

  it('bytes with 8-bit UTF-8 in the headers (0x80–0x9F continuation bytes) give the same pass', async () => {
    const signed = await sign(message({ subject: 'Grüße – 10 € für „Sie“' }), [
      { domain: 'example.com', selector: 's1', key },
    ]);
    const raw = new TextEncoder().encode(withTop(signed, received(1500)));
    const { bounded, whole, input } = await bothWays(raw);
    expect(fieldCount(input)).toBeLessThan(20);
    expect(bounded).toEqual(whole);
    expect(bounded.dkim[0]).toMatchObject({ result: 'pass' });
    // A string input is what mailauth reads as UTF-8: the same again.
    const asString = await bothWays(withTop(signed, received(1500)));
    expect(asString.bounded).toEqual(asString.whole);
  });

  it('changes after signing still fail, the same way: a rewritten Subject, an added From', async () => {
    const signed = await sign(message(), [{ domain: 'example.com', selector: 's1', key }]);
    const rewritten = withTop(
      signed.replace('Subject: Quarterly report', 'Subject: Pay now'),
      received(1500),
    );
    const added = withTop(signed, [...received(1500), 'From: Mallory <ceo@example.com>']);
    for (const raw of [rewritten, added]) {
      const { bounded, whole } = await bothWays(raw);
      expect(bounded).toEqual(whole);
      expect(bounded.dkim[0]?.result).not.toBe('pass');
    }
  });

  it('a signature that covers Received keeps every Received field mailauth may need', async () => {
    const base = withTop(message(), received(2, 90_000));
    const res = await dkimSign(base, {
      signTime: SIGN_TIME,
      headerList: 'from:to:subject:date:received:received',
      signatureData: [{ signingDomain: 'example.com', selector: 's1', privateKey: key.privatePem }],
    } as never);
    const signed = (res as { signatures: string }).signatures + base;
    const raw = withTop(signed, received(1500));
    const { bounded, whole, input } = await bothWays(raw);
    expect(fieldCount(input)).toBeGreaterThan(1500);
    expect(bounded).toEqual(whole);
    expect(bounded.dkim[0]).toMatchObject({ result: 'pass' });
  });

  it('an ARC chain under 1,500 Received fields verifies as on the whole message', async () => {
    const signed = await sign(message(), [{ domain: 'example.com', selector: 's1', key }]);
    const sealed = await seal(withTop(signed, received(3)), {
      domain: 'forwarder.example',
      selector: 'arc',
      key,
      cv: 'none',
      authResults: 'forwarder.example; dkim=pass header.d=example.com',
    });
    const { bounded, whole } = await bothWays(withTop(sealed, received(1500)));
    expect(bounded).toEqual(whole);
    expect(bounded.arc.result).toBe('pass');
  });

  it('leaves a message under the limit untouched', async () => {
    const raw = withTop(
      await sign(message(), [{ domain: 'example.com', selector: 's1', key }]),
      received(900),
    );
    expect(boundAuthInput(raw).input).toBe(raw);
  });
});

describe(`over ${MAX_RECEIVED_FIELDS} Received fields, the hop chain reads the newest`, () => {
  /** The scenario's message with `n` older (sender-side) Received fields below the receiver's. */
  async function withOlderHops(n: number) {
    const sc = await scenario('authenticated');
    const lines = sc.raw.split('\r\n');
    // Return-Path, the receiver's Authentication-Results and Received come first.
    const raw = [...lines.slice(0, 3), ...received(n), ...lines.slice(3)].join('\r\n');
    return analyzeMessage(raw, {
      resolver: ZoneResolver.fromJson(sc.zone),
      trustedAuthservIds: [sc.authservId],
      now: new Date('2026-03-03T10:00:10Z'),
    });
  }

  it('says what it cut, and changes no result and no verdict', async () => {
    const [few, many] = await Promise.all([withOlderHops(20), withOlderHops(1500)]);
    expect(few.meta.bounds).toBeUndefined();
    expect(few.findings.some((f) => f.id === 'received-chain-cut')).toBe(false);
    expect(many.meta.bounds?.receivedCut).toEqual({ total: 1501, read: MAX_RECEIVED_FIELDS });
    expect(many.hops).toHaveLength(MAX_RECEIVED_FIELDS);
    const cut = many.findings.find((f) => f.id === 'received-chain-cut');
    expect(cut?.title).toBe('1,501 Received headers: only the first 1,000 were read');
    expect(many.verdict).toBe(few.verdict);
    expect(many.verdict).toBe('authenticated');
    expect(many.origin.ip).toBe(few.origin.ip);
    for (const k of ['spf', 'dmarc', 'arc'] as const) expect(many[k].result).toBe(few[k].result);
    expect(many.dkim.map((d) => d.result)).toEqual(few.dkim.map((d) => d.result));
  });
});
