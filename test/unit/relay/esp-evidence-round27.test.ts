// Round 27 (probe27): a platform's own signature replays with the message, so on a hosting network
// it names the platform only beside the author's own envelope; and the EBCDIC pages glibc iconv
// decodes beyond IBM037 (wide-words.ts).
import { describe, expect, it } from 'vitest';
import { relayFacts } from '../../../lib/engine/relay-facts';
import { decodeEbcdic, wideWordsAsUtf8 } from '../../../lib/message/wide-words';
import { espEvidence } from '../../../lib/relay/esp-evidence';
import type { AnalyzeOptions, DkimCheck, SpfCheck } from '../../../lib/types';

const none = { rdns: null, rdnsConfirmed: false, envelopeDomain: null, dkimDomains: [] };
const onCloud = { ...none, hostingNetwork: true, fromDomain: 'northbank.example' };

describe('a platform signature on a hosting network (probe27)', () => {
  it('a replay with the replayer’s envelope is no ESP evidence', () => {
    for (const d of ['amazonses.com', 'mandrillapp.com', 'hubspotemail.net', 'pm.mtasv.net']) {
      const ev = { ...onCloud, envelopeDomain: 'attacker.example', dkimDomains: ['northbank.example', d] };
      expect(espEvidence(ev), d).toBeNull();
      expect(espEvidence({ ...ev, envelopeDomain: null }), d).toBeNull();
    }
  });
  it('beside the author’s own bounce domain it still names the platform (rw29 HubSpot, Postmark)', () => {
    expect(
      espEvidence({
        ...onCloud,
        fromDomain: 'acme-tools.example',
        envelopeDomain: 'hs-bounces.acme-tools.example',
        dkimDomains: ['acme-tools.example', 'hubspotemail.net'],
      }),
    ).toEqual({ esp: 'HubSpot', via: 'dkim' });
    expect(
      espEvidence({
        ...onCloud,
        fromDomain: 'billing.quarkfield.example',
        envelopeDomain: 'pm-bounces.quarkfield.example',
        dkimDomains: ['pm.mtasv.net'],
      }),
    ).toEqual({ esp: 'Postmark', via: 'dkim' });
  });
  it('a sibling under a private suffix is another owner', () => {
    expect(
      espEvidence({
        ...onCloud,
        fromDomain: 'bank.github.io',
        envelopeDomain: 'attacker.github.io',
        dkimDomains: ['amazonses.com'],
      }),
    ).toBeNull();
  });
  it('the platform’s own envelope or confirmed name counts as before', () => {
    expect(
      espEvidence({ ...onCloud, envelopeDomain: 'mandrillapp.com', dkimDomains: ['mandrillapp.com'] }),
    ).toEqual({ esp: 'Mailchimp / Mandrill', via: 'envelope' });
    expect(espEvidence({ ...onCloud, rdns: 'a8-40.smtp-out.amazonses.com', rdnsConfirmed: true })).toEqual({
      esp: 'Amazon SES',
      via: 'rdns',
    });
  });
  it('off a hosting network the signature counts as before', () => {
    expect(
      espEvidence({
        ...onCloud,
        hostingNetwork: false,
        envelopeDomain: 'attacker.example',
        dkimDomains: ['amazonses.com'],
      }),
    ).toEqual({ esp: 'Amazon SES', via: 'dkim' });
  });
  it('sendgrid.info is no SendGrid domain', () => {
    expect(espEvidence({ ...none, dkimDomains: ['sendgrid.info'] })).toBeNull();
  });
});

describe('relayFacts: the replayed platform signature leaves the VM a hosted server', () => {
  const ip = '3.80.1.2';
  const opts = {
    classifyIp: (x: string) =>
      x === ip ? { asn: 14618, org: 'Amazon', hosting: 'Amazon Web Services', esp: null } : null,
  } as unknown as AnalyzeOptions;
  const facts = (envelope: string) =>
    relayFacts({
      hops: [],
      originHop: { hopIndex: null, ip, helo: 'ip-10-0-0-5.ec2.internal', rdns: null },
      opts,
      reverse: { name: 'ec2-3-80-1-2.compute-1.amazonaws.com', confirmed: true },
      spf: { result: 'pass', domain: envelope, envelopeFrom: `bounce@${envelope}` } as SpfCheck,
      dkim: [
        { result: 'pass', domain: 'northbank.example' },
        { result: 'pass', domain: 'amazonses.com' },
      ] as DkimCheck[],
      fromDomain: 'northbank.example',
    }).origin;
  it('the replayer’s envelope: hosted, no ESP', () => {
    expect(facts('attacker.example')).toMatchObject({ esp: null, hostedServer: true });
  });
  it('the author’s own bounce domain: Amazon SES', () => {
    expect(facts('bounce.northbank.example')).toMatchObject({ esp: 'Amazon SES', hostedServer: false });
  });
});

