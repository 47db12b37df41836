/** @jest-environment node */
import type { OrgDoc } from '../../types/org/model';
import { chineseOrdinal } from '../../seed/district/district-spec';
import { generated } from './generated-district';

describe.each(['tiny', 'full'] as const)('the %s district has the organisation of the seed article', (size) => {
  const { orgs, veterans } = generated(size).district;
  const byId = new Map(orgs.map((o) => [o._id, o]));
  const ofKind = (kind: OrgDoc['kind']) => orgs.filter((o) => o.kind === kind);
  const nameOf = (path: string[]) => path.map((id) => byId.get(id)!.name).join('');

  test('1 district, 10 streets, 130 communities, 475 grids, and the two units', () => {
    expect(ofKind('district').map((o) => o._id)).toEqual(['d-xz']);
    expect(ofKind('street')).toHaveLength(10);
    expect(ofKind('community')).toHaveLength(130);
    expect(ofKind('grid')).toHaveLength(475);
    expect(ofKind('unit').map((u) => [u._id, u.name, u.unitType])).toEqual([
      ['u-recruit', '区人民武装部征兵办公室', 'recruitment_office'],
      ['u-amr', '区市场监督管理局', 'agency'],
    ]);
  });

  test('the places the article names exist, with stable ids', () => {
    expect(nameOf(byId.get('c-01-01')!.path)).toBe('香洲区香湾街道朝阳社区');
    expect(nameOf(byId.get('g-10-01-3')!.path)).toBe('香洲区南屏镇永济社区第三网格');
    expect(nameOf(byId.get('c-02-01')!.path)).toBe('香洲区拱北街道联安社区');
    expect(nameOf(byId.get('c-03-01')!.path)).toBe('香洲区吉大街道九洲社区');
  });

  test('every path runs from the district down to the node through its parents', () => {
    const broken = orgs.filter((o) => {
      const parent = o.parentId ? byId.get(o.parentId) : null;
      const expected = parent ? [...parent.path, o._id] : [o._id];
      return JSON.stringify(o.path) !== JSON.stringify(expected);
    });
    expect(broken).toEqual([]);
    const depth = { district: 1, street: 2, community: 3, grid: 4, unit: 2 };
    expect(orgs.filter((o) => o.path.length !== depth[o.kind])).toEqual([]);
  });

  test('grids are named 第一网格, 第二网格 ... in order within their community', () => {
    const misnamed = ofKind('grid').filter(
      (g) =>
        g.name !== `第${chineseOrdinal(g.order)}网格` || g._id !== `${g.parentId!.replace(/^c-/, 'g-')}-${g.order}`,
    );
    expect(misnamed).toEqual([]);
  });

  test('every community has a service station with a name, an address and a phone', () => {
    for (const c of ofKind('community')) {
      expect(c.station?.name).toBe(`${c.name}退役军人服务站`);
      expect(c.station?.address).toMatch(/号/);
      expect(c.station?.phone).toMatch(/^0756-\d{7}$/);
    }
    expect(orgs.filter((o) => o.kind !== 'community' && o.station)).toEqual([]);
  });

  test('every file is in an existing grid, with the grid path', () => {
    const misplaced = veterans.filter((v) => {
      const grid = byId.get(v.gridId);
      return !grid || grid.kind !== 'grid' || JSON.stringify(v.orgPath) !== JSON.stringify(grid.path);
    });
    expect(misplaced.map((v) => v._id)).toEqual([]);
  });

  test('addresses of complete files lie in the file’s community', () => {
    const elsewhere = veterans.filter((v) => {
      if (!v.address) return false;
      const [, street, community] = v.orgPath.map((id) => byId.get(id)!.name);
      return !v.address.startsWith(`广东省珠海市香洲区${street}${community}`);
    });
    expect(elsewhere.map((v) => v._id)).toEqual([]);
  });
});

test('tiny has about 300 veterans spread over the same 475 grids', () => {
  const { veterans } = generated('tiny').district;
  expect(veterans.filter((v) => v.category === 'veteran')).toHaveLength(300);
  expect(new Set(veterans.map((v) => v.gridId)).size).toBeGreaterThan(150);
});
