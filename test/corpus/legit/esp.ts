// A newsletter sent through Mailchimp, read in Gmail (`--webmail gmail`): the customer's own DKIM
// key is a CNAME to Mailchimp's, the envelope is Mailchimp's bounce domain, Gmail writes its
// Authentication-Results right under its entry Received line (as in every Gmail delivery).
// Layout: Mailchimp's "Set up email domain authentication" (k1._domainkey CNAME dkim.mcsv.net)
// and the Received/Authentication-Results shape of Gmail deliveries in test/fixtures/messages/.
// Mailchimp's SPF record is simplified to its two main ranges (servers.mcsv.net lists more).
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';

export async function make(write: CaseWriter): Promise<void> {
  const envelope = 'bounce-mc.us5_1234567.89012-robin=reader.example@mail59.atl101.mcsv.net';
  const signed = await signCorpus(
    submitted({
      from: 'City Museum <news@museum.example>',
      to: 'robin@reader.example',
      subject: 'This month at the museum',
      extraHeaders: [
        'List-Unsubscribe: <https://museum.us5.list-manage.com/unsubscribe?u=1&id=2>',
        'X-Mailer: Mailchimp Mailer - **CID1234**',
      ],
    }),
    { domain: 'museum.example', selector: 'k1' },
  );
  write('esp-mailchimp-gmail', {
    eml: onTop(
      signed,
      'Received: by 2002:a05:6a10:9e4c:b0:5a1:6c2e:1a2b with SMTP id ab12csp1234567pxb; Fri, 20 Nov 2026 02:00:07 -0800 (PST)',
      `Return-Path: <${envelope}>`,
      'Received: from mail59.atl101.mcsv.net (mail59.atl101.mcsv.net. [198.2.139.59])\r\n        by mx.google.com with ESMTPS id 6a1803df08f44-6d8ab12cd34si1234567d6.42.2026.11.20.02.00.06\r\n        for <robin@reader.example>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Fri, 20 Nov 2026 02:00:06 -0800 (PST)',
      `Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@museum.example header.s=k1 header.b=AbCdEf12;\r\n       spf=pass (google.com: domain of ${envelope} designates 198.2.139.59 as permitted sender) smtp.mailfrom="${envelope}";\r\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=museum.example`,
    ),
    zone: {
      'k1._domainkey.museum.example': { CNAME: ['dkim.mcsv.net'] },
      'dkim.mcsv.net': { TXT: [corpusKeys().rsaTxt] },
      'mail59.atl101.mcsv.net': {
        TXT: ['v=spf1 ip4:198.2.128.0/18 ip4:205.201.128.0/20 -all'],
        A: ['198.2.139.59'],
      },
      '59.139.2.198.in-addr.arpa': { PTR: ['mail59.atl101.mcsv.net'] },
      '_dmarc.museum.example': { TXT: ['v=DMARC1; p=none; rua=mailto:dmarc@museum.example'] },
    },
    meta: {
      about:
        'A museum newsletter sent through Mailchimp with its own DKIM key (CNAME to Mailchimp), read in Gmail',
      class: 'esp',
      args: ['--webmail', 'gmail'],
      expect: {
        verdict: 'authenticated',
        fields: { 'origin.ip': '198.2.139.59', 'dmarc.result': 'pass', 'meta.profile.name': 'gmail' },
      },
    },
  });
}