/** Lower-case letters, digits, "." and "@" at IBM037's bytes, "@" at `at`. */
function ebcdic(s: string, at = 0x7c): number[] {
  return [...s].map((ch) => {
    if (ch === '@') return at;
    if (ch === '.') return 0x4b;
    if (ch >= '0' && ch <= '9') return 0xf0 + Number(ch);
    const i = ch.charCodeAt(0) - 0x61;
    return i < 9 ? 0x81 + i : i < 18 ? 0x91 + i - 9 : 0xa2 + i - 18;
  });
}
const ADDRESS = 'security@northbank.example';
const b64 = (bytes: number[]) => btoa(String.fromCharCode(...bytes));
const word = (label: string, bytes: number[]) => `=?${label}?B?${b64(bytes)}?=`;
const utf8Text = (raw: string) => {
  const m = /^=\?utf-8\?b\?([^?]*)\?=/.exec(raw);
  return m ? new TextDecoder().decode(Uint8Array.from(atob(m[1]!), (c) => c.charCodeAt(0))) : null;
};

describe('EBCDIC pages beyond IBM037 (probe27)', () => {
  it('IBM500, IBM1047 and their aliases decode the address', () => {
    for (const label of [
      'IBM500',
      'cp500',
      'ibm-500',
      'ebcdic-cp-be',
      'EBCDIC-CP-CH',
      'IBM1047',
      'CP1047',
      'IBM01148',
    ])
      expect(utf8Text(wideWordsAsUtf8(word(label, ebcdic(ADDRESS)))), label).toBe(ADDRESS);
  });
  it('IBM500 and IBM1047 are decoded whole, by their own punctuation bytes', () => {
    expect(decodeEbcdic([0x4a, 0x5a, 0x4f, 0x5f], 500)).toBe('[]!^');
    expect(decodeEbcdic([0xad, 0xbd, 0x5f, 0xba], 1047)).toBe('[]^\u00DD');
    expect(decodeEbcdic([0x9f], 1148)).toBe('\u20AC');
  });
  it('national pages with "@" elsewhere read it at their own byte (IBM273 0xB5, IBM277 0x80)', () => {
    expect(utf8Text(wideWordsAsUtf8(word('IBM273', ebcdic(ADDRESS, 0xb5))))).toBe(ADDRESS);
    expect(utf8Text(wideWordsAsUtf8(word('ebcdic-de-273+euro', ebcdic(ADDRESS, 0xb5))))).toBe(ADDRESS);
    expect(utf8Text(wideWordsAsUtf8(word('ebcdic-cp-dk', ebcdic(ADDRESS, 0x80))))).toBe(ADDRESS);
    // IBM273's 0x7C is "§", not "@".
    expect(decodeEbcdic(ebcdic(ADDRESS), 273)).toBe('security\u00A7northbank.example');
  });
  it('every page is decoded whole, as iconv decodes it (probe29: a soft hyphen, a Cyrillic o)', () => {
    expect(decodeEbcdic([...ebcdic('ab'), 0x4a, 0x5a, 0xff], 870)).toBe('ab\u005B\u005D\u009F');
    expect(decodeEbcdic([0xca], 273)).toBe('\u00AD');
    expect(decodeEbcdic([0x9e], 1025)).toBe('\u043E');
    expect(utf8Text(wideWordsAsUtf8(word('ebcdic-cp-roece', ebcdic(ADDRESS))))).toBe(ADDRESS);
    // A byte the page has no character for is dropped, as iconv //IGNORE drops it (IBM424's 0x70).
    expect(decodeEbcdic([0x81, 0x70, 0x82], 424)).toBe(decodeEbcdic([0x81, 0x82], 424));
  });
  it('a double-byte stretch (SO … SI) is U+FFFD a pair', () => {
    expect(decodeEbcdic([0x81, 0x0e, 0x42, 0xc1, 0x45, 0x41, 0x0f, 0x82], 939)).toBe('a\uFFFD\uFFFDb');
    expect(decodeEbcdic([0x0e, 0x42], 939)).toBe('\uFFFD');
  });
  it('pages with no "@" (IBM274, IBM423) and non-EBCDIC pages are left alone', () => {
    for (const label of ['IBM274', 'IBM423', 'IBM4517', 'cp1252', 'IBM850', 'IBM437', 'ibm5000']) {
      const raw = word(label, ebcdic(ADDRESS));
      expect(wideWordsAsUtf8(raw), label).toBe(raw);
    }
    expect(decodeEbcdic([0x81], 274)).toBeNull();
  });
});
