import type { DistrictSpec } from './district-spec';

const COPY_NAMES = ['', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * The same district `times` as large, with the same four levels: every street repeated `times` times,
 * each copy with its communities and grids (ids suffixed `r2`, `r3`... so the first copy keeps the
 * original ids and the demo cast still lives where it did). Used for the scale benchmark (`x10`).
 */
export function enlargeDistrict(spec: DistrictSpec, times: number): DistrictSpec {
  if (!Number.isInteger(times) || times < 1 || times > COPY_NAMES.length)
    throw new Error(`times must be 1-${COPY_NAMES.length}, got ${times}`);
  const streets = Array.from({ length: times }, (_, k) =>
    spec.streets.map((street) => {
      if (k === 0) return street;
      const tag = `r${k + 1}`;
      return {
        ...street,
        id: `${street.id}${tag}`,
        name: `${street.name}（${COPY_NAMES[k]}片）`,
        communities: street.communities.map((c) => ({
          ...c,
          id: `${c.id}${tag}`,
          name: `${c.name}（${COPY_NAMES[k]}片）`,
          station: { ...c.station, name: `${c.name}（${COPY_NAMES[k]}片）退役军人服务站` },
        })),
      };
    }),
  ).flat();
  return { ...spec, streets };
}
