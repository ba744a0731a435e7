// Every locale carries exactly the English keys with the same {placeholders}, and the plural forms
// @wxt-dev/i18n understands: a missing or misspelt key would show as English (or as the key) to a
// German reader, and a lost {domain} would drop the very fact the sentence is about.
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../lib/i18n/catalogs';
import { type CatalogEntry, messageText, placeholdersOf } from '../../../lib/i18n/format';
import { LANGUAGES } from '../../../lib/i18n/index';

const en = CATALOGS.en;

function forms(entry: CatalogEntry): string[] {
  return typeof entry === 'string' ? [entry] : Object.values(entry);
}

describe('locale files', () => {
  it('use keys a browser accepts, lower-case with an area prefix', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[a-z][a-z0-9]*_[a-z0-9_]+$/);
  });

  it('keeps every file sorted by key (node scripts/sort-locales.mjs), so branches rarely collide', () => {
    for (const lang of LANGUAGES) {
      const keys = Object.keys(CATALOGS[lang]);
      expect({ lang, keys }).toEqual({ lang, keys: [...keys].sort() });
    }
  });

  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    describe(lang, () => {
      const catalog = CATALOGS[lang];
      it('has exactly the English keys', () => {
        expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
      });
      it('uses the same placeholders, and plural forms where English has them', () => {
        for (const [key, entry] of Object.entries(en)) {
          const theirs = catalog[key];
          if (theirs === undefined) continue;
          expect({ key, placeholders: placeholdersOf(messageText(theirs)) }).toEqual({
            key,
            placeholders: placeholdersOf(messageText(entry)),
          });
          expect({ key, plural: typeof theirs !== 'string' }).toEqual({
            key,
            plural: typeof entry !== 'string',
          });
        }
      });
      it('is a real translation: not the English text (names and codes aside)', () => {
        const same = Object.keys(en).filter((k) => {
          const a = messageText(en[k]!);
          return a === messageText(catalog[k]!) && /[a-z]{4,} [a-z]{4,}/.test(a);
        });
        expect(same).toEqual([]);
      });
    });
  }

  it('has no text @wxt-dev/i18n or browser.i18n would misread', () => {
    for (const lang of LANGUAGES) {
      for (const [key, entry] of Object.entries(CATALOGS[lang])) {
        for (const form of forms(entry)) {
          // `$` starts a browser.i18n placeholder; " | " separates plural forms.
          expect({ lang, key, dollar: form.includes('$') }).toEqual({ lang, key, dollar: false });
          expect({ lang, key, bar: form.includes(' | ') }).toEqual({ lang, key, bar: false });
        }
        if (typeof entry !== 'string') {
          expect(Object.keys(entry).every((k) => ['0', '1', 'n'].includes(k))).toBe(true);
          expect(Object.keys(entry)).toContain('n');
        }
      }
    }
  });
});
