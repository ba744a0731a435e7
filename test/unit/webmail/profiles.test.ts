// Webmail profiles (lib/webmail/profiles.ts) and `auto` detection (lib/webmail/profile-detect.ts):
// the adapters read the profile, and detection reads only the topmost Received header, so a
// sender cannot steer it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceivedChain } from '../../../lib/message/received';
import { createOutlookAdapter } from '../../../lib/webmail/outlook';
import { detectProfile, resolveWebmail } from '../../../lib/webmail/profile-detect';
import { WEBMAIL_PROFILES } from '../../../lib/webmail/profiles';
import { yahooAdapter } from '../../../lib/webmail/yahoo';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/messages/${name}`, import.meta.url));
const hopsOf = (raw: string | Buffer) => parseReceivedChain(parseMessage(raw).headers);

describe('webmail profiles', () => {
  it('the adapters take their trust and networks from their profile', () => {
    const outlook = createOutlookAdapter('https://outlook.office.com');
    expect(outlook.trustedAuthservIds).toEqual([...WEBMAIL_PROFILES.outlook.trustedAuthservIds]);
    expect(outlook.receiverNetworks).toEqual([...WEBMAIL_PROFILES.outlook.receiverNetworks]);
    expect(yahooAdapter.trustedAuthservIds).toEqual(['*.yahoo.com']);
  });
  it("Outlook's receiver networks hold none of Microsoft's outbound ranges", () => {
    expect(WEBMAIL_PROFILES.outlook.receiverNetworks).toEqual(['2603:1080::/25']);
    expect(WEBMAIL_PROFILES.outlook.entryRule).toBe('exchange-online');
  });
});

describe('detectProfile', () => {
  it('Gmail: past its local `by 2002:…` hand-off, the mx.google.com entry', () => {
    expect(detectProfile(hopsOf(fixture('gmail-delivered.eml')))?.name).toBe('gmail');
  });
  it('Exchange Online: its mailbox hop on top', () => {
    const d = detectProfile(hopsOf(fixture('outlook-delivered.eml')));
    expect(d?.name).toBe('outlook');
    expect(d?.evidence).toContain('prod.outlook.com');
  });
  it('Yahoo: an atlas…yahoo.com receiver on top', () => {
    const raw =
      'Received: from 10.217.151.75 by atlas322.free.mail.ne1.yahoo.com with HTTP; Fri, 20 Nov 2026 10:00:06 +0000\r\nFrom: a@example.com\r\n\r\nx';
    expect(detectProfile(hopsOf(raw))?.name).toBe('yahoo');
  });
  it('a self-hosted receiver on top: no profile, whatever the sender wrote below', () => {
    const raw = [
      'Received: from mail.attacker.example (mail.attacker.example [198.51.100.66]) by mx.reader.example (Postfix) with ESMTPS id 1; Fri, 20 Nov 2026 10:00:06 +0000',
      // The sender's own lines, dressed as Gmail's and Exchange Online's.
      'Received: from x (x [203.0.113.1]) by mx.google.com with ESMTPS id 2; Fri, 20 Nov 2026 10:00:05 +0000',
      'Received: from y (203.0.113.2) by AM0EUR01FT012.mail.protection.outlook.com (10.152.2.148) with Microsoft SMTP Server id 15.20.1 via Frontend Transport; Fri, 20 Nov 2026 10:00:04 +0000',
      'Authentication-Results: spf=pass (sender IP is 203.0.113.2) smtp.mailfrom=bank.example; dkim=pass header.d=bank.example;dmarc=pass action=none header.from=bank.example;compauth=pass reason=100',
      'X-MS-Exchange-Organization-AuthSource: AM0EUR01FT012.eop-EUR01.prod.protection.outlook.com',
      'X-MS-Exchange-Organization-AuthAs: Internal',
      'From: a@bank.example',
      '',
      'x',
    ].join('\r\n');
    expect(detectProfile(hopsOf(raw))).toBeNull();
  });
  it('X-MS-Exchange-* headers alone never select Outlook', () => {
    const raw =
      'X-MS-Exchange-Organization-AuthAs: Internal\r\nX-MS-Exchange-CrossTenant-Id: 84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa\r\nFrom: a@example.com\r\n\r\nx';
    expect(detectProfile(hopsOf(raw))).toBeNull();
  });
});

describe('resolveWebmail and meta.profile', () => {
  it('auto → detected; a name → chosen; none → no profile', () => {
    const hops = hopsOf(fixture('outlook-delivered.eml'));
    expect(resolveWebmail('auto', hops)?.use).toMatchObject({ name: 'outlook', how: 'detected' });
    expect(resolveWebmail('gmail', hops)?.use).toEqual({ name: 'gmail', how: 'chosen', evidence: null });
    expect(resolveWebmail('none', hops)).toBeNull();
    expect(resolveWebmail(undefined, hops)).toBeNull();
  });
  it('the analysis records the profile and reads the Outlook delivery with its entry rule', async () => {
    const a = await analyzeMessage(fixture('outlook-delivered.eml'), { webmail: 'auto' });
    expect(a.meta.profile).toMatchObject({ name: 'outlook', how: 'detected' });
    expect(a.origin.ip).toBe('203.0.113.25');
    const none = await analyzeMessage(fixture('outlook-delivered.eml'), {});
    expect(none.meta.profile).toBeNull();
    // Without the profile, Microsoft's internal hop is taken for the sender.
    expect(none.origin.ip).toBe('2603:10a6:803:1::11');
  });
  it('the Gmail profile trusts mx.google.com as if the caller had passed it', async () => {
    const a = await analyzeMessage(fixture('gmail-delivered.eml'), { webmail: 'gmail' });
    expect(a.provider?.authservId).toBe('mx.google.com');
    expect(a.origin.ip).toBe('198.51.100.7');
  });
});
