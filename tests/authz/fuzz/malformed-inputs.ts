import fc from 'fast-check';

/**
 * Inputs an attacker or a broken client could send: a valid input with one value (anywhere in it)
 * replaced by something of the wrong kind or shape, or removed, or no object at all. Whether the result
 * is malformed is decided afterwards by the schema itself (a replacement can happen to be valid).
 */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 1e21, Number.MAX_SAFE_INTEGER + 2, 0.5),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('', '   ', 'x'.repeat(20_000), '\u0000', '\u202e反向', '{"$gt":""}', '../../etc', '2999-13-45'),
  fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.integer()), { maxLength: 3 }),
  fc.constantFrom({}, { $gt: '' }, { $regex: '.*' }, [[]], { toString: 'x' }, { __proto__: { admin: true } }),
);

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (value === null || typeof value !== 'object') return out;
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value as Record<string, unknown>);
  for (const [key, child] of entries) {
    out.push([...prefix, key]);
    pathsOf(child, [...prefix, key], out);
  }
  return out;
}

function changedAt(value: unknown, path: Path, replacement: { remove: true } | { value: unknown }): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if ('remove' in replacement) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = replacement.value;
  return copy;
}

/** Malformed candidates derived from valid ones. */
export function malformedFrom(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const mutated = valid.chain((v) => {
    const paths = pathsOf(v);
    if (!paths.length) return junk;
    return fc
      .tuple(
        fc.constantFrom(...paths),
        fc.oneof(
          fc.constant({ remove: true as const }),
          junk.map((j) => ({ value: j })),
        ),
      )
      .map(([path, replacement]) => changedAt(v, path, replacement));
  });
  const wholeWrong = fc.oneof(junk, fc.constantFrom('input', 42, true, [1, 2]));
  return fc.oneof({ weight: 4, arbitrary: mutated }, { weight: 1, arbitrary: wholeWrong });
}
