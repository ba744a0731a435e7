// Offline, a printed reverse name names a built-in service's relay only from an address in the
// networks its relays sit in (relayAsns); hosts whose relays carry scripts count too, as their one
// caller asks the From's own signature beside it (real-mail round 186).
import { describe, expect, it } from 'vitest';
import { mailRelayName } from '../../../lib/relay/esp-evidence';

describe('mailRelayName', () => {
  it('names the relay from its own network only', () => {
    expect(mailRelayName('mout.kundenserver.de', 8560)).toBe('IONOS Mail');
    expect(mailRelayName('mout.kundenserver.de', 24940)).toBeNull();
    expect(mailRelayName('crane.ash.relay.mailchannels.net', 63213)).toBe('MailChannels');
    expect(mailRelayName('crane.ash.relay.mailchannels.net', 16509)).toBeNull();
    expect(mailRelayName('p3nlsmtpcp01-04.prod.phx3.secureserver.net', 26496)).toBe('GoDaddy Hosting Mail');
    expect(mailRelayName('delivery.antispam.mailspamprotection.com', 396982)).toBe('SiteGround Mail');
    expect(mailRelayName('delivery.antispam.mailspamprotection.com', null)).toBeNull();
  });
});
