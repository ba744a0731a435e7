// Messages written outside components/ that still reach the reader (issue 20.6): the gateway entry's
// errors (options page), the IP-data attribution's frame, and the worker's answer to a Yahoo fetch
// from a page that is not Yahoo Mail, in the reader's language; English stays as it was (the CLI).
import { describe, expect, it } from 'vitest';
import { attributionLang, attributionText } from '../../../components/options/ip-data';
import { answerYahooFetch } from '../../../lib/ext/yahoo-fetch';
import { setLanguage } from '../../../lib/i18n';
import { parseGatewayEntry } from '../../../lib/relay/gateway-entry';

const error = (input: string) => {
  const r = parseGatewayEntry(input);
  return 'error' in r ? r.error : '';
};

describe('strings outside the views', () => {
  it('gateway entry errors are German for a German reader, English by default', () => {
    expect(error('')).toBe('Enter a domain (mimecast.com) or a network (203.0.113.0/24).');
    expect(error('10.0.0.0/8')).toBe('/8 is too wide: a gateway’s published ranges are /16 or narrower.');
    setLanguage('de');
    expect(error('')).toBe('Geben Sie eine Domain (mimecast.com) oder ein Netz (203.0.113.0/24) ein.');
    expect(error('10.0.0.0/8')).toBe(
      '/8 ist zu weit: Die veröffentlichten Bereiche eines Gateways sind /16 oder enger.',
    );
    expect(error('1.2.3.4/99')).toBe('„1.2.3.4/99“ ist kein gültiges Netz (CIDR wie 203.0.113.0/24).');
    expect(error('not a domain')).toBe(
      '„not a domain“ ist weder ein Domainname (wie mimecast.com) noch ein Netz.',
    );
    // Still a parser: valid entries do not change with the language.
    expect(parseGatewayEntry('209.222.82.7/21')).toEqual({ kind: 'network', value: '209.222.80.0/21' });
  });

  it('the static attribution is localised; the metadata notice stays verbatim and is marked English', () => {
    setLanguage('fr');
    expect(attributionText(null)).toMatch(/^Données IP vers ASN : @ip-location-db\/asn .*CC BY 4\.0/);
    expect(attributionText(null)).toContain('Copyright (c) 2024 X4B (Mathew Heard)');
    expect(attributionLang(null)).toBeUndefined();
    const meta = {
      source: '@ip-location-db/asn',
      sourceVersion: '1',
      generated: '2026-12-02',
      attribution: "IP-to-ASN data (<a href='https://db-ip.com'>IP Geolocation by DB-IP</a>), CC BY 4.0.",
    };
    expect(attributionText(meta)).toBe('IP-to-ASN data (IP Geolocation by DB-IP), CC BY 4.0.');
    expect(attributionLang(meta)).toBe('en');
  });

  it('the worker refuses a non-Yahoo page in the reader’s language', async () => {
    setLanguage('es');
    const r = await answerYahooFetch(
      { ref: { messageId: 'x', params: { mid: 'x' } }, pageValues: {} },
      'https://evil.example/',
      async () => new Response(''),
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBe('Solo las páginas de Yahoo Mail pueden pedir mensajes de Yahoo.');
  });
});

describe('toolbar badge', () => {
  it('names the verdict in its tooltip in the reader’s language', async () => {
    const { badgeFor } = await import('../../../lib/ext/badge');
    expect(badgeFor('spoofed').title).toBe('HeaderLens: spoofed sender');
    setLanguage('de');
    expect(badgeFor('spoofed')).toMatchObject({ text: '✕', title: 'HeaderLens: gefälschter Absender' });
    expect(badgeFor('unverified').title).toBe('HeaderLens: Absender konnte nicht bestätigt werden');
  });
});
