// Bytes that are not UTF-8 travel from the content script to the worker one character per byte
// and come back as the same bytes (red-team round 8: a lossy copy marked "not byte-exact" let a
// lifted bank signature's failure be set aside as re-encoding).
import { dkimSign } from 'mailauth/lib/dkim/sign';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';
import { analyzeWithSettings } from '../../../lib/ext/worker-analyze';
import type { WorkerSettings } from '../../../lib/ext/worker-settings';
import { sourceFromSender } from '../../../lib/ext/worker-sites';
import type { Analysis, AnalyzeOptions } from '../../../lib/types';
import { decodeMime } from '../../../lib/webmail/outlook';
import { binaryBytes, binaryString, bytesAsText } from '../../../lib/webmail/raw-bytes';
import { testKey } from '../../helpers/scenarios';

const every = Uint8Array.from({ length: 256 }, (_, i) => i);

describe('raw bytes as text', () => {
  it('UTF-8 stays text; anything else is one character per byte, 0x80-0x9F included', () => {
    expect(bytesAsText(new TextEncoder().encode('Grüße'))).toEqual({ text: 'Grüße', latin1: false });
    const { text, latin1 } = bytesAsText(every);
    expect(latin1).toBe(true);
    expect(text.length).toBe(256);
    // TextDecoder('latin1') is windows-1252: 0x80 would come back as U+20AC, not one byte.
    expect(text.charCodeAt(0x80)).toBe(0x80);
    expect(binaryBytes(text)).toEqual(every);
  });

  it('round-trips megabytes (no argument-spread overflow) and refuses a wider character', () => {
    const big = new Uint8Array(3 * 2 ** 20).map((_, i) => (i * 7) & 0xff);
    const back = binaryBytes(binaryString(big));
    expect(back && Buffer.from(back).equals(Buffer.from(big))).toBe(true);
    expect(binaryBytes('caf\u00e9 \u20ac')).toBeNull();
  });

  it("Outlook's MIME content that is not UTF-8 keeps its bytes", () => {
    const b64 = Buffer.from([0x53, 0x3a, 0x20, 0xe9, 0x0d, 0x0a]).toString('base64');
    expect(decodeMime(b64)).toEqual({ text: 'S: \u00e9\r\n', latin1: true });
  });
});

describe('the worker analyses a latin1 copy as its bytes', () => {
  const settings: WorkerSettings = {
    dnsMode: 'offline',
    customDohUrl: '',
    customDohGranted: false,
    approvedServers: [],
    approvedServerDomains: {},
    extraAuthservIds: [],
    siteAuthservIds: {},
    roundcubeSites: [],
    keepHistory: false,
    trustedGateways: { domains: [], networks: [] },
    trustedForwarders: [],
    natNetworks: [],
    organisationDomains: [],
    stamp: '',
  };
  const capture = () => {
    const seen: Array<{ raw: string | Uint8Array; opts: AnalyzeOptions }> = [];
    return {
      seen,
      analyze: async (raw: string | Uint8Array, opts: AnalyzeOptions) => {
        seen.push({ raw, opts });
        return {} as Analysis;
      },
    };
  };
  const source = { site: 'outlook' as const, messageId: 'm', byteExact: true, trustedAuthservIds: [] };

  it('bytes, byte-exact; a character wider than a byte makes it text, not byte-exact', async () => {
    const c = capture();
    await analyzeWithSettings('S: \u00e9\r\n\r\n', { ...source, latin1: true }, settings, c);
    expect(c.seen[0]?.raw).toEqual(Uint8Array.from([0x53, 0x3a, 0x20, 0xe9, 13, 10, 13, 10]));
    expect(c.seen[0]?.opts.notByteExact).toBe(false);
    await analyzeWithSettings('S: \u20ac\r\n\r\n', { ...source, latin1: true }, settings, c);
    expect(c.seen[1]?.raw).toBe('S: \u20ac\r\n\r\n');
    expect(c.seen[1]?.opts.notByteExact).toBe(true);
  });

  it("the content script's flag passes only as a boolean true", () => {
    const url = 'https://outlook.office.com/mail/inbox';
    const sites = { roundcubeSites: [] };
    expect(sourceFromSender({ ...source, latin1: true }, url, sites)?.latin1).toBe(true);
    expect(sourceFromSender({ ...source, latin1: 'yes' as never }, url, sites)?.latin1).toBeUndefined();
  });
});

describe('a message whose body is Latin-1, analysed as the worker now receives it', () => {
  const key = testKey();
  const message = (from: string, body: string) =>
    Buffer.from(
      `From: ${from}\r\nTo: robin@reader.example\r\nSubject: Relev\u00e9\r\nDate: Fri, 20 Nov 2026 10:00:00 +0000\r\nMessage-ID: <1@northbank.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body}`,
      'latin1',
    );
  const signed = async (bytes: Buffer) => {
    const res = (await dkimSign(bytes, {
      canonicalization: 'relaxed/relaxed',
      signTime: new Date('2026-11-20T10:00:00Z'),
      signatureData: [
        {
          signingDomain: 'northbank.example',
          selector: 'nb1',
          privateKey: key.privatePem,
          algorithm: 'rsa-sha256',
        },
      ],
    } as never)) as { signatures: string };
    return Buffer.concat([Buffer.from(res.signatures, 'latin1'), bytes]);
  };
  const entry = (ip: string) =>
    `Received: from mail.sender.example (mail.sender.example [${ip}]) by mx.reader.example with ESMTPS id 1; Fri, 20 Nov 2026 10:00:05 +0000\r\n`;
  const zone = new ZoneResolver({
    'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
    'nb1._domainkey.northbank.example': { TXT: [key.txt] },
    '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
  } as never);
  const opts = { resolver: zone, trustedAuthservIds: ['mx.reader.example'] };

  it('the genuine notice verifies from its bytes', async () => {
    const raw = Buffer.concat([
      Buffer.from(entry('192.0.2.10')),
      await signed(message('alerts@northbank.example', 'Votre relev\u00e9 est pr\u00eat.\r\n')),
    ]);
    const bytes = binaryBytes(bytesAsText(raw).text)!;
    const a = await analyzeMessage(bytes, opts);
    expect(a.dkim[0]?.result).toBe('pass');
    expect(a.verdict).toBe('authenticated');
  });

  it('a bank signature lifted onto a spoof with a Latin-1 byte: spoofed from the bytes, set aside as text', async () => {
    const genuine = await signed(message('alerts@northbank.example', 'Votre relev\u00e9 est pr\u00eat.\r\n'));
    const at = genuine.indexOf('\r\n\r\n');
    const spoof = Buffer.concat([
      Buffer.from(entry('198.51.100.66')),
      genuine.subarray(0, at + 4),
      Buffer.from('Carte bloqu\u00e9e : https://attacker.example/\r\n', 'latin1'),
    ]);
    const { text } = bytesAsText(spoof);
    const asBytes = await analyzeMessage(binaryBytes(text)!, opts);
    expect(asBytes.dmarc.result).toBe('fail');
    expect(asBytes.verdict).toBe('spoofed');
    // What the adapters sent before: a lossy copy marked not byte-exact, whose fail was set aside.
    const before = await analyzeMessage(new TextDecoder('windows-1252').decode(spoof), {
      ...opts,
      notByteExact: true,
    });
    expect(before.verdict).not.toBe('spoofed');
  });
});
