import { DISTRICT, type Persona, JURISDICTION } from './personas';

/**
 * The three checks on every allowed answer of the matrix: records stay in the caller's jurisdiction, no
 * ID number or phone shows unmasked unless the role needs it, no OPENID shows at all. Each returns
 * what it found wrong (empty: nothing).
 */

const PLACE_FIELDS = ['gridId', 'orgId', 'scopeOrgId', 'communityId', 'streetId'];
const PATH_FIELDS = ['orgPath', 'scopePath', 'path'];

/** g-10-01-3 -> [d-xz, s-10, c-10-01, g-10-01-3]: the demo district's ids spell their ancestry. */
export function pathOfOrgId(id: string): string[] | null {
  if (id === DISTRICT) return [DISTRICT];
  if (/^u-[a-z]+$/.test(id)) return [DISTRICT, id];
  const m = /^([scg])-(\d{2})(?:-(\d{2}))?(?:-(\d+))?$/.exec(id);
  if (!m) return null;
  const [, kind, s, c, g] = m;
  const path = [DISTRICT, `s-${s}`];
  if (kind !== 's' && c) path.push(`c-${s}-${c}`);
  if (kind === 'g' && g) path.push(`g-${s}-${c}-${g}`);
  return path;
}

function placementOf(node: Record<string, unknown>): { path: string[]; via: string } | null {
  for (const key of PATH_FIELDS) {
    const v = node[key];
    if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'string') && v[0] === DISTRICT)
      return { path: v as string[], via: key };
  }
  for (const key of PLACE_FIELDS) {
    const v = node[key];
    const path = typeof v === 'string' ? pathOfOrgId(v) : null;
    if (path) return { path, via: key };
  }
  return null;
}

function* nodes(value: unknown, at = '$'): Generator<[Record<string, unknown>, string]> {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* nodes(v, `${at}[${i}]`);
  else if (value && typeof value === 'object') {
    yield [value as Record<string, unknown>, at];
    for (const [k, v] of Object.entries(value)) yield* nodes(v, `${at}.${k}`);
  }
}

function* strings(value: unknown, at = '$'): Generator<[string, string]> {
  if (typeof value === 'string') yield [value, at];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${at}[${i}]`);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, `${at}.${k}`);
}

/** A record is in a jurisdiction when it lies under it, or above it (a notice from the district reaches a grid). */
export function outsideJurisdiction(answer: unknown, persona: Persona): string[] {
  const mine = JURISDICTION[persona];
  const found: string[] = [];
  for (const [node, at] of nodes(answer)) {
    const placed = placementOf(node);
    if (!placed) continue;
    const under = mine.length > 0 && placed.path.includes(mine[mine.length - 1]);
    const above = mine.includes(placed.path[placed.path.length - 1]);
    if (!under && !above) found.push(`${at}.${placed.via} = ${placed.path[placed.path.length - 1]}`);
  }
  return found;
}

const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/;
const PHONE = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/;

export function unmaskedPii(answer: unknown, may: { phone: boolean; idNumber: boolean }): string[] {
  const found: string[] = [];
  for (const [s, at] of strings(answer)) {
    if (!may.idNumber && ID_NUMBER.test(s)) found.push(`ID number at ${at}`);
    if (!may.phone && PHONE.test(s)) found.push(`phone at ${at}`);
  }
  return found;
}

/** One pattern for every OPENID the store holds (escaped), so each string is searched once. */
export function openidPattern(openids: Iterable<string>): RegExp {
  const escaped = [...openids].map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.sort((a, b) => b.length - a.length).join('|'));
}

export function openidsIn(answer: unknown, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const [s, at] of strings(answer)) {
    const m = pattern.exec(s);
    if (m) found.push(`OPENID ${m[0]} ${m[0] === s ? 'at' : 'inside'} ${at}`);
  }
  return found;
}
