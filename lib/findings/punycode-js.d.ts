// punycode.js ships no types. Import its default export: under Node its main file is CommonJS,
// whose named exports ESM cannot see (`import { toUnicode }` fails in the CLI), while the default
// export works both there and in the bundled ESM build.
declare module 'punycode.js' {
  export function toUnicode(domain: string): string;
  export function toASCII(domain: string): string;
  const punycode: { toUnicode(domain: string): string; toASCII(domain: string): string };
  export default punycode;
}
