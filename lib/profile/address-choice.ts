import { postcodeDigits } from './states';

/**
 * What the profile form tells the server about Negeri and Bandar, in three hidden fields that work without
 * JavaScript: `chosenFor`, the postcode Negeri and Bandar were chosen (or confirmed) for; `shownState` and
 * `shownCity`, what the form showed in them when it was drawn. A pair that differs from what was shown was
 * picked by hand in this submission; with JavaScript the page also sets `chosenFor` as soon as either is
 * picked (components/profile/address-fields.tsx).
 */
export type AddressChoice = { chosenFor: string; shownState: string; shownCity: string };

export const ADDRESS_CHOICE_FIELDS = ['chosenFor', 'shownState', 'shownCity'] as const;

export type AddressDecision =
  /** Keep Negeri and Bandar as sent; the schema checks them (a known postcode must be in the chosen state). */
  | { outcome: 'as-sent'; chosenFor: string }
  /** A known postcode whose state and town were not chosen for it: filled from the data set, to be confirmed. */
  | { outcome: 'filled'; chosenFor: string; state: string; city: string }
  /** A postcode the data set lacks, its Negeri and Bandar not chosen for it: refused, both emptied to be chosen. */
  | { outcome: 'unknown'; chosenFor: string };

type Lookup = (postcode: string) => { state: string; cities: readonly string[] } | null;

/**
 * Issue 9 item 13: Negeri and Bandar are never kept from an earlier postcode without the user choosing them.
 * They count as chosen for the postcode sent when `chosenFor` names it, or when a Negeri was picked that
 * differs from what was shown. Otherwise a postcode the data set knows fills them (unless they already
 * belong to it), and one it does not know is refused. Either way the answer carries `chosenFor` for the
 * postcode sent, so what the user then sees and keeps counts as theirs on the next Simpan.
 */
export function decideAddress(
  values: { postcode?: string; state?: string; city?: string },
  choice: AddressChoice,
  lookup: Lookup,
): AddressDecision {
  const postcode = postcodeDigits(values.postcode ?? '');
  // A missing or malformed postcode is the schema's to report; nothing is decided about the town.
  if (!postcode) return { outcome: 'as-sent', chosenFor: choice.chosenFor };
  const state = values.state ?? '';
  const city = values.city ?? '';
  const pickedNow = state !== '' && (state !== choice.shownState || city !== choice.shownCity);
  if (postcodeDigits(choice.chosenFor) === postcode || pickedNow) return { outcome: 'as-sent', chosenFor: postcode };

  const match = lookup(postcode);
  if (!match) return { outcome: 'unknown', chosenFor: postcode };
  if (state === match.state && match.cities.includes(city)) return { outcome: 'as-sent', chosenFor: postcode };
  return { outcome: 'filled', chosenFor: postcode, state: match.state, city: match.cities[0] };
}
