// `headerlens` — the engine from a terminal, so every result the extension shows can be
// reproduced without a browser. Node-only (never imported by the extension).
import { useBundledCatalogs } from '../i18n/catalogs';
import { runClassify } from './classify';
import { runInspect } from './inspect';
import { runSpf } from './spf';
import { UsageError } from './usage';

const USAGE = `Usage:
  headerlens inspect <file.eml | -> [--json] [--report md|text|json] [--redact] [--dns-zone FILE]
                     [--offline] [--authserv-id ID]... [--doh URL] [--approve IP]... [--recipient-domain D]...
                     [--trust-forwarder DOMAIN]... [--webmail gmail|outlook|yahoo|auto|none] [--not-byte-exact]
                     [--trust-gateway DOMAIN|CIDR]...
  headerlens spf --ip IP --sender ADDR [--helo NAME] [--dns-zone FILE] [--doh URL] [--json]
  headerlens classify <ip>... [--json]

Exit status: 0 when analysed (whatever the verdict), 2 for usage errors or unreadable input.`;

// No browser.i18n in Node: t() reads the bundled locale files (English unless `--lang`).
useBundledCatalogs();

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'inspect':
      return runInspect(rest);
    case 'spf':
      return runSpf(rest);
    case 'classify':
      return runClassify(rest);
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`headerlens: ${err.message}\n${err.showUsage ? `\n${USAGE}\n` : ''}`);
    } else {
      // A bug: one line, no stack trace, unless the user asks for it.
      const e = err as Error;
      process.stderr.write(`headerlens: internal error: ${e?.message ?? String(err)}\n`);
      if (process.env.HEADERLENS_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
    }
    process.exitCode = 2;
  },
);
