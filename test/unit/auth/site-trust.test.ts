import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globalIdsOfSite, hostLikeAuthservId, suggestSiteAuthservId } from '../../../lib/auth/site-trust';
import type { AuthResultsHeader } from '../../../lib/types';
import { makeAnalysis } from '../ext/make-analysis';

const ar = (authservId: string, index: number, malformed = false): AuthResultsHeader => ({
  authservId,
  version: null,
  results: [],
  index,
  line: `Authentication-Results: ${authservId}; none`,
  trusted: false,
  forged: false,
  malformed,
});

describe('hostLikeAuthservId', () => {
  it('keeps host names in their stored form', () => {
    expect(hostLikeAuthservId(' MX.Example.ORG. ')).toBe('mx.example.org');
    expect(hostLikeAuthservId('mail_01.corp.example')).toBe('mail_01.corp.example');
    expect(hostLikeAuthservId('localhost')).toBe('localhost');
  });

  it('refuses anything else a header could carry', () => {
    for (const bad of [
      '',
      '*.example.org',
      'mx.example.org; dmarc=pass',
      '<img src=x onerror=alert(1)>',
      'mx..example.org',
      '.example.org',
      '-mx.example.org',
      'mx example.org',
      `${'a'.repeat(64)}.example`,
      `${'a.'.repeat(127)}aa`,
    ]) {
      expect(hostLikeAuthservId(bad), bad).toBeNull();
    }
  });

  it('returns either null or a string of host-name characters only, for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const id = hostLikeAuthservId(s);
        return id === null || (/^[a-z0-9_.-]+$/.test(id) && id.length <= 253);
      }),
    );
  });
});

describe('suggestSiteAuthservId', () => {
  // makeAnalysis: hop 0 `by imap.example.org` (internal LMTP), hop 1 `by mx.example.org` from the sender, origin at hop 1.
  it('offers the topmost header’s id when it names the organisation that received the message', () => {
    const a = makeAnalysis({ authResults: [ar('filter.example.com', 9), ar('mx.example.org', 2)] });
    expect(suggestSiteAuthservId(a)).toBe('mx.example.org');
    // Another host of the same registrable domain is the same receiver.
    expect(suggestSiteAuthservId(makeAnalysis({ authResults: [ar('Spam.Example.Org', 0)] }))).toBe(
      'spam.example.org',
    );
  });

  it('offers nothing for a sender’s own header, a malformed one, or none', () => {
    expect(suggestSiteAuthservId(makeAnalysis({ authResults: [ar('mx.example.com', 3)] }))).toBeNull();
    expect(suggestSiteAuthservId(makeAnalysis({ authResults: [] }))).toBeNull();
    // The topmost is the sender's: the receiver's-name header below it is not the one offered.
    expect(
      suggestSiteAuthservId(
        makeAnalysis({ authResults: [ar('mx.example.com', 1), ar('mx.example.org', 5)] }),
      ),
    ).toBeNull();
    expect(
      suggestSiteAuthservId(
        makeAnalysis({ authResults: [ar('mx.example.org', 1, true), ar('x.example.com', 4)] }),
      ),
    ).toBeNull();
    expect(
      suggestSiteAuthservId(makeAnalysis({ authResults: [ar('mx.example.org; dmarc=pass', 1)] })),
    ).toBeNull();
  });

  it('counts only hosts at or above the hop the origin was read from', () => {
    const base = makeAnalysis();
    const below = {
      ...base.hops[1]!,
      index: 2,
      by: 'relay.sender.example',
      line: 'Received: from a by relay.sender.example',
    };
    const a = makeAnalysis({ hops: [...base.hops, below], authResults: [ar('relay.sender.example', 1)] });
    expect(suggestSiteAuthservId(a)).toBeNull();
    // Without an origin hop only the topmost Received counts.
    const second = { ...base.hops[1]!, by: 'mx.other.example' };
    const hops = [base.hops[0]!, second];
    const other = [ar('mx.other.example', 1)];
    expect(suggestSiteAuthservId(makeAnalysis({ hops, authResults: other }))).toBe('mx.other.example');
    expect(
      suggestSiteAuthservId(
        makeAnalysis({ hops, authResults: other, origin: { ...base.origin, hopIndex: null } }),
      ),
    ).toBeNull();
  });
});

describe('globalIdsOfSite', () => {
  it('finds the global ids that name a Roundcube site’s organisation', () => {
    const global = ['MX.Example.org.', 'gw.corp.example', 'mx.other.example'];
    expect(globalIdsOfSite(global, 'https://mail.example.org')).toEqual(['mx.example.org']);
    expect(globalIdsOfSite(global, 'https://webmail.other.example:8443')).toEqual(['mx.other.example']);
    expect(globalIdsOfSite(global, 'not an origin')).toEqual([]);
  });

  it('a shared public suffix is no organisation, and hostile ids are left alone', () => {
    expect(globalIdsOfSite(['mx.co.uk', 'a.github.io'], 'https://mail.co.uk')).toEqual([]);
    expect(globalIdsOfSite(['mx.co.uk', 'a.github.io'], 'https://b.github.io')).toEqual([]);
    expect(globalIdsOfSite(['x; dmarc=pass', '*.example.org'], 'https://mail.example.org')).toEqual([]);
    expect(globalIdsOfSite([], 'https://mail.example.org')).toEqual([]);
  });
});
