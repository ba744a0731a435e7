// The two Joi schemas mailauth uses, without Joi (~150 KB in the worker bundle):
//   Joi.string().base64({ paddingRequired: false })           — DKIM key p= (lib/tools.js)
//   Joi.string().domain({ allowUnicode: false, tlds: false }) — SPF domains (lib/spf/index.js)
// Same rules as joi 18 / @hapi/address 5 (test/unit/auth/shims-joi.test.ts compares them).

interface Outcome {
  value: unknown;
  error?: Error;
}

// joi lib/types/string.js base64Regex[paddingRequired=false][urlSafe=false]
const BASE64_NO_PADDING =
  /^(?:[A-Za-z0-9+/]{2}[A-Za-z0-9+/]{2})*(?:[A-Za-z0-9+/]{2}(==)?|[A-Za-z0-9+/]{3}=?)?$/;
// @hapi/address domain.js
const DOMAIN_CONTROL = /[\x00-\x20@:/\\#!$&'()*+,;=?]/;
const TLD_SEGMENT = /^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
const DOMAIN_SEGMENT = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
const NON_ASCII = /[^\x00-\x7f]/;

function fail(value: unknown, message: string): Outcome {
  return { value, error: new Error(`"value" ${message}`) };
}

function hostOf(domain: string): string {
  // @hapi/address normalises through the URL parser (percent signs escaped first).
  try {
    return new URL(`http://${domain.replace(/%/g, '%25')}`).host;
  } catch {
    return domain;
  }
}

function domainProblem(input: string): string | null {
  if (input.length > 256) return 'Domain too long';
  if (NON_ASCII.test(input)) return 'Domain contains forbidden Unicode characters';
  if (DOMAIN_CONTROL.test(input)) return 'Domain contains invalid character';
  const segments = hostOf(input).split('.');
  if (segments.length < 2) return 'Domain lacks the minimum required number of segments';
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (!s.length) return 'Domain contains empty dot-separated segment';
    if (s.length > 63) return 'Domain contains dot-separated segment that is too long';
    const last = i === segments.length - 1;
    if (!(last ? TLD_SEGMENT : DOMAIN_SEGMENT).test(s)) {
      return last ? 'Domain contains invalid tld character' : 'Domain contains invalid character';
    }
  }
  return null;
}

type Rule = (value: string) => string | null;

class StringSchema {
  constructor(private readonly rules: Rule[] = []) {}

  base64(_opts?: { paddingRequired?: boolean }): StringSchema {
    return new StringSchema([
      ...this.rules,
      (v) => (BASE64_NO_PADDING.test(v) ? null : 'must be a valid base64 string'),
    ]);
  }

  domain(_opts?: { allowUnicode?: boolean; tlds?: boolean }): StringSchema {
    return new StringSchema([
      ...this.rules,
      (v) => (domainProblem(v) ? 'must contain a valid domain name' : null),
    ]);
  }

  validate(value: unknown): Outcome {
    if (typeof value !== 'string') return fail(value, 'must be a string');
    if (value === '') return fail(value, 'is not allowed to be empty');
    for (const rule of this.rules) {
      const problem = rule(value);
      if (problem) return fail(value, problem);
    }
    return { value };
  }
}

export function string(): StringSchema {
  return new StringSchema();
}
export default { string };
