// A copy saved out of a mailbox file with its `>From ` quoting left in (Thunderbird's "Save as"):
// the signature is checked again on the body with that quoting undone, and counts only when it
// then verifies in full (lib/auth/mbox-quoting.ts, lib/analyze.ts).
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { withoutMboxQuoting } from '../../../lib/auth/mbox-quoting';
import { ZoneResolver } from '../../../lib/dns';
import { buildMessage, deliver, sign, testKey } from '../../helpers/scenarios';

const SPEC = {
  from: 'Northbank <news@northbank.example>',
  // An envelope of the ESP's own domain: SPF passes unaligned, only the signature can align.
  mailFrom: 'bounce@esp.example',
  ip: '192.0.2.10',
  helo: 'mta.esp.example',
  subject: 'Opening hours',
};
const BODY =
  'Dear customer,\r\nFrom Monday our branch opens at 08:00.\r\n>From the archive: a quoted line.\r\nBye\r\n';

async function stored(edit: (body: string) => string): Promise<{ raw: string; zone: ZoneResolver }> {
  const key = testKey();
  const signed = await sign(
    buildMessage({ ...SPEC, body: BODY }),
    'northbank.example',
    'sel1',
    key.privatePem,
  );
  const at = signed.indexOf('\r\n\r\n') + 4;
  const raw = deliver(signed.slice(0, at) + edit(signed.slice(at)), SPEC, 'none');
  const zone = new ZoneResolver({
    'esp.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
    'sel1._domainkey.northbank.example': { TXT: [key.txt] },
    '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
  });
  return { raw, zone };
}

// mboxrd: one more `>` on every line that begins with `>*From `.
const quote = (body: string) => body.replace(/(^|\n)(>*From )/g, '$1>$2');

describe('mbox quoting undone to verify', () => {
  it('undoes one level on body lines only, and nothing when there is none', () => {
    const raw = 'From: a@b.example\r\nX-Note: >From header\r\n\r\n>From x\r\n>>From y\r\n> From z\r\n';
    expect(withoutMboxQuoting(raw)).toBe(
      'From: a@b.example\r\nX-Note: >From header\r\n\r\nFrom x\r\n>From y\r\n> From z\r\n',
    );
    const bytes = withoutMboxQuoting(new TextEncoder().encode(raw));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes as Uint8Array).toString('latin1')).toContain('\r\n\r\nFrom x\r\n');
    expect(withoutMboxQuoting('From: a@b.example\r\n\r\nNo quoting here\r\n')).toBeNull();
    expect(withoutMboxQuoting('From: a@b.example\r\nSubject: no body')).toBeNull();
  });

  it('a signed message saved with its "From " lines quoted: the signature verifies once undone', async () => {
    const { raw, zone } = await stored(quote);
    const a = await analyzeMessage(raw, { resolver: zone, now: new Date('2026-03-03T10:05:00Z') });
    expect(a.dkim).toHaveLength(1);
    expect(a.dkim[0]).toMatchObject({
      domain: 'northbank.example',
      result: 'pass',
      aligned: true,
      mboxUnquoted: true,
    });
    expect(a.dkim[0]!.info).toMatch(/mbox quoting/);
    expect(a.dmarc.result).toBe('pass');
    expect(a.verdict).toBe('authenticated');
  });

  it('mboxo, which quotes without marking: the sender’s own ">From " line stays, the store’s is undone', async () => {
    // mboxo quotes only "From " lines: the stored body has the sender's ">From the archive" and
    // the store's ">From Monday" alike; undoing both fails, undoing the store's alone verifies.
    const { raw, zone } = await stored((b) => b.replace(/(^|\n)From /g, '$1>From '));
    const a = await analyzeMessage(raw, { resolver: zone, now: new Date('2026-03-03T10:05:00Z') });
    expect(a.dkim[0]).toMatchObject({ result: 'pass', mboxUnquoted: true });
    expect(a.verdict).toBe('authenticated');
  });

  it('the message as signed needs no undoing (a genuine ">From " line stays as it is)', async () => {
    const { raw, zone } = await stored((b) => b);
    const a = await analyzeMessage(raw, { resolver: zone, now: new Date('2026-03-03T10:05:00Z') });
    expect(a.dkim[0]).toMatchObject({ result: 'pass' });
    expect(a.dkim[0]!.mboxUnquoted).toBeUndefined();
    expect(a.verdict).toBe('authenticated');
  });

  it('a body changed besides the quoting still fails: spoofed under p=reject', async () => {
    const { raw, zone } = await stored((b) => quote(b).replace('08:00', '06:00'));
    const a = await analyzeMessage(raw, { resolver: zone, now: new Date('2026-03-03T10:05:00Z') });
    expect(a.dkim[0]).toMatchObject({ result: 'fail' });
    expect(a.dkim[0]!.mboxUnquoted).toBeUndefined();
    expect(a.verdict).toBe('spoofed');
  });
});
