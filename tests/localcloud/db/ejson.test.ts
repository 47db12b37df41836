/** @jest-environment node */
import { decodeDoc, encodeDoc, parseWire } from '../../../localcloud/db/ejson';

const now = () => new Date('2026-12-06T00:00:00.000Z');

describe('the wire and the store texts are read back as the SDK meant them', () => {
  test('wrappers inside wrappers are read innermost first', () => {
    expect(parseWire('{"at":{"$date":{"$numberLong":"86400000"}}}', now)).toEqual({ at: new Date(86_400_000) });
    expect(parseWire('{"at":{"$tcb_server_date":{"offset":{"$numberInt":"1000"}}}}', now)).toEqual({
      at: new Date('2026-12-06T00:00:01.000Z'),
    });
    expect(parseWire('[[{"$numberDouble":"2.5"}],{"n":{"$numberInt":"3"}}]', now)).toEqual([[2.5], { n: 3 }]);
  });

  test('an object with a $ key beside others, and query operators, stay as they are', () => {
    expect(parseWire('{"$date":"2020-01-01T00:00:00.000Z","x":1}', now)).toEqual({
      $date: '2020-01-01T00:00:00.000Z',
      x: 1,
    });
    expect(parseWire('{"n":{"$in":[{"$numberInt":"1"},"a"]}}', now)).toEqual({ n: { $in: [1, 'a'] } });
  });

  test('a "__proto__" key is an own field, never the object\'s prototype', () => {
    const doc = parseWire(
      '{"__proto__":{"$date":"2020-01-01T00:00:00.000Z"},"a":{"__proto__":{"polluted":1}}}',
      now,
    ) as Record<string, unknown>;
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(doc, '__proto__')?.value).toEqual(new Date('2020-01-01T00:00:00.000Z'));
    const a = doc.a as Record<string, unknown>;
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect((a as { polluted?: unknown }).polluted).toBeUndefined();
  });

  test('text that is not JSON, or a wrapper that cannot be read, is an invalid parameter', () => {
    expect(() => parseWire('{"a":', now)).toThrow(/invalid EJSON/);
    expect(() => parseWire('{"id":{"$oid":"not-an-id"}}', now)).toThrow(/invalid EJSON/);
  });

  test('a stored document comes back as it was stored', () => {
    const doc = { _id: 'v1', at: new Date(5), list: [1, { re: /a.b/i, at: new Date(-1) }], nested: { n: null } };
    expect(decodeDoc(encodeDoc(doc))).toEqual(doc);
  });
});
