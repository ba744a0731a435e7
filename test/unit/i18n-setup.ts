// Unit tests have no browser.i18n (WXT's fake browser does not mock it): t() reads the bundled
// catalogs, in English unless a test chooses a language with setLanguage(), reset after each test.
import { afterEach } from 'vitest';
import { setLanguage } from '../../lib/i18n';
import { useBundledCatalogs } from '../../lib/i18n/catalogs';

useBundledCatalogs();
afterEach(() => {
  setLanguage(null);
});
