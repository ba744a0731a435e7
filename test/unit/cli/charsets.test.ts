// Issue 19 §3: the CLI decodes non-UTF-8 charsets in From and Subject as before, now that its
// bundle carries no iconv-lite or encoding-japanese tables (TextDecoder does it, as in the
// worker). The encoded words are made here with iconv-lite and encoding-japanese themselves, so
// the expected text does not come from the decoder under test.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Encoding from 'encoding-japanese';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../../lib/types';
import { buildCorpusCli } from '../../helpers/corpus';

let cli: string;
let dir: string;

beforeAll(() => {
  cli = buildCorpusCli();
  dir = mkdtempSync(join(tmpdir(), 'headerlens-charsets-'));
}, 60_000);

function encodedWord(text: string, charset: string, q = false): string {
  // iconv-lite writes no ISO-2022-JP; encoding-japanese calls it JIS.
  const bytes =
    charset === 'ISO-2022-JP'
      ? Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: 'JIS', from: 'UNICODE' }))
      : iconv.encode(text, charset);
  if (!q) return `=?${charset}?B?${bytes.toString('base64')}?=`;
  const quoted = [...bytes]
    .map((b) =>
      b > 0x20 && b < 0x7f && b !== 0x3d && b !== 0x3f && b !== 0x5f
        ? String.fromCharCode(b)
        : b === 0x20
          ? '_'
          : `=${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
  return `=?${charset}?Q?${quoted}?=`;
}

function inspect(name: string, subject: string): Analysis {
  const raw = [
    'Received: from mail.sender.example (mail.sender.example [192.0.2.10]) by mx.inbound.example with ESMTPS id 1; Tue, 3 Mar 2026 10:00:05 +0000',
    `From: ${name} <alerts@sender.example>`,
    'To: robin@reader.example',
    `Subject: ${subject}`,
    'Date: Tue, 3 Mar 2026 10:00:00 +0000',
    'Message-ID: <charset@sender.example>',
    '',
    'Hello.',
    '',
  ].join('\r\n');
  const file = join(dir, 'message.eml');
  writeFileSync(file, raw);
  const out = execFileSync(process.execPath, [cli, 'inspect', file, '--json', '--offline'], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as Analysis;
}

describe('headerlens inspect decodes From and Subject in other charsets', () => {
  it.each([
    ['ISO-2022-JP', '山田 太郎', 'ご請求書のお知らせ', false],
    ['Shift_JIS', '株式会社サンプル', '重要なお知らせ', false],
    ['EUC-JP', '佐藤 花子', '会議の件', false],
    ['windows-1251', 'Служба поддержки', 'Ваш счёт готов', true],
    ['KOI8-R', 'Иван Петров', 'Привет', false],
    ['GB18030', '客户服务', '您的账单已生成', false],
    ['GB2312', '张伟', '通知', false],
    ['Big5', '陳大文', '帳單通知', false],
    ['EUC-KR', '김철수', '청구서 안내', false],
    ['ISO-8859-2', 'Łukasz Żółć', 'Faktura za usługi', true],
  ] as const)('%s', (charset, name, subject, q) => {
    const a = inspect(encodedWord(name, charset, q), encodedWord(subject, charset, q));
    expect(a.from?.displayName).toBe(name);
    expect(a.from?.address).toBe('alerts@sender.example');
    expect(a.subject).toBe(subject);
  });
});
