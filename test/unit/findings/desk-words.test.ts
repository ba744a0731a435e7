// The desk words the name and look-alike rules share (lib/findings/desk-words.ts).
import { describe, expect, it } from 'vitest';
import { gluedDesk, namesInternalDesk } from '../../../lib/findings/desk-words';

describe('gluedDesk', () => {
  it('reads the name with one desk word, company form or number glued on, or two with an inside desk’s', () => {
    for (const label of [
      'tidewatergroup',
      'tidewaterpayroll',
      'tidewaterhr',
      'ittidewater',
      'tidewaterinc',
      'tidewaterithelpdesk',
      'mytidewaterpayroll',
      'tidewaterhrportal',
      'tidewater365',
    ])
      expect(gluedDesk(label, 'tidewater'), label).toBe(true);
  });
  it('not another word, several words, the name alone or a generic word', () => {
    for (const label of [
      'tidewaterlogistics',
      'tidewater',
      'tidewaterteam',
      'summitsupportgroup',
      'tidewaterhotel',
    ])
      expect(gluedDesk(label, label.startsWith('summit') ? 'summit' : 'tidewater'), label).toBe(false);
  });
});

describe('namesInternalDesk', () => {
  it('reads an organisation’s inside desks, in the interface’s languages and glued in camel case', () => {
    for (const name of [
      'IT Helpdesk',
      'Payroll',
      'Human Resources',
      'Service Desk',
      'ITSupport',
      'Nómina',
      'I.T. Support',
      'Postmaster',
      'Soporte Informática',
      'ＩＴ Support',
      'mailadmin',
      'H R Department',
    ])
      expect(namesInternalDesk(name), name).toBe(true);
  });
  it('not a person, nor a small business’s billing or accounts', () => {
    for (const name of [
      'Dana Whitfield',
      'Smith Plumbing Billing',
      'Accounts Team',
      'Edith Hunter',
      'Ines Sistemas',
      'I.T. Okafor',
      'H R Giger',
    ])
      expect(namesInternalDesk(name), name).toBe(false);
  });
});
