// --approve-for IP=DOMAIN: an approval scoped to the sender it was given on, as the popup stores it
// (approvedServerDomains), in the CLI and in the pinned corpus' reading of a case's arguments.
import { describe, expect, it } from 'vitest';
import { parseApprovals } from '../../../lib/cli/approve-for';
import { UsageError } from '../../../lib/cli/usage';
import { optionsFromArgs } from '../../helpers/pinned-corpus';

describe('--approve-for IP=DOMAIN', () => {
  it('approves the server for the domains given with it, several per IP', () => {
    expect(
      parseApprovals(
        [],
        ['203.0.113.7=vendor.example', '203.0.113.7=supplier.example', '203.0.113.8=a.example'],
      ),
    ).toEqual({
      approvedServers: ['203.0.113.7', '203.0.113.8'],
      approvedServerDomains: {
        '203.0.113.7': ['vendor.example', 'supplier.example'],
        '203.0.113.8': ['a.example'],
      },
    });
  });
  it('--approve for the same IP approves it for every message', () => {
    expect(parseApprovals(['203.0.113.7'], ['203.0.113.7=vendor.example'])).toEqual({
      approvedServers: ['203.0.113.7'],
    });
  });
  it.each(['203.0.113.7', '=vendor.example', '203.0.113.7='])('refuses "%s"', (v) => {
    expect(() => parseApprovals([], [v])).toThrow(UsageError);
  });
  it('the pinned corpus reads it as the CLI does', () => {
    expect(
      optionsFromArgs(['--approve-for', '203.0.113.7=vendor.example', '--approve', '203.0.113.9']),
    ).toMatchObject({
      approvedServers: ['203.0.113.9', '203.0.113.7'],
      approvedServerDomains: { '203.0.113.7': ['vendor.example'] },
    });
  });
});
