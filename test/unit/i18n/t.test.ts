// t(): parameters, plurals, the language choice and the fallbacks the CLI and the tests rely on.
import { describe, expect, it } from 'vitest';
import { formatMessage, pluralForm } from '../../../lib/i18n/format';
import { setLanguage, t, uiLanguage } from '../../../lib/i18n/index';

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
