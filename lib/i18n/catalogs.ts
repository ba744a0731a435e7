// All four locale files as catalogs, for the places without browser.i18n: the CLI (its `--lang`)
// and the unit tests. The extension never imports this file: the browser has the text already.
import de from '../../locales/de.json';
import en from '../../locales/en.json';
import es from '../../locales/es.json';
import fr from '../../locales/fr.json';
import type { Catalog } from './format';
import { type Language, registerCatalogs } from './index';

export const CATALOGS: Readonly<Record<Language, Catalog>> = { en, de, fr, es };

/** Registers every bundled language with t(); English is what t() falls back to. */
export function useBundledCatalogs(): void {
  registerCatalogs(CATALOGS);
}
