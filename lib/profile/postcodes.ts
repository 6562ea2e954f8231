import 'server-only';
import { allPostcodes } from 'malaysia-postcodes';
import { STATES, type CitiesByState, type StateName } from './states';

/**
 * Server-only wrapper around the npm package malaysia-postcodes (2,929 postcodes, 444 towns, shipped with
 * the app: no network at run time). Checked by hand and in tests/unit/postcodes.test.ts against postcodes
 * whose town is known (62100 Putrajaya, 50450 Kuala Lumpur, 43000 Kajang, 93050 Kuching, 88000 Kota
 * Kinabalu). The package names the federal territories "Wp Kuala Lumpur" etc.; they are shown as "W.P. …".
 * Four postcodes belong to two towns of one state (e.g. 86400 Batu Pahat / Parit Raja): both are offered.
 */
const STATE_NAMES: Record<string, StateName> = {
  'Wp Kuala Lumpur': 'W.P. Kuala Lumpur',
  'Wp Labuan': 'W.P. Labuan',
  'Wp Putrajaya': 'W.P. Putrajaya',
};

function stateName(raw: string): StateName {
  const name = STATE_NAMES[raw] ?? raw;
  if (!(STATES as readonly string[]).includes(name)) throw new Error(`malaysia-postcodes: unknown state ${raw}`);
  return name as StateName;
}

export type PostcodeMatch = { postcode: string; state: StateName; cities: string[] };

type Index = { byPostcode: Map<string, PostcodeMatch>; citiesByState: CitiesByState };

let index: Index | undefined;

// Built once, on first use, from the package's nested state → city → postcodes lists.
function build(): Index {
  const byPostcode = new Map<string, PostcodeMatch>();
  const cities = Object.fromEntries(STATES.map((s) => [s, [] as string[]])) as Record<StateName, string[]>;
  for (const state of allPostcodes) {
    const name = stateName(state.name);
    for (const city of state.city) {
      if (!cities[name].includes(city.name)) cities[name].push(city.name);
      for (const postcode of city.postcode) {
        const match = byPostcode.get(postcode);
        if (match) {
          if (!match.cities.includes(city.name)) match.cities.push(city.name);
        } else {
          byPostcode.set(postcode, { postcode, state: name, cities: [city.name] });
        }
      }
    }
  }
  for (const list of Object.values(cities)) list.sort((a, b) => a.localeCompare(b, 'ms'));
  return { byPostcode, citiesByState: cities };
}

function data(): Index {
  index ??= build();
  return index;
}

/** The state and town(s) of a five-digit postcode, or null when the data set does not hold it. */
export function lookupPostcode(postcode: string): PostcodeMatch | null {
  const match = data().byPostcode.get(postcode);
  return match ? { ...match, cities: [...match.cities] } : null;
}

/** Every state's towns, sorted: the form's Bandar list follows the chosen Negeri (about 2.4 KB gzipped). */
export function citiesByState(): CitiesByState {
  return data().citiesByState;
}

export function citiesOf(state: string): readonly string[] | undefined {
  return (data().citiesByState as Record<string, readonly string[]>)[state];
}
