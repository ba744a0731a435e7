// punycode.js ships no types; only the call HeaderLens uses is declared here.
declare module 'punycode.js' {
  export function toUnicode(domain: string): string;
  export function toASCII(domain: string): string;
}
