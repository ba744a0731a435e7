// Identity rules after red-team round 165: Yahoo's desks under names the word list missed, letters
// set apart, a brand glued into a free mailbox beside a desk's name, Yahoo Japan's exemption only
// for mail that authenticated, and a From domain written with comments or white space.
import { describe, expect, it } from 'vitest';
import { brandInName, namesDesk, namesOnlyDesk } from '../../../lib/findings/domains';
import { domainOf } from '../../../lib/message/addresses';
import { analyseNamed } from '../../helpers/pinned-corpus';

const ids = (a: { findings: Array<{ id: string; severity: string }> }) =>
  a.findings.map((f) => `${f.id}:${f.severity}`);

describe('brand words', () => {
  it('names Yahoo in its desks’ other names, and reads letters set apart joined', () => {
    for (const name of [
      'Yahoo Customer Support',
      'YahooMail Team',
      'Yahoo Member Services',
      'Yahoo Password Reset',
      'Y a h o o Account Security',
    ])
      expect(brandInName(name, { personal: true })?.name, name).toBe('Yahoo');
    expect(brandInName('P.a.y.P.a.l Billing', { personal: true })?.name).toBe('PayPal');
    // A person's name, and "Yahoo" alone (Yahoo Japan's shops write it), name no desk.
    expect(brandInName('Jane Doe', { personal: true })).toBeNull();
    expect(brandInName('Yahoo!ショッピング店', { personal: true })).toBeNull();
    expect(brandInName('J R R Tolkien Society', { personal: true })).toBeNull();
    // Three letters are joined only beside a desk's name: initials are a person's (real-mail 166).
    expect(brandInName('D.H.L. Morgan', { personal: true })).toBeNull();
    expect(brandInName('D H L Express', { personal: true })?.name).toBe('DHL');
  });

  it('knows a desk’s name', () => {
    expect(namesDesk('Account Security')).toBe(true);
    expect(namesDesk('Customer Support')).toBe(true);
    expect(namesDesk('Jane Doe')).toBe(false);
    expect(namesDesk('Mailbox Smith')).toBe(false);
    expect(namesOnlyDesk('Account Security')).toBe(true);
    expect(namesOnlyDesk('The Customer Support Team')).toBe(true);
    expect(namesOnlyDesk('Lakeside Amazons U12 Team')).toBe(false);
  });
});

describe('the forgeries of round 165, beside their controls', () => {
  it('Yahoo desk names on free mailboxes read suspicious; a person’s Yahoo mailbox does not', async () => {
    for (const n of [
      'adversarial/r165-gmail-yahoo-free-mailbox-customer-support',
      'adversarial/r165-gmail-yahoo-free-mailbox-letters-spaced',
      'adversarial/r165-gmail-yahoo-free-mailbox-brand-glued-in-mailbox-only',
      'adversarial/r165-outlook-yahoo-free-mailbox-password-reset',
    ]) {
      const a = await analyseNamed(n);
      expect(ids(a), n).toContain('brand-on-freemail:high');
      expect(a.verdict, n).not.toBe('authenticated');
    }
    const person = await analyseNamed('adversarial/r165-gmail-yahoo-free-mailbox-person-genuine');
    expect(person.verdict).toBe('authenticated');
    expect(ids(person).some((f) => f.startsWith('brand-on-freemail'))).toBe(false);
  });

  it('Yahoo Japan’s desk host is exempt only for mail that authenticated', async () => {
    const spoof = await analyseNamed(
      'adversarial/r165-box-yahoo-account-security-spoof-exempt-host-mail-yahoo-co-jp',
    );
    expect(ids(spoof)).toContain('brand-on-freemail:high');
    expect(['suspicious', 'spoofed']).toContain(spoof.verdict);
    const genuine = await analyseNamed('adversarial/r165-box-yahoo-japan-login-notice-genuine');
    expect(genuine.verdict).toBe('authenticated');
    expect(ids(genuine).some((f) => f.startsWith('brand-on-freemail'))).toBe(false);
  });

  it('a bank address hidden by comments, white space or a long From is checked', async () => {
    expect(domainOf('security@northbank.example(Northbank)')).toBe('northbank.example');
    expect(domainOf('security@northbank .example')).toBe('northbank.example');
    expect(domainOf('x@[192.0.2.1]')).toBe('192.0.2.1');
    for (const n of [
      'adversarial/r165-box-multi-from-bank-second-comment-inside-angle-brackets',
      'adversarial/r165-box-multi-from-bank-second-obsolete-domain-with-space',
      'adversarial/r165-box-multi-from-bank-after-20-attacker-subdomains',
      'adversarial/r165-box-multi-from-bank-after-ten-idn-domains-spelt-u-label-and-a-label',
    ])
      expect((await analyseNamed(n)).verdict, n).toBe('spoofed');
  });
});
