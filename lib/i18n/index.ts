// t(key, params): every user-visible string of the extension, in the reader's language.
//
// In the extension (pages, isolated-world content scripts, the worker) the text comes from
// browser.i18n, i.e. the `_locales/<lang>/messages.json` that @wxt-dev/i18n builds from locales/*.json
// in the browser's UI language, English where a language is missing. Where there is no browser.i18n
// (Node: the CLI; vitest, whose fake browser has no i18n; a MAIN-world script) the text comes from
// catalogs registered with registerCatalogs() (lib/i18n/catalogs.ts), English unless setLanguage()
// chose another. This module imports no catalog itself, so the popup and the content scripts do not
// carry four languages of text they already get from the browser.
import type en from '../../locales/en.json';
import { type Catalog, formatMessage, messageText, type Params } from './format';

export type { Params } from './format';

/** Every message key, from the English file (the reference locale). */
export type MessageKey = keyof typeof en;

export const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

interface I18nApi {
  getMessage(name: string): string;
  getUILanguage(): string;
}

let catalogs: Partial<Record<Language, Catalog>> = {};
let chosen: Language | null = null;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Makes bundled text available where browser.i18n is not (the CLI, unit tests). */
export function registerCatalogs(add: Partial<Record<Language, Catalog>>): void {
  catalogs = { ...catalogs, ...add };
}

/**
 * Forces a language from the registered catalogs (the CLI's `--lang`, tests); null goes back to the
 * browser's language. The extension itself never calls this: like browser.i18n, it follows the browser.
 */
export function setLanguage(lang: Language | null): void {
  chosen = lang;
}

// lib/ stays free of the `browser`/`chrome` globals (biome): i18n is the one ambient lookup, read
// through globalThis so that it degrades to the catalogs where no extension API exists.
function browserI18n(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

function fromBrowser(key: string): string {
  if (chosen) return '';
  try {
    return browserI18n()?.getMessage(key) ?? '';
  } catch {
    // vitest's fake browser throws "not mocked": use the catalogs.
    return '';
  }
}

function lookup(key: string): string {
  const browserText = fromBrowser(key);
  if (browserText) return browserText;
  const entry = catalogs[chosen ?? 'en']?.[key] ?? catalogs.en?.[key];
  // A key with no text anywhere shows as itself: visible in review, never a crash.
  return entry === undefined ? key : messageText(entry);
}

/**
 * The text of `key` in the reader's language. `params` fills `{name}` placeholders; a numeric
 * `params.count` also picks the plural form (`{"1": "1 hop", "n": "{count} hops"}`).
 */
export function t(key: MessageKey, params?: Params): string {
  return formatMessage(lookup(key), params);
}

/**
 * The language the messages are shown in (`en` when the browser's is not one of ours): for
 * `<html lang>` and for Intl date/number formatting together with uiLocale().
 */
export function uiLanguage(): Language {
  if (chosen) return chosen;
  const base = uiLocale().toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : 'en';
}

/** The reader's full locale tag (`de-AT`), for Intl; `en` outside the extension unless setLanguage() chose. */
export function uiLocale(): string {
  if (chosen) return chosen;
  try {
    return browserI18n()?.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
