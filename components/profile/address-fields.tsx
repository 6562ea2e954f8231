'use client';

import { useHydrated } from '@/components/form/use-hydrated';
import { useRef, useState, type ChangeEvent } from 'react';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { ADDRESS_LINE_MAX } from '@/lib/validation/profile-fields';
import { isStateName, postcodeDigits, type CitiesByState, type StateName } from '@/lib/profile/states';

export type AddressMessages = {
  address1: string;
  address2: string;
  address3: string;
  postcode: string;
  postcodeHint: string;
  postcodeHintNoScript: string;
  city: string;
  state: string;
  choose: string;
  chooseStateFirst: string;
  filled: string;
  unknown: string;
  lookupFailed: string;
};

export type AddressFieldsProps = {
  /** The postcode the Negeri and Bandar shown count as chosen for (lib/profile/address-choice.ts). */
  chosenFor?: string;
  values: { address1?: string; address2?: string; address3?: string; postcode?: string; city?: string; state?: string };
  errors: { address1?: string; address2?: string; address3?: string; postcode?: string; city?: string; state?: string };
  errorPrefix: string;
  states: readonly StateName[];
  citiesByState: CitiesByState;
  messages: AddressMessages;
  /** Where the form asks about one postcode (a route handler): the data set itself stays on the server. */
  lookupUrl?: (postcode: string) => string;
};

type Lookup = { found: true; state: StateName; cities: string[] } | { found: false };

const ADDRESS_LINES = ['address1', 'address2', 'address3'] as const;

const fill = (text: string, postcode: string) => text.replace('{postcode}', postcode);

/** Negeri or Bandar picked before any complete Poskod: they are taken as chosen for the first one typed. */
const PICKED_BEFORE_POSTCODE = '*';

/**
 * Alamat (3 lines), Poskod, Bandar and Negeri (requirements §4.3). The Bandar list follows the Negeri. With
 * JavaScript a complete Poskod fills both at once (one small request per postcode, announced politely);
 * without it the server fills them on Simpan. A postcode the data set lacks empties both for the user to
 * pick by hand: the town of an earlier postcode is never kept for a new one (issue 9 item 13). Hidden fields
 * tell the server whether Negeri and Bandar were chosen for the Poskod (lib/profile/address-choice.ts).
 */
export function AddressFields({
  chosenFor: chosenForAtFirst = '',
  values,
  errors,
  errorPrefix,
  states,
  citiesByState,
  messages,
  lookupUrl = (postcode) => `/api/poskod/${postcode}`,
}: AddressFieldsProps) {
  const [state, setState] = useState<string>(values.state ?? '');
  const [city, setCity] = useState<string>(values.city ?? '');
  const hydrated = useHydrated();
  const [announcement, setAnnouncement] = useState('');
  const [chosenFor, setChosenForState] = useState(chosenForAtFirst);
  // Also read after the lookup's await, when the render's value may be stale.
  const chosen = useRef(chosenForAtFirst);
  const setChosenFor = (postcode: string) => {
    chosen.current = postcode;
    setChosenForState(postcode);
  };
  // Answers can arrive out of order while typing: only the latest postcode asked about counts.
  const latest = useRef<string | null>(postcodeDigits(values.postcode ?? ''));

  const cities: readonly string[] = isStateName(state) ? citiesByState[state] : [];
  const cityOptions = isStateName(state)
    ? [
        { value: '', label: messages.choose },
        ...(city && !cities.includes(city) ? [city] : []).map((c) => ({ value: c, label: c })),
        ...cities.map((c) => ({ value: c, label: c })),
      ]
    : [{ value: '', label: messages.chooseStateFirst }];

  async function onPostcode(event: ChangeEvent<HTMLInputElement>) {
    const postcode = postcodeDigits(event.target.value);
    latest.current = postcode;
    if (!postcode) {
      setAnnouncement('');
      return;
    }
    try {
      const response = await fetch(lookupUrl(postcode), { headers: { accept: 'application/json' } });
      const answer = (await response.json()) as Lookup;
      if (latest.current !== postcode) return;
      if (answer.found) {
        setState(answer.state);
        setCity(answer.cities[0]);
        setChosenFor(postcode);
        setAnnouncement(fill(messages.filled, postcode));
      } else {
        if (chosen.current === PICKED_BEFORE_POSTCODE) setChosenFor(postcode);
        else if (chosen.current !== postcode) {
          // Chosen for another postcode: the user picks them again for this one.
          setState('');
          setCity('');
        }
        setAnnouncement(fill(messages.unknown, postcode));
      }
    } catch {
      if (latest.current === postcode) setAnnouncement(messages.lookupFailed);
    }
  }

  // Picked by hand: chosen for the Poskod now in the field.
  const pickedByHand = () => setChosenFor(latest.current ?? PICKED_BEFORE_POSTCODE);

  function onState(event: ChangeEvent<HTMLSelectElement>) {
    const next = event.target.value;
    setState(next);
    pickedByHand();
    // A town of the previous state cannot stay chosen.
    if (!(isStateName(next) && citiesByState[next].includes(city))) setCity('');
  }

  return (
    <div className="space-y-6">
      <input type="hidden" name="chosenFor" value={chosenFor} />
      <input type="hidden" name="shownState" value={values.state ?? ''} />
      <input type="hidden" name="shownCity" value={values.city ?? ''} />
      {ADDRESS_LINES.map((line, index) => (
        <TextField
          key={line}
          name={line}
          label={messages[line]}
          // Only the first line is mandatory, as the profile schema says (lib/validation/profile.ts).
          required={index === 0}
          autoComplete={`address-line${index + 1}`}
          maxLength={ADDRESS_LINE_MAX * 2}
          defaultValue={values[line]}
          error={errors[line]}
          errorPrefix={errorPrefix}
        />
      ))}
      <div className="space-y-2">
        <TextField
          name="postcode"
          label={messages.postcode}
          hint={hydrated ? messages.postcodeHint : messages.postcodeHintNoScript}
          required
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={6}
          width="sm"
          defaultValue={values.postcode}
          onChange={onPostcode}
          error={errors.postcode}
          errorPrefix={errorPrefix}
        />
        <p aria-live="polite" className="min-h-6 text-body-sm text-gray-700">
          {announcement}
        </p>
      </div>
      <SelectField
        name="state"
        label={messages.state}
        required
        value={state}
        onChange={onState}
        autoComplete="address-level1"
        options={[{ value: '', label: messages.choose }, ...states.map((s) => ({ value: s, label: s }))]}
        error={errors.state}
        errorPrefix={errorPrefix}
      />
      <SelectField
        name="city"
        label={messages.city}
        required
        value={city}
        onChange={(event) => {
          setCity(event.target.value);
          pickedByHand();
        }}
        autoComplete="address-level2"
        options={cityOptions}
        error={errors.city}
        errorPrefix={errorPrefix}
      />
    </div>
  );
}
