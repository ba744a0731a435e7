// What the provider concluded (lib/auth/authresults-provider.ts): which of several results of one
// method counts, and which trusted headers of one delivery are read together.
import { describe, expect, it } from 'vitest';
import { parseAuthResults, providerResults } from '../../../lib/auth/authresults';
import { parseMessage } from '../../../lib/message/parse';

const DATE = 'Fri, 20 Nov 2026 10:00:05 +0000';
const SENDER = [
  'From: Northbank <alerts@northbank.example>',
  'To: robin@reader.example',
  'Subject: Your statement',
  'Date: Fri, 20 Nov 2026 10:00:00 +0000',
];
const msg = (lines: string[]) => [...lines, ...SENDER, '', 'hi'].join('\r\n');
const provider = (lines: string[], ids: string[]) =>
  providerResults(parseAuthResults(parseMessage(msg(lines)).headers, ids), 'northbank.example');

describe('several spf= results in one header (Cisco IronPort)', () => {
  const ironport = (results: string) => [
    `Authentication-Results: esa1.reader.example; ${results}; dkim=pass header.i=@northbank.example; dmarc=pass (p=reject dis=none) d=northbank.example`,
    `Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by esa1.reader.example with ESMTP; ${DATE}`,
  ];

  it('the MAIL FROM result counts, not Sender ID’s smtp.pra written first', () => {
    const p = provider(
      ironport(
        'spf=None smtp.pra=alerts@northbank.example; spf=Pass smtp.mailfrom=bounce@northbank.example; spf=None smtp.helo=postmaster@mail.northbank.example',
      ),
      ['esa1.reader.example'],
    );
    expect(p?.spf).toBe('pass');
  });

  it('a PRA pass never hides a MAIL FROM fail', () => {
    const p = provider(
      ironport(
        'spf=Pass smtp.pra=alerts@northbank.example; spf=Fail smtp.mailfrom=bounce@northbank.example; spf=Pass smtp.helo=postmaster@mail.evil.example',
      ),
      ['esa1.reader.example'],
    );
    expect(p?.spf).toBe('fail');
  });

  it('without a MAIL FROM result the HELO one counts; a PRA result alone is no SPF result', () => {
    expect(
      provider(
        ironport('spf=Pass smtp.pra=alerts@northbank.example; spf=SoftFail smtp.helo=mail.evil.example'),
        ['esa1.reader.example'],
      )?.spf,
    ).toBe('softfail');
    expect(
      provider(ironport('spf=Pass smtp.pra=alerts@northbank.example'), ['esa1.reader.example'])?.spf,
    ).toBeNull();
  });
});
