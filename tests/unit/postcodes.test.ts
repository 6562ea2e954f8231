/** @jest-environment node */
import { citiesByState, citiesOf, lookupPostcode } from '@/lib/profile/postcodes';
import { postcodeDigits, STATES } from '@/lib/profile/states';

describe('postcode data (malaysia-postcodes, shipped with the app)', () => {
  test.each([
    ['62100', 'W.P. Putrajaya', 'Putrajaya'],
    ['50450', 'W.P. Kuala Lumpur', 'Kuala Lumpur'],
    ['43000', 'Selangor', 'Kajang'],
    ['93050', 'Sarawak', 'Kuching'],
    ['88000', 'Sabah', 'Kota Kinabalu'],
    ['87000', 'W.P. Labuan', 'Labuan'],
    ['01000', 'Perlis', 'Kangar'],
  ])('%s is %s, %s', (postcode, state, city) => {
    expect(lookupPostcode(postcode)).toEqual({ postcode, state, cities: [city] });
  });

  test('a postcode of two towns offers both', () => {
    expect(lookupPostcode('86400')).toEqual({ postcode: '86400', state: 'Johor', cities: ['Batu Pahat', 'Parit Raja'] });
  });

  test('a postcode the data set does not hold is unknown, not an error', () => {
    expect(lookupPostcode('00000')).toBeNull();
    expect(lookupPostcode('99999')).toBeNull();
  });

  test("every state has its towns, and each looked-up town is in its state's list", () => {
    const map = citiesByState();
    expect(Object.keys(map).sort()).toEqual([...STATES].sort());
    for (const state of STATES) expect(map[state].length).toBeGreaterThan(0);
    expect(citiesOf('Selangor')).toContain('Kajang');
    expect(citiesOf('Selangor')).not.toContain('Kuching');
    expect(citiesOf('Atlantis')).toBeUndefined();
  });

  test('a typed postcode may carry a space; anything but five digits is not one', () => {
    expect(postcodeDigits('62 100')).toBe('62100');
    expect(postcodeDigits('6210')).toBeNull();
    expect(postcodeDigits('621000')).toBeNull();
    expect(postcodeDigits('62l00')).toBeNull();
  });
});
