// fast-check generators of the nonsense people and programs send: odd and huge strings, values of the
// wrong type, malformed JSON, path segments and query values that are not what a route expects.
import fc from 'fast-check';

/** Strings that have broken servers before: empty, control characters, unicode oddities, injection-looking text. */
export const SPECIAL_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\r\n',
  '\t',
  '../..',
  '%2F',
  '\u202E',
  '😀😀',
  'é',
  '\uFFFF',
  '\uD800',
  '{"a":1}',
  'null',
  'true',
  '<script>alert(1)</script>',
  "' OR '1'='1",
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '-1',
  '0',
  '1e400',
  'NaN',
  'Infinity',
  '0x10',
  '9'.repeat(30),
] as const;

/** Any odd string, now and then a 100 kB one. */
export const oddString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.constant('x'.repeat(100_000)), weight: 1 },
);

/** An odd string short enough for a URL (the O2G's header limit is for the next test). */
export const shortOddString = oddString.filter((text) => text.length <= 2000);

/** Percent-encodes every byte of the UTF-8 form but the unreserved ones, as a careful client would. */
export function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return /[A-Za-z0-9\-._~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

/** A path segment that is no id: encoded slashes and dots, bad escapes, unicode, numbers out of range, very long. */
export const badSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '..',
    '.',
    '%2e%2e',
    '%2F',
    '..%2F..%2Fsessions',
    '%00',
    '%0D%0ASet-Cookie:%20a=b',
    '%E0%A4%A',
    '%',
    '%zz',
    '-1',
    '0',
    '99999999999999999999',
    '1.5',
    '1e3',
    'null',
    'undefined',
    '%F0%9F%98%80',
    'a'.repeat(3000),
    '%3B',
    '*',
    '~',
  ),
  shortOddString.filter((text) => text !== '').map(percentEncode),
);

/** A query value that is no value: bad escapes, odd strings, repeated parameters (an array). */
export function badQueryValue(name: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom('%', '%zz', '%E0%A4%A', '%00').map((value) => `${name}=${value}`),
    shortOddString.map((value) => `${name}=${percentEncode(value)}`),
    fc
      .tuple(shortOddString, shortOddString)
      .map(([a, b]) => `${name}=${percentEncode(a)}&${name}=${percentEncode(b)}`),
  );
}

/** Request bodies that are not JSON at all. */
export const malformedJson: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '{',
    '}',
    '{"a":',
    '[1,',
    'nul',
    '{"a":1}}',
    "{'a':1}",
    '{"a":1,}',
    '\u0000',
    '{"a":"\\u12"}',
    '"unterminated',
    '01',
    '+1',
    '.5',
    'NaN',
    '{"a":1}{"b":2}',
    'undefined',
    '\uFEFF{}',
    '<xml/>',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }).filter((text) => !parses(text)),
);

function parses(text: string): boolean {
  if (text.trim() === '') return true;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** JSON values of every type, for a field that expects another one. */
const anyJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  oddString,
);

const jsonType = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/** A value whose JSON type differs from `like`'s. */
export function wrongTypeFor(like: unknown): fc.Arbitrary<unknown> {
  return anyJsonValue.filter((value) => jsonType(value) !== jsonType(like));
}

/**
 * A valid body with one member (at any depth) replaced by a value of another type, or the whole body
 * replaced by a non-object.
 */
export function wrongTypedBody(valid: Record<string, unknown>): fc.Arbitrary<string> {
  const paths = memberPaths(valid);
  return fc.oneof(
    wrongTypeFor(valid).map((value) => JSON.stringify(value)),
    fc
      .constantFrom(...paths)
      .chain((path) =>
        wrongTypeFor(valueAt(valid, path)).map((value) => JSON.stringify(replaced(valid, path, value))),
      ),
  );
}

type MemberPath = readonly (string | number)[];

function memberPaths(value: unknown, prefix: MemberPath = []): MemberPath[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, member]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...memberPaths(member, path)];
  });
}

function valueAt(value: unknown, path: MemberPath): unknown {
  return path.reduce<unknown>((current, key) => (current as Record<string | number, unknown>)[key], value);
}

function replaced(value: unknown, path: MemberPath, by: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return by;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[key] = replaced(copy[key], rest, by);
  return copy;
}
