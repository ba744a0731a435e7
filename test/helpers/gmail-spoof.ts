// A paypal.com spoof as Gmail delivers it: Gmail's entry hop from the sender's server
// (203.0.113.9), its Received-SPF and its one Authentication-Results header, then the message the
// sender wrote. `sendersLines` go right under Gmail's header: whatever the sender forges there.
export function gmailDeliveredSpoof(opts: {
  envelope: string;
  spf: 'pass' | 'fail';
  sendersLines?: string[];
}): string {
  const { envelope, spf } = opts;
  const verb = spf === 'pass' ? 'designates' : 'does not designate';
  return [
    `Return-Path: <${envelope}>`,
    'Received: from mail.evil.example (mail.evil.example. [203.0.113.9]) by mx.google.com with ESMTPS id y; Tue, 3 Mar 2026 10:00:05 -0800 (PST)',
    `Received-SPF: ${spf} (google.com: domain of ${envelope} ${verb} 203.0.113.9 as permitted sender) client-ip=203.0.113.9;`,
    `Authentication-Results: mx.google.com; spf=${spf} smtp.mailfrom=${envelope}; dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=paypal.com`,
    ...(opts.sendersLines ?? []),
    'From: PayPal <service@paypal.com>',
    'To: robin@gmail.com',
    'Subject: Your account',
    'Date: Tue, 3 Mar 2026 10:00:00 -0800',
    'Message-ID: <1@evil.example>',
    '',
    'hi',
  ].join('\r\n');
}
