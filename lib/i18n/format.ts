// Message formatting shared by every path of t(): the browser's messages.json text and the bundled
// catalogs (CLI, unit tests) go through the same code, so a message reads the same everywhere.
// Pure: no browser API, no Node built-ins.

/** Named parameters: `{name}` in a message is replaced by `params.name`; `count` also picks the plural form. */
export type Params = Readonly<Record<string, string | number>>;

/** One entry of a locale file: a string, or plural forms keyed `0` (optional), `1` and `n`. */
export type CatalogEntry = string | Readonly<Record<string, string>>;
export type Catalog = Readonly<Record<string, CatalogEntry>>;

const NAMED = /\{([A-Za-z0-9_]+)\}/g;
const PLURAL_SEPARATOR = ' | ';

/** An entry as @wxt-dev/i18n writes it into `_locales/<lang>/messages.json`: plural forms joined by " | ". */
export function messageText(entry: CatalogEntry): string {
  return typeof entry === 'string' ? entry : Object.values(entry).join(PLURAL_SEPARATOR);
}

/** The form for `count`, by @wxt-dev/i18n's rule: two forms are one/other, three are zero/one/other. */
export function pluralForm(message: string, count: number): string {
  const forms = message.split(PLURAL_SEPARATOR);
  if (forms.length === 2) return (count === 1 ? forms[0] : forms[1]) ?? message;
  if (forms.length === 3) return (count === 0 ? forms[0] : count === 1 ? forms[1] : forms[2]) ?? message;
  return message;
}

/** Picks the plural form (when `params.count` is a number) and fills `{name}` placeholders in one pass. */
export function formatMessage(message: string, params?: Params): string {
  if (!params) return message;
  const text = typeof params.count === 'number' ? pluralForm(message, params.count) : message;
  // One pass: a parameter value that itself contains "{x}" is left as it is.
  return text.replace(NAMED, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match,
  );
}

/** The `{name}` placeholders a message uses (the locale test keeps them equal across languages). */
export function placeholdersOf(message: string): string[] {
  return [...new Set(Array.from(message.matchAll(NAMED), (m) => m[1] ?? ''))].sort();
}
