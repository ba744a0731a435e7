// libmime's table of MIME types and file extensions (68 KB minified, a third of mailauth's share of
// /engine.js), in its place: it serves only libmime's detectExtension and detectMimeType, and
// mailauth calls neither (only foldLines, to format headers, and parseHeaderValue, in the DKIM
// verifier). A call that slips through finds no type, as for an unknown one.
export const list: Record<string, string | string[]> = {};
export const extensions: Record<string, string | string[]> = {};
export default { list, extensions };
