import fc from 'fast-check';
import { z } from 'zod';
import { ZodFastCheck } from 'zod-fast-check';
import { idCheckChar } from '../../../types/common/validators';

/**
 * Valid inputs of an action, from its zod schema (zod-fast-check). Strings constrained by a pattern
 * (dates, phones, ID numbers, file ids, codes) cannot be found by filtering random text, so each such
 * schema gets the first plausible generators that its own schema accepts.
 */
const DAY_MS = 86_400_000;
/** Days from 2020 to 2030, and as often days within two years of today (windows tied to today). */
const day = fc
  .oneof(
    fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.integer({ min: -730, max: 730 }).map((n) => new Date(Date.now() + n * DAY_MS)),
  )
  .map((d) => d.toISOString().slice(0, 10));
const month = day.map((d) => d.slice(0, 7));
/** Instants within a year and a half of now (windows tied to now, such as a report's time seen). */
const instant = fc.integer({ min: -550, max: 550 }).map((n) => new Date(Date.now() + n * DAY_MS).toISOString());
const phone = fc.tuple(fc.integer({ min: 3, max: 9 }), fc.stringMatching(/^\d{9}$/)).map(([a, b]) => `1${a}${b}`);
const idNumber = fc
  .tuple(
    fc.date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2005-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.stringMatching(/^\d{3}$/),
  )
  .map(([birth, seq]) => {
    const first17 = `440402${birth.toISOString().slice(0, 10).replaceAll('-', '')}${seq}`;
    return first17 + idCheckChar(first17);
  });
const fileId = fc.stringMatching(/^[a-z0-9]{1,12}$/).map((name) => `cloud://vetgrid-local.7665/uploads/${name}.jpg`);

/** Numbers refined by code (half hours, whole yuan): small halves and integers first. */
const plausibleNumbers: fc.Arbitrary<number>[] = [
  fc.integer({ min: 1, max: 48 }).map((n) => n / 2),
  fc.integer({ min: 0, max: 100_000 }),
];

function plausible(regexes: RegExp[]): fc.Arbitrary<string>[] {
  return [day, month, instant, phone, idNumber, fileId, ...regexes.map((r) => fc.stringMatching(r))];
}

type AnyZod = z.ZodTypeAny;

function regexesOf(schema: AnyZod): RegExp[] | null {
  const def = schema._def as { typeName?: string; schema?: AnyZod; checks?: { kind: string; regex?: RegExp }[] };
  if (def.typeName === z.ZodFirstPartyTypeKind.ZodEffects && def.schema) return regexesOf(def.schema);
  if (def.typeName !== z.ZodFirstPartyTypeKind.ZodString) return null;
  const patterns = (def.checks ?? []).filter((c) => c.kind === 'regex').map((c) => c.regex as RegExp);
  // A string refined by code (the ID number) has no pattern of its own: it still needs help.
  return patterns;
}

function childrenOf(schema: AnyZod): AnyZod[] {
  const def = schema._def as Record<string, unknown> & { typeName?: string };
  switch (def.typeName) {
    case z.ZodFirstPartyTypeKind.ZodObject:
      return Object.values((schema as z.AnyZodObject).shape) as AnyZod[];
    case z.ZodFirstPartyTypeKind.ZodArray:
      return [def.type as AnyZod];
    case z.ZodFirstPartyTypeKind.ZodOptional:
    case z.ZodFirstPartyTypeKind.ZodNullable:
    case z.ZodFirstPartyTypeKind.ZodDefault:
    case z.ZodFirstPartyTypeKind.ZodCatch:
      return [def.innerType as AnyZod];
    case z.ZodFirstPartyTypeKind.ZodEffects:
      return [def.schema as AnyZod];
    case z.ZodFirstPartyTypeKind.ZodUnion:
    case z.ZodFirstPartyTypeKind.ZodDiscriminatedUnion:
      return [...(def.options as AnyZod[])];
    case z.ZodFirstPartyTypeKind.ZodRecord:
      return [def.valueType as AnyZod];
    case z.ZodFirstPartyTypeKind.ZodTuple:
      return [...(def.items as AnyZod[])];
    case z.ZodFirstPartyTypeKind.ZodIntersection:
      return [def.left as AnyZod, def.right as AnyZod];
    case z.ZodFirstPartyTypeKind.ZodBranded:
      return [def.type as AnyZod];
    case z.ZodFirstPartyTypeKind.ZodPipeline:
      return [def.in as AnyZod];
    default:
      return [];
  }
}

function isRefinedNumber(schema: AnyZod): boolean {
  const def = schema._def as { typeName?: string; schema?: AnyZod };
  return (
    def.typeName === z.ZodFirstPartyTypeKind.ZodEffects &&
    (def.schema?._def as { typeName?: string } | undefined)?.typeName === z.ZodFirstPartyTypeKind.ZodNumber
  );
}

const accepted = (schema: AnyZod, arb: fc.Arbitrary<unknown>) =>
  fc.sample(arb, { numRuns: 40, seed: 7 }).filter((v) => schema.safeParse(v).success).length >= 4;

/** The generator of valid inputs for a schema. */
export function validInputOf(schema: AnyZod): fc.Arbitrary<unknown> {
  let zfc = ZodFastCheck();
  const seen = new Set<AnyZod>();
  const visit = (node: AnyZod, underString: boolean) => {
    if (seen.has(node)) return;
    seen.add(node);
    const patterns = underString ? null : regexesOf(node);
    const isStringish = patterns !== null;
    if (isStringish && (patterns.length > 0 || node._def.typeName === z.ZodFirstPartyTypeKind.ZodEffects)) {
      const fitting = plausible(patterns).filter((arb) => accepted(node, arb));
      if (fitting.length)
        zfc = zfc.override(
          node,
          fc.oneof(...fitting).filter((v) => node.safeParse(v).success),
        );
    }
    if (!isStringish && isRefinedNumber(node)) {
      const fitting = plausibleNumbers.filter((arb) => accepted(node, arb));
      if (fitting.length)
        zfc = zfc.override(
          node,
          fc.oneof(...fitting).filter((v) => node.safeParse(v).success),
        );
    }
    for (const child of childrenOf(node)) visit(child, isStringish);
  };
  visit(schema, false);
  return zfc.inputOf(schema);
}
