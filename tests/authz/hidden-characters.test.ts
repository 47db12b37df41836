import { z } from 'zod';
import type { Contract } from '../../types/common/contract';
import { ACTION_REGISTRY } from '../../types/registry';

/**
 * Issue 13 item 4: no text a person sends reaches the store with characters that hide or reorder what
 * others read. Walks every string field of every contract's input (through objects, arrays, records,
 * optionals, defaults, unions) and checks: where plain text is accepted, the same text carrying a
 * control character or a bidi override is refused with a Chinese message. Multi-line fields keep newlines.
 */
type AnyZod = z.ZodTypeAny;
const K = z.ZodFirstPartyTypeKind;

function* stringFields(schema: AnyZod, at: string): Generator<[string, AnyZod]> {
  const def = schema._def as Record<string, unknown> & { typeName: string };
  switch (def.typeName) {
    case K.ZodString:
      yield [at, schema];
      return;
    case K.ZodEffects: {
      // A string refined or transformed: test the whole field, as it parses.
      let inner = def.schema as AnyZod;
      while ((inner._def as { typeName: string }).typeName === K.ZodEffects) inner = inner._def.schema;
      if ((inner._def as { typeName: string }).typeName === K.ZodString) yield [at, schema];
      else yield* stringFields(def.schema as AnyZod, at);
      return;
    }
    case K.ZodObject:
      // Bytes as base64 are decoded, never shown: not text.
      for (const [k, v] of Object.entries((schema as z.AnyZodObject).shape))
        if (!/base64$/i.test(k)) yield* stringFields(v as AnyZod, `${at}.${k}`);
      return;
    case K.ZodArray:
      yield* stringFields(def.type as AnyZod, `${at}[]`);
      return;
    case K.ZodRecord:
      yield* stringFields(def.valueType as AnyZod, `${at}{}`);
      return;
    case K.ZodOptional:
    case K.ZodNullable:
    case K.ZodDefault:
    case K.ZodCatch:
      yield* stringFields(def.innerType as AnyZod, at);
      return;
    case K.ZodUnion:
    case K.ZodDiscriminatedUnion:
      for (const [i, o] of (def.options as AnyZod[]).entries()) yield* stringFields(o, `${at}|${i}`);
      return;
    default:
  }
}

/** Values people type, of several shapes, so that each field accepts at least one (a name, a date, a code...). */
const PLAIN = ['张建国', '这里是一段正常的说明文字', '123456', 'ABCD2345EFGH6789', 'g-10-01-3', 'test-token-0001'];
const HIDDEN = ['\u202e', '\u2066', '\u0007', '\u0000', '\u009b'];
const CHINESE = /[\u4e00-\u9fff]/;

const fields = ACTION_REGISTRY.flatMap((c: Contract) =>
  [...stringFields(c.input, `${c.fn}.${c.action}`)].map(([at, schema]) => [at, schema] as const),
);

it('finds the free-text fields it walks', () => {
  expect(fields.length).toBeGreaterThan(100);
});

it.each(fields)('%s refuses hidden characters', (_at, schema) => {
  const plain = PLAIN.find((p) => schema.safeParse(p).success);
  if (!plain) return; // a field that takes none of these shapes (a fileID, a date) has its own pattern
  const mid = Math.ceil(plain.length / 2);
  for (const h of HIDDEN) {
    const res = schema.safeParse(`${plain.slice(0, mid)}${h}${plain.slice(mid)}`);
    expect({ hidden: h.codePointAt(0)?.toString(16), accepted: res.success }).toEqual({
      hidden: h.codePointAt(0)?.toString(16),
      accepted: false,
    });
    if (!res.success) expect(res.error.issues[0].message).toMatch(CHINESE);
  }
});
