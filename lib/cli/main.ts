// `headerlens` — the engine from a terminal, so every result the extension shows can be
// reproduced without a browser. Node-only (never imported by the extension).
// Each command is loaded when it is asked for (scripts/build-cli.mjs splits them into chunks):
// `--help` loads this file alone, `classify` no mailauth, `spf` no DKIM.
import { UsageError } from './usage';

const USAGE = `Usage:
  headerlens inspect <file.eml | -> [--json] [--report md|text|json] [--redact] [--dns-zone FILE]
                     [--offline] [--authserv-id ID]... [--doh URL] [--approve IP]... [--recipient-domain D]...
                     [--nat-address CIDR]...
                     [--approve-for IP=DOMAIN]... [--trust-forwarder DOMAIN]... [--webmail gmail|outlook|yahoo|auto|none] [--not-byte-exact]
                     [--trust-gateway DOMAIN|CIDR]... [--lang en|de|fr|es] [--memory FILE]
  headerlens inspect <file | dir | mbox | Maildir | ->... [--json | --csv | --report md] [--jobs N]
                     [--fail-on spoofed|suspicious] [--attached] [same options as above]
  headerlens spf --ip IP --sender ADDR [--helo NAME] [--dns-zone FILE] [--doh URL] [--json]
  headerlens classify <ip>... [--json]

Exit status: 0 when analysed (whatever the verdict), 1 when --fail-on is reached, 2 for usage errors
or unreadable input (in a batch, an unreadable message is reported in its line and counted).`;

const HELP = new Set(['-h', '--help', 'help']);

/** No browser.i18n in Node: t() reads the bundled locale files (English unless `--lang`). */
async function useCatalogs(): Promise<void> {
  // Loaded with the command, not for `--help` (whose text is above): four languages of every
  // message are not what a usage line should wait for.
  (await import('../i18n/catalogs')).useBundledCatalogs();
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // `headerlens inspect --help` is how people ask about one command: the usage, not an error. A
  // file named "--help" is still reachable after `--`, and one named "help" anywhere, as the parser's own message says.
  const end = rest.indexOf('--');
  if (
    HELP.has(command ?? '') ||
    (end < 0 ? rest : rest.slice(0, end)).some((a) => a === '-h' || a === '--help')
  ) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command === 'inspect' || command === 'spf' || command === 'classify') await useCatalogs();
  switch (command) {
    case 'inspect':
      return (await import('./inspect')).runInspect(rest);
    case 'spf':
      return (await import('./spf')).runSpf(rest);
    case 'classify':
      return (await import('./classify')).runClassify(rest);
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
