// ISO-2022-JP encoding (RFC 1468), used to rebuild a Japanese Subject a gateway re-wrote in UTF-8.
import { describe, expect, it } from 'vitest';
import { encodeIso2022jp } from '../../../lib/message/iso2022jp';

const b64 = (b: Uint8Array | null) => (b ? Buffer.from(b).toString('base64') : null);

describe('encodeIso2022jp', () => {
  it('writes JIS X 0208 between ESC $ B and ESC ( B, as Japanese mailers do', () => {
    // 「ご注文ありがとうございます」 as a shop's system writes it (=?ISO-2022-JP?B?…?=).
    expect(b64(encodeIso2022jp('ご注文ありがとうございます'))).toBe(
      'GyRCJDRDbUo4JCIkaiQsJEgkJiQ0JDYkJCReJDkbKEI=',
    );
  });

  it('switches back to ASCII for ASCII runs, and round-trips through the platform’s decoder', () => {
    const text = 'Order 注文 No. 42【外部】';
    const bytes = encodeIso2022jp(text)!;
    expect(new TextDecoder('iso-2022-jp').decode(bytes)).toBe(text);
    expect(encodeIso2022jp('plain')).toEqual(new TextEncoder().encode('plain'));
  });

  it('a character outside JIS X 0208 (ü, an emoji) gives null, not a wrong byte', () => {
    expect(encodeIso2022jp('Kostümprobe')).toBeNull();
    expect(encodeIso2022jp('注文 🎉')).toBeNull();
  });
});
