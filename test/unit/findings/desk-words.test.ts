// The desk words the name and look-alike rules share (lib/findings/desk-words.ts).
import { describe, expect, it } from 'vitest';
import { gluedDesk, namesInternalDesk, nameWords, tradeNameAfter } from '../../../lib/findings/desk-words';

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

describe('tradeNameAfter', () => {
  // The words after the generic word (index 2 of "tidewater <generic> …").
  const readsTrade = (name: string) => {
    const words = nameWords(name);
    return tradeNameAfter(words, 2, words[1]!);
  };
  it('a shop, club or union whose name ends in its trade (company forms, "and", a branch number after)', () => {
    for (const name of [
      'Tidewater Office Supply',
      'Tidewater Office Furniture Outlet',
      'Tidewater Team Sports LLC',
      'Tidewater Mail Boxes',
      'Tidewater Staff Union Local 12',
      'Tidewater Staff Sports & Social Club',
      'Tidewater Office Netball',
      'Tidewater Personal Sportverein',
      'Tidewater Staff Social Committee',
    ])
      expect(readsTrade(name), name).toBe(true);
  });
  it('not a lure with its own words after the trade word, a facility of the employer, or money before it', () => {
    for (const name of [
      'Tidewater Mail Box Quota',
      'Tidewater Staff Travel Expenses',
      'Tidewater Staff Health Clinic',
      'Tidewater Office Equipment Return',
      'Tidewater Staff Car Park',
      'Tidewater Office Parking Garage',
      'Tidewater Staff Print Shop',
      'Tidewater Staff Credit Union',
      'Tidewater Staff Rewards Club',
      'Tidewater Personal Café',
      'Tidewater Staff',
      'Tidewater Staff Union Local 12 Payroll',
      'Tidewater Team Travel',
      'Tidewater People Committee',
      'Tidewater Email Migration Committee',
      'Tidewater Staff Discount Club',
      'Tidewater Staff Pay Review Committee',
    ])
      expect(readsTrade(name), name).toBe(false);
  });
});
