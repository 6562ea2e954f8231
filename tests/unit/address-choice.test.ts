import { decideAddress } from '@/lib/profile/address-choice';

/** Issue 9 item 13: Negeri and Bandar are never kept from an earlier postcode unless chosen for the new one. */

const DATA: Record<string, { state: string; cities: string[] }> = {
  '62100': { state: 'W.P. Putrajaya', cities: ['Putrajaya'] },
  '43000': { state: 'Selangor', cities: ['Kajang'] },
  '86400': { state: 'Johor', cities: ['Batu Pahat', 'Parit Raja'] },
};
const lookup = (postcode: string) => DATA[postcode] ?? null;
const putrajaya = { state: 'W.P. Putrajaya', city: 'Putrajaya' };
const shownPutrajaya = { chosenFor: '62100', shownState: 'W.P. Putrajaya', shownCity: 'Putrajaya' };

test('a postcode not in the data set, the town of the earlier one shown and kept: refused, to be chosen', () => {
  expect(decideAddress({ postcode: '00000', ...putrajaya }, shownPutrajaya, lookup)).toEqual({ outcome: 'unknown', chosenFor: '00000' });
});

test('a postcode not in the data set with Negeri and Bandar chosen for it: kept as sent', () => {
  // Chosen after the page asked (chosenFor names it), or with JavaScript as soon as they were picked.
  const chosen = { chosenFor: '00000', shownState: '', shownCity: '' };
  expect(decideAddress({ postcode: '00000', state: 'Selangor', city: 'Kajang' }, chosen, lookup)).toEqual({
    outcome: 'as-sent',
    chosenFor: '00000',
  });
  // Without JavaScript, a Negeri picked in this very submission, different from what was shown.
  expect(decideAddress({ postcode: '00000', state: 'Selangor', city: '' }, shownPutrajaya, lookup)).toEqual({
    outcome: 'as-sent',
    chosenFor: '00000',
  });
  // Spaces typed in the postcode do not matter.
  expect(decideAddress({ postcode: ' 00 000', state: 'Selangor', city: 'Kajang' }, chosen, lookup).outcome).toBe('as-sent');
});

test('the stored unknown postcode saved again with its stored town: kept', () => {
  const stored = { chosenFor: '00000', shownState: 'Selangor', shownCity: 'Kajang' };
  expect(decideAddress({ postcode: '00000', state: 'Selangor', city: 'Kajang' }, stored, lookup).outcome).toBe('as-sent');
});

test('emptied Negeri and Bandar are not a choice: an unknown postcode is still refused', () => {
  expect(decideAddress({ postcode: '00000', state: '', city: '' }, shownPutrajaya, lookup).outcome).toBe('unknown');
});

test('a known postcode with the town of another kept: filled from the data set, to be confirmed', () => {
  expect(decideAddress({ postcode: '43000', ...putrajaya }, shownPutrajaya, lookup)).toEqual({
    outcome: 'filled',
    chosenFor: '43000',
    state: 'Selangor',
    city: 'Kajang',
  });
  expect(decideAddress({ postcode: '43000', state: '', city: '' }, { chosenFor: '', shownState: '', shownCity: '' }, lookup)).toMatchObject(
    {
      outcome: 'filled',
    },
  );
});

test('a known postcode with its own state and town, any of them: kept', () => {
  const shown = { chosenFor: '62100', shownState: 'Johor', shownCity: 'Parit Raja' };
  expect(decideAddress({ postcode: '86400', state: 'Johor', city: 'Parit Raja' }, shown, lookup).outcome).toBe('as-sent');
});

test('a known postcode with a town picked by hand: kept for the schema to check against the state', () => {
  const shown = { chosenFor: '43000', shownState: 'Selangor', shownCity: 'Kajang' };
  expect(decideAddress({ postcode: '43000', state: 'Selangor', city: 'Bangi' }, shown, lookup).outcome).toBe('as-sent');
});

test('no postcode or a malformed one decides nothing: the schema reports it', () => {
  expect(decideAddress({ postcode: '', ...putrajaya }, shownPutrajaya, lookup)).toEqual({ outcome: 'as-sent', chosenFor: '62100' });
  expect(decideAddress({ postcode: '6210', ...putrajaya }, shownPutrajaya, lookup).outcome).toBe('as-sent');
});
