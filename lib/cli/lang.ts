// `headerlens inspect --lang de|fr|es|en`: the text and Markdown reports' sentences (the verdict
// summary, each finding's title and detail) in another language. English by default; JSON output
// always keeps the English text, with the keys and parameters beside it (README, JSON format).
import { isLanguage, LANGUAGES, type Language, setLanguage } from '../i18n';
import { UsageError } from './usage';

/** Reads `--lang` and makes t() use it; null when absent. */
export function useLangOption(value: string | undefined): Language | null {
  if (value === undefined) return null;
  if (!isLanguage(value)) throw new UsageError(`--lang takes ${LANGUAGES.join(', ')}, not "${value}"`);
  setLanguage(value);
  return value;
}
