// Apple Mail's .emlx framing: a length line, the message, a property list (lib/message/emlx.ts).
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';
import { emlxMessage } from '../../../lib/message/emlx';
import { scenario } from '../../helpers/scenarios';

const PLIST =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict><key>flags</key><integer>8590195713</integer></dict>\n</plist>\n';
const frame = (msg: string, length = new TextEncoder().encode(msg).length) =>
  `${length}       \n${msg}${PLIST}`;

describe('.emlx', () => {
  it('takes exactly the message out of its framing', () => {
    const msg = 'From: a@b.example\r\nSubject: caf\u00e9\r\n\r\nbody\r\n';
    const out = emlxMessage(frame(msg));
    expect(new TextDecoder().decode(out!)).toBe(msg);
  });

  it('leaves anything else alone: a wrong length, no property list, no length line', () => {
    const msg = 'From: a@b.example\r\n\r\nbody\r\n';
    expect(emlxMessage(frame(msg, 5))).toBeNull();
    expect(emlxMessage(`${msg.length}\n${msg}more text`)).toBeNull();
    expect(emlxMessage(msg)).toBeNull();
    expect(emlxMessage(`99999999\n${msg}`)).toBeNull();
  });

  it('a signed message saved by Apple Mail reads as the message itself', async () => {
    const s = await scenario('authenticated');
    const a = await analyzeMessage(new TextEncoder().encode(frame(s.raw)), {
      resolver: ZoneResolver.fromJson(s.zone),
      trustedAuthservIds: [s.authservId],
    });
    expect(a.dkim[0]?.result).toBe('pass');
    expect(a.verdict).toBe('authenticated');
  });
});
