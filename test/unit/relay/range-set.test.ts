import { describe, expect, it } from 'vitest';
import { parseIp } from '../../../lib/relay/address';
import { buildRangeSet } from '../../../lib/relay/range-set';

const at = (set: ReturnType<typeof buildRangeSet>, ip: string) => set.lookup(parseIp(ip)!);

describe('labelled range sets', () => {
  it('the innermost range wins where ranges nest', () => {
    const set = buildRangeSet([
      { cidr: '10.0.0.0/8', label: 'outer' },
      { cidr: '10.1.0.0/16', label: 'inner' },
      { cidr: '10.1.2.0/24', label: 'innermost' },
    ]);
    expect(at(set, '10.0.0.0')).toBe('outer');
    expect(at(set, '10.1.0.0')).toBe('inner');
    expect(at(set, '10.1.2.255')).toBe('innermost');
    expect(at(set, '10.1.3.0')).toBe('inner');
    expect(at(set, '10.255.255.255')).toBe('outer');
    expect(at(set, '11.0.0.0')).toBeNull();
    expect(at(set, '9.255.255.255')).toBeNull();
  });
  it('IPv6 and duplicates', () => {
    const set = buildRangeSet([
      { cidr: '2001:db8::/32', label: 'a' },
      { cidr: '2001:db8::/32', label: 'a' },
      { cidr: '2001:db8:ff00::/40', label: 'b' },
    ]);
    expect(at(set, '2001:db8::1')).toBe('a');
    expect(at(set, '2001:db8:ff12::1')).toBe('b');
    expect(at(set, '2001:db9::')).toBeNull();
    expect(at(set, '192.0.2.1')).toBeNull();
  });
  it('adjacent ranges with the same label merge; bad entries are reported', () => {
    const set = buildRangeSet([
      { cidr: '192.0.2.0/25', label: 'x' },
      { cidr: '192.0.2.128/25', label: 'x' },
      { cidr: 'nonsense', label: 'x' },
    ]);
    expect(set.segments.v4).toHaveLength(1);
    expect(set.rejected).toEqual(['nonsense']);
  });
});
