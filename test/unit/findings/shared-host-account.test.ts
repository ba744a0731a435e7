import { describe, expect, it } from 'vitest';
import { otherAccount } from '../../../lib/findings/shared-host-account';
import type { HeaderField } from '../../../lib/types';

const HOST = 'p3plcpnl1062.prod.phx3.secureserver.net';
const field = (name: string, value: string): HeaderField =>
  ({ key: name.toLowerCase(), value, line: `${name}: ${value}` }) as HeaderField;
const start = field(
  'X-AntiAbuse',
  'This header was added to track abuse, please include it with any abuse report',
);
const script = (user: string, dir: string) => [
  start,
  field('X-Get-Message-Sender-Via', `${HOST}: authenticated_id: ${user}/from_h`),
  field('X-Authenticated-Sender', `${HOST}: noreply@harbour-dental.example`),
  field('X-Source-Dir', dir),
];
const login = (user: string) => [
  start,
  field('X-Get-Message-Sender-Via', `${HOST}: authenticated_id: ${user}`),
  field('X-Authenticated-Sender', `${HOST}: ${user}`),
  field('X-Source-Dir', ''),
];
const FROM = 'harbour-dental.example';

describe('otherAccount: the account a shared host’s own trailer names', () => {
  it('names another account’s script directory, with its lines', () => {
    const got = otherAccount(script('kilnbr7', 'kilnbridge-pottery.example:/public_html/contact'), FROM);
    expect(got?.account).toBe('kilnbridge-pottery.example');
    expect(got?.lines).toContain('X-Source-Dir: kilnbridge-pottery.example:/public_html/contact');
  });

  it('names another organisation’s mailbox login', () => {
    expect(otherAccount(login('office@kilnbridge-pottery.example'), FROM)?.account).toBe(
      'kilnbridge-pottery.example',
    );
  });

  it('reads only the last trailer: a copy the script wrote above the server’s counts for nothing', () => {
    const headers = [
      ...script('harbourd', `${FROM}:/public_html`),
      ...script('kilnbr7', 'kilnbridge-pottery.example:/public_html'),
    ];
    expect(otherAccount(headers, FROM)?.account).toBe('kilnbridge-pottery.example');
    expect(
      otherAccount(
        [
          ...script('kilnbr7', 'kilnbridge-pottery.example:/public_html'),
          ...script('harbourd', `${FROM}:/public_html`),
        ],
        FROM,
      ),
    ).toBeNull();
    // Where the server writes no X-Get-Message-Sender-Via (Newfold), a copy the sender wrote above
    // its trailer is not read; the server's X-Source-Auth is.
    const newfold = [
      field('X-Get-Message-Sender-Via', `${HOST}: authenticated_id: noreply@${FROM}`),
      start,
      field('X-Source-Dir', ''),
      field('X-Source-Auth', 'office@kilnbridge-pottery.example'),
    ];
    expect(otherAccount(newfold, FROM)?.account).toBe('kilnbridge-pottery.example');
    expect(otherAccount(newfold.slice(0, 1), FROM)).toBeNull();
  });

  it('is null for the From’s own account or a sub-domain of it', () => {
    expect(otherAccount(script('harbourd', `${FROM}:/public_html/booking`), FROM)).toBeNull();
    expect(otherAccount(script('harbourd', `www.${FROM}:/public_html`), FROM)).toBeNull();
    expect(otherAccount(login(`reception@mail.${FROM}`), FROM)).toBeNull();
  });

  it('names the account whatever its directory is called: a neighbour’s domain as a folder says nothing', () => {
    expect(
      otherAccount(script('kilnbr7', `kilnbridge-pottery.example:/public_html/${FROM}/pay.php`), FROM)
        ?.account,
    ).toBe('kilnbridge-pottery.example');
  });

  it('reads cPanel’s virtual-account form of a login', () => {
    const virtual = [
      start,
      field(
        'X-Get-Message-Sender-Via',
        `${HOST}: authenticated_id: office+kilnbridge-pottery.example/only user confirmed/virtual account not confirmed`,
      ),
      field('X-Source-Dir', ''),
    ];
    expect(otherAccount(virtual, FROM)?.account).toBe('kilnbridge-pottery.example');
  });

  it('is null where the trailer names no domain: a bare user, an empty or unreadable directory', () => {
    expect(otherAccount(login('mailman/mailman'), FROM)).toBeNull();
    expect(otherAccount(script('kilnbr7', ''), FROM)).toBeNull();
    expect(otherAccount(script('kilnbr7', 'localhost:/tmp'), FROM)).toBeNull();
    expect(otherAccount(script('kilnbr7', `<img src=x>:${'/a'.repeat(5000)}`), FROM)).toBeNull();
    expect(otherAccount([], FROM)).toBeNull();
  });
});
