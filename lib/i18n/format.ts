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

/**
 * A message cut at its placeholders once: literal text at even indices, placeholder names at odd
 * ones (`split` with the capturing NAMED), for the whole text and, when it has two or three plural
 * forms, for each form. Every finding's words are rendered per analysis; a catalog's few hundred
 * texts are cut once each.
 */
interface Compiled {
  whole: readonly string[];
  forms: ReadonlyArray<readonly string[]> | null;
}
const compiled = new Map<string, Compiled>();
/** Distinct texts kept (a catalog has a few hundred); past it the cache starts again. */
const COMPILED_MAX = 4096;

function compile(message: string): Compiled {
  let c = compiled.get(message);
  if (c) return c;
  const forms = message.split(PLURAL_SEPARATOR);
  c = {
    whole: message.split(NAMED),
    forms: forms.length === 2 || forms.length === 3 ? forms.map((f) => f.split(NAMED)) : null,
  };
  if (compiled.size >= COMPILED_MAX) compiled.clear();
  compiled.set(message, c);
  return c;
}

/**
 * Picks the plural form (when `params.count` is a number) and fills `{name}` placeholders in one
 * pass, as `pluralForm` then one replace of NAMED would: a parameter value that itself contains
 * "{x}" is left as it is, and a placeholder without a parameter stays as written.
 */
export function formatMessage(message: string, params?: Params): string {
  if (!params) return message;
  const c = compile(message);
  const count = params.count;
  let parts = c.whole;
  if (typeof count === 'number' && c.forms) {
    const f = c.forms;
    parts = (f.length === 2 ? (count === 1 ? f[0] : f[1]) : count === 0 ? f[0] : count === 1 ? f[1] : f[2])!;
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += Object.hasOwn(params, name) ? String(params[name]) : `{${name}}`;
    out += parts[i + 1]!;
  }
  return out;
}

/** The `{name}` placeholders a message uses (the locale test keeps them equal across languages). */
export function placeholdersOf(message: string): string[] {
  return [...new Set(Array.from(message.matchAll(NAMED), (m) => m[1] ?? ''))].sort();
}
