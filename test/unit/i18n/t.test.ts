// t(): parameters, plurals, the language choice and the fallbacks the CLI and the tests rely on.
import { describe, expect, it } from 'vitest';
import { formatMessage, messageText, placeholdersOf, pluralForm } from '../../../lib/i18n/format';
import { setLanguage, t, uiLanguage } from '../../../lib/i18n/index';
import de from '../../../locales/de.json';
import en from '../../../locales/en.json';

describe('formatMessage', () => {
  it('fills named placeholders once, leaving unknown ones and {…} inside values alone', () => {
    expect(formatMessage('Replies go to {org}, not {from}', { org: 'evil.example', from: '{org}' })).toBe(
      'Replies go to evil.example, not {org}',
    );
    expect(formatMessage('Keep {missing}', { other: 1 })).toBe('Keep {missing}');
  });

  it('picks one/other, and zero/one/other when a zero form exists', () => {
    expect(pluralForm('1 hop | {count} hops', 1)).toBe('1 hop');
    expect(pluralForm('1 hop | {count} hops', 0)).toBe('{count} hops');
    expect(pluralForm('no hop | 1 hop | {count} hops', 0)).toBe('no hop');
    expect(formatMessage('1 hop | {count} hops', { count: 3 })).toBe('3 hops');
  });

  // formatMessage cuts each text at its placeholders once (a cache): it must say exactly what the
  // plain reading (plural form, then one replace of every {name}) says, for every catalog text,
  // whatever the parameters (some missing, values holding braces, each count's form).
  it('renders every catalog text as the plain pick-then-replace reading does', () => {
    const plain = (text: string, params: Record<string, string | number>) => {
      const form = typeof params.count === 'number' ? pluralForm(text, params.count) : text;
      return form.replace(/\{([A-Za-z0-9_]+)\}/g, (m, name: string) =>
        Object.hasOwn(params, name) ? String(params[name]) : m,
      );
    };
    let checked = 0;
    for (const catalog of [en, de]) {
      for (const entry of Object.values(catalog)) {
        const text = messageText(entry);
        const names = placeholdersOf(text);
        for (const count of [0, 1, 2, 'x'] as const) {
          const params: Record<string, string | number> = {};
          names.forEach((n, i) => {
            if (i % 3 !== 2) params[n] = i % 2 ? '{count} $& $1' : `v${i}`;
          });
          params.count = count;
          expect(formatMessage(text, params)).toBe(plain(text, params));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('t', () => {
  it('is English by default where there is no browser.i18n, and follows setLanguage', () => {
    expect(uiLanguage()).toBe('en');
    expect(t('common_language_name')).toBe('English');
    setLanguage('de');
    expect(uiLanguage()).toBe('de');
    expect(t('common_language_name')).toBe('Deutsch');
    setLanguage('fr');
    expect(t('common_language_name')).toBe('Français');
    setLanguage('es');
    expect(t('common_language_name')).toBe('Español');
  });

  it('shows an unknown key as itself rather than crashing', () => {
    expect(t('no_such_key' as 'ext_name')).toBe('no_such_key');
  });
});

describe('inner messages', () => {
  it('lower-case the first letter inside a sentence, but not an acronym’s or a product’s', async () => {
    const { inner, renderWith } = await import('../../../lib/i18n/message');
    const lookup = (key: string) =>
      ({ a: 'The From domain failed', b: 'Exchange Online recorded a spoof', c: 'SPF failed' })[key] ?? key;
    const render = (key: string, lang = 'en') =>
      renderWith(inner({ key: key as never, params: {} }), lookup, lang);
    expect(render('a')).toBe('the From domain failed');
    expect(render('b')).toBe('Exchange Online recorded a spoof');
    expect(render('c')).toBe('SPF failed');
    expect(render('a', 'de')).toBe('The From domain failed');
  });
});
