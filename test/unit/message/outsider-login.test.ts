// A login of another organisation on the reader's own box (lib/message/submission.ts outsiderLogin):
// organisations as DMARC tells them apart, the PSL's private section included
// (probe64-box-us-kg-neighbour-club-login-as-treasurer).
import { describe, expect, it } from 'vitest';
import { outsiderLogin } from '../../../lib/message/submission';

describe('outsiderLogin', () => {
  it('a colleague of the same organisation, on a subdomain too, is no outsider', () => {
    expect(outsiderLogin(['kari@firm.example'], 'firm.example')).toBeNull();
    expect(outsiderLogin(['kari@mail.firm.example'], 'firm.example')).toBeNull();
    expect(outsiderLogin(['kari@Firm.Example.'], 'firm.example')).toBeNull();
    expect(outsiderLogin(['shopadm'], 'firm.example')).toBeNull();
  });

  it('a customer of another domain on the same box is one', () => {
    expect(outsiderLogin(['orders@shop-customer.example'], 'firm.example')).toBe(
      'orders@shop-customer.example',
    );
  });

  it('a neighbour under the same free zone or registry zone is one', () => {
    expect(outsiderLogin(['info@kayak-club.us.kg'], 'harbor-rowing.us.kg')).toBe('info@kayak-club.us.kg');
    expect(outsiderLogin(['info@other.uk.com'], 'northbank.uk.com')).toBe('info@other.uk.com');
    expect(outsiderLogin(['treasurer@harbor-rowing.us.kg'], 'harbor-rowing.us.kg')).toBeNull();
  });
});
