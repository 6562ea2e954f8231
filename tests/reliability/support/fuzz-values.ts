import fc from 'fast-check';

/**
 * What a hostile or broken client can put in one form field, shared by the in-process fuzz (jest) and the one
 * over HTTP (Playwright). `undefined` means the field is left out. A field's real values are mixed in with a
 * weight, so a run now and then gets past validation into the domain instead of always stopping at the first
 * check.
 */
export type FileValue = { file: string; bytes: Uint8Array; type: string };
/** A 100 kB–1 MB value, kept as the piece and its length so a counterexample prints in one line. */
export type HugeValue = { repeat: string; length: number };
export type FieldValue = string | undefined | FileValue | HugeValue;

const CONTROL = fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 40 });
const ANY_UNICODE = fc.string({ unit: 'binary', maxLength: 80 });
// 100 kB to 1 MB: a short ASCII piece repeated, so building it is cheap and the run stays fast (a repeat of a
// piece with lone surrogates costs 15 ms to make well-formed each time; ANY_UNICODE covers those).
const HUGE = fc
  .tuple(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }), fc.integer({ min: 100_000, max: 1_000_000 }))
  .map(([repeat, length]): FieldValue => ({ repeat, length }));
const NUMBERISH = fc.oneof(
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.integer().map(String),
  fc.constantFrom('true', 'false', 'on', 'off', 'null', 'undefined', 'NaN', '-0', '1e309', '[object Object]', '{}', '[]', '0x1F'),
);
const WRONG_TYPE = fc
  .record({
    file: fc.string({ maxLength: 30 }),
    bytes: fc.uint8Array({ maxLength: 64 }),
    type: fc.constantFrom('', 'text/csv', 'image/png'),
  })
  .map((f): FieldValue => f);

export function fieldValue(valid: fc.Arbitrary<FieldValue>, validWeight = 4): fc.Arbitrary<FieldValue> {
  return fc.oneof(
    { arbitrary: valid, weight: validWeight },
    { arbitrary: ANY_UNICODE, weight: 2 },
    { arbitrary: CONTROL, weight: 1 },
    { arbitrary: HUGE, weight: 1 },
    { arbitrary: NUMBERISH, weight: 1 },
    { arbitrary: fc.constant(''), weight: 1 },
    { arbitrary: fc.constant(undefined), weight: 2 },
    { arbitrary: WRONG_TYPE, weight: 1 },
  );
}

export type FuzzForm = {
  fields: [string, FieldValue][];
  /** Names no form has (control characters among them), and real names sent twice with another value. */
  extra: [string, FieldValue][];
};

/**
 * One generated submission of a form whose real fields and their valid values are `valid`; `validWeight` (4 of 13
 * by default) raises the share of valid values where a form must be whole before anything is written.
 */
export function fuzzForm(valid: Record<string, fc.Arbitrary<FieldValue>>, validWeight?: number): fc.Arbitrary<FuzzForm> {
  const names = Object.keys(valid);
  const fields = fc.tuple(...names.map((name) => fieldValue(valid[name]!, validWeight).map((v): [string, FieldValue] => [name, v])));
  const unknownName = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 20 }),
    CONTROL,
    fc.constantFrom('__proto__', 'constructor', '$ACTION_ID_x'),
  );
  const repeatedName = names.length ? fc.constantFrom(...names) : unknownName;
  const extra = fc.array(
    fc.tuple(fc.oneof(unknownName, repeatedName), fieldValue(fc.string({ maxLength: 20 }))).map((e): [string, FieldValue] => e),
    { maxLength: 4 },
  );
  return fc.record({ fields, extra });
}

/** The previous state a client can send: the form's own, or anything at all. */
export const WRONG_PREV: unknown[] = [
  undefined,
  null,
  {},
  'state',
  0,
  [],
  { attempt: 'x' },
  { attempt: Number.MAX_VALUE },
  { attempt: -1 },
];

export const isFile = (value: FieldValue): value is FileValue => typeof value === 'object' && 'bytes' in value;

/** A text value as sent: a huge one spelled out. */
export function textOf(value: string | HugeValue): string {
  return typeof value === 'string' ? value : value.repeat.repeat(Math.ceil(value.length / value.repeat.length));
}

export const asFile = (value: FileValue) => new File([new Uint8Array(value.bytes)], value.file, { type: value.type });

export function toFormData(form: FuzzForm): FormData {
  const data = new FormData();
  for (const [name, value] of [...form.fields, ...form.extra]) {
    if (value === undefined) continue;
    data.append(name, isFile(value) ? asFile(value) : textOf(value));
  }
  return data;
}

/** Shorthands for the valid values of the usual fields. */
export const valid = {
  one: (...values: string[]) => fc.constantFrom(...values),
  email: fc.oneof(
    fc.constantFrom('ali.abu@testemail.com', 'Aisyah@ST.gov.my'),
    fc.nat(99_999).map((n) => `fuzz${n}@example.com`),
  ),
  mykad: fc.nat(9_999).map((n) => `800202-10-${String(n).padStart(4, '0')}`),
  password: fc.constantFrom('Kuala2026Lp', 'dhW51Frg', 'Abcdef12'),
  token: fc.base64String({ minLength: 44, maxLength: 44 }).map((s) => s.slice(0, 43).replace(/\+/g, '-').replace(/\//g, '_')),
  uuid: fc.uuid(),
};
