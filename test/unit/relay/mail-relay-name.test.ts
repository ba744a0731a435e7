// Offline, a printed reverse name names a built-in service's relay only from an address in the
// networks its relays sit in (relayAsns), clouds that set a reverse name only for its verified
// owner; hosts whose relays carry scripts count too, as their one caller asks the From's own
// signature beside it (real-mail round 186).
import { describe, expect, it } from 'vitest';
import { mailRelayName } from '../../../lib/relay/esp-evidence';

describe('mailRelayName', () => {
  it('names the relay from its own network only', () => {
    // Networks that rent servers whose reverse name the customer sets: never offline (red-team 196).
    expect(mailRelayName('mout.kundenserver.de', 8560)).toBeNull();
    expect(mailRelayName('crane.ash.relay.mailchannels.net', 63213)).toBeNull();
    expect(mailRelayName('p3nlsmtpcp01-04.prod.phx3.secureserver.net', 26496)).toBeNull();
    expect(mailRelayName('delivery.antispam.mailspamprotection.com', 396982)).toBe('SiteGround Mail');
    expect(mailRelayName('delivery.antispam.mailspamprotection.com', null)).toBeNull();
  });
});
