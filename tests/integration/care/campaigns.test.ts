/** @jest-environment node */
import { PNG as PNG_DECODER } from 'pngjs';
import { campaignProgress, createCampaign, listCampaigns } from '../../../types/care/coverage';
import { listVisits, logVisit, uploadVisitPhoto } from '../../../types/care/visits';
import type { Stack } from '../../support/stack';
import { careStack, P, raw } from './care-stack';

jest.setTimeout(120_000);
let stack: Stack;
beforeAll(async () => {
  stack = await careStack();
});
afterAll(() => stack.close());

type V = Record<string, any>;
const RUNNING = 'campaign-demo-winter';
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
/** The seeded campaign's targets and who of them has a visit under it, straight from the store. */
function rawCoverage(filter: (v: V) => boolean) {
  const campaign = raw(stack, 'visitCampaigns', { _id: RUNNING })[0];
  const byId = new Map(raw(stack, 'veterans').map((v) => [v._id, v]));
  const targets = (campaign.targetIds as string[]).map((id) => byId.get(id)!).filter(filter);
  const visited = new Set(raw(stack, 'visits', { campaignId: RUNNING }).map((v) => v.veteranId));
  return {
    targets,
    covered: targets.filter((t) => visited.has(t._id)),
    uncovered: targets.filter((t) => !visited.has(t._id)),
  };
}
const keyGroupLiving = (v: V, path: number, id: string) =>
  v.orgPath[path] === id &&
  v.lifeStatus === 'in_district' &&
  (v.keyGroups?.hardship || v.keyGroups?.contribution || v.keyGroups?.decorated || v.birthDate <= '1945-06-15');

describe('a visit campaign (大走访) shows its coverage as it goes', () => {
  it('the street sees targets and covered per community, as a raw scan counts them', async () => {
    const out = await stack.ok(campaignProgress, { id: RUNNING }, P.streetA);
    const all = rawCoverage(() => true);
    expect(all.targets.length).toBeGreaterThan(5);
    expect(all.covered.length).toBeGreaterThan(0);
    expect(out.total).toMatchObject({ id: 's-10', targets: all.targets.length, covered: all.covered.length });
    expect(out.campaign).toMatchObject({ targets: all.targets.length, covered: all.covered.length });
    for (const r of out.rows)
      expect(r).toMatchObject({
        targets: rawCoverage((v) => v.orgPath[2] === r.id).targets.length,
        covered: rawCoverage((v) => v.orgPath[2] === r.id).covered.length,
      });
    expect(out.rows.reduce((s, r) => s + r.targets, 0)).toBe(all.targets.length);
    expect(out.uncovered).toBeNull();
    expect(out.running).toBe(true);
  });

  it("the district opening the street's campaign lands on the street; a grid member sees their grid's part", async () => {
    expect((await stack.ok(campaignProgress, { id: RUNNING }, P.district)).node.id).toBe('s-10');
    const grid = await stack.ok(campaignProgress, { id: RUNNING }, P.gridMemberA);
    const mine = rawCoverage((v) => v.gridId === 'g-10-01-3');
    expect(grid.node.id).toBe('g-10-01-3');
    expect(grid.uncovered!.map((u) => u.veteranId).sort()).toEqual(mine.uncovered.map((v) => v._id).sort());
  });

  it('a campaign visit by the grid member covers one more target at once', async () => {
    const before = await stack.ok(campaignProgress, { id: RUNNING }, P.gridMemberA);
    const target = before.uncovered![0];
    expect(target).toBeDefined();
    await stack.ok(
      logVisit,
      {
        veteranId: target.veteranId,
        date: '2025-06-14',
        kind: 'campaign',
        campaignId: RUNNING,
        visitors: ['黄丽娟'],
        findings: '冬季走访，一切安好',
        goods: '棉被',
        goodsValueFen: 15_000,
      },
      P.gridMemberA,
    );
    const after = await stack.ok(campaignProgress, { id: RUNNING }, P.gridMemberA);
    expect(after.total.covered).toBe(before.total.covered + 1);
    expect(after.uncovered!.map((u) => u.veteranId)).not.toContain(target.veteranId);
    const street = await stack.ok(listCampaigns, {}, P.streetA);
    expect(street.items.find((c) => c.id === RUNNING)!.covered).toBe(rawCoverage(() => true).covered.length);
  });

  it('refuses a campaign visit dated outside the campaign, writing nothing', async () => {
    const target = rawCoverage((v) => v.gridId === 'g-10-01-3').targets[0];
    const { res, writes } = await stack.metered(
      logVisit,
      {
        veteranId: target._id,
        date: '2025-05-01',
        kind: 'campaign',
        campaignId: RUNNING,
        visitors: ['黄丽娟'],
        findings: '走访',
      },
      P.gridMemberA,
    );
    expect(res.ok ? null : [res.error.code, res.error.field, res.error.message]).toEqual([
      'INVALID_INPUT',
      'date',
      '走访日期不在「冬季走访全覆盖」的活动期间内',
    ]);
    expect(writes).toBe(0);
  });
});

describe('starting a campaign', () => {
  it('fixes its target list: the key-group veterans living under the node, or all of them', async () => {
    const key = await stack.ok(
      createCampaign,
      { name: '七一走访', orgId: 'c-10-01', startDate: '2025-06-20', endDate: '2025-07-10', target: 'key_groups' },
      P.stationA,
    );
    const everyone = await stack.ok(
      createCampaign,
      { name: '全员走访', orgId: 'c-10-01', startDate: '2025-06-20', endDate: '2025-07-10', target: 'all' },
      P.stationA,
    );
    expect(key.targets).toBe(raw(stack, 'veterans').filter((v) => keyGroupLiving(v, 2, 'c-10-01')).length);
    expect(everyone.targets).toBe(
      raw(stack, 'veterans').filter((v) => v.orgPath[2] === 'c-10-01' && v.lifeStatus === 'in_district').length,
    );
    expect(key.targets).toBeLessThan(everyone.targets);
    expect(key).toMatchObject({ covered: 0, startDate: '2025-06-20', endDate: '2025-07-10' });
  });

  it.each([
    ['an end before its start', { endDate: '2025-06-01' }, 'INVALID_INPUT', 'endDate'],
    ['a grid as its scope', { orgId: 'g-10-01-3' }, 'INVALID_INPUT', 'orgId'],
    ['an empty name', { name: ' ' }, 'INVALID_INPUT', 'name'],
  ])('refuses %s, writing nothing', async (_l, over, code, field) => {
    const input = {
      name: '夏季走访',
      orgId: 'c-10-01',
      startDate: '2025-06-20',
      endDate: '2025-07-10',
      target: 'all' as const,
      ...over,
    };
    const { res, writes } = await stack.metered(createCampaign, input, P.stationA);
    expect(res.ok ? null : [res.error.code, res.error.field]).toEqual([code, field]);
    expect(writes).toBe(0);
  });
});

describe('photos of a visit', () => {
  it("are stored in the grid member's own folder and shown to those who see the visit", async () => {
    const { fileID } = await stack.ok(uploadVisitPhoto, { contentType: 'image/png', dataBase64: PNG }, P.gridMemberA);
    expect(fileID).toMatch(/\/uploads\/[0-9a-f]{32}\/visits\//);
    expect(fileID).not.toContain(P.gridMemberA);
    const veteran = raw(stack, 'veterans', { gridId: 'g-10-01-3', lifeStatus: 'in_district' })[1];
    const out = await stack.ok(
      logVisit,
      {
        veteranId: veteran._id,
        date: '2025-06-15',
        kind: 'routine',
        visitors: ['黄丽娟'],
        findings: '送去药品',
        photos: [fileID],
      },
      P.gridMemberA,
    );
    const list = await stack.ok(listVisits, { veteranId: veteran._id }, P.stationA);
    const shown = list.items.find((v) => v.id === out.id)!;
    expect(shown.photoUrls).toHaveLength(1);
    const image = await fetch(shown.photoUrls[0]);
    expect(image.status).toBe(200);
    // Rebuilt from its pixels: the same picture (decoded), not necessarily the same bytes.
    const shownPixels = PNG_DECODER.sync.read(Buffer.from(await image.arrayBuffer()));
    const sentPixels = PNG_DECODER.sync.read(Buffer.from(PNG, 'base64'));
    expect([shownPixels.width, shownPixels.height]).toEqual([sentPixels.width, sentPixels.height]);
    expect(shownPixels.data.equals(sentPixels.data)).toBe(true);
  });

  it("refuses a photo from someone else's folder, writing nothing", async () => {
    const { fileID } = await stack.ok(uploadVisitPhoto, { contentType: 'image/png', dataBase64: PNG }, P.stationA);
    const veteran = raw(stack, 'veterans', { gridId: 'g-10-01-3', lifeStatus: 'in_district' })[1];
    const { res, writes } = await stack.metered(
      logVisit,
      {
        veteranId: veteran._id,
        date: '2025-06-15',
        kind: 'routine',
        visitors: ['黄丽娟'],
        findings: '送去药品',
        photos: [fileID],
      },
      P.gridMemberA,
    );
    expect(res.ok ? null : [res.error.code, res.error.field]).toEqual(['INVALID_INPUT', 'photos.0']);
    expect(writes).toBe(0);
  });
});

describe('under WeChat Cloud limits (an aggregation answers at most 1,000; 50 temp URLs a call)', () => {
  it('a district-wide campaign targets every living veteran, more than one aggregation page holds', async () => {
    // The tiny demo district has ~300 veterans: 1,000 more living in one grid take it past one page.
    const template = raw(stack, 'veterans', { gridId: 'g-10-01-3', lifeStatus: 'in_district' })[0];
    const { _id, openid, idHash, phoneHash, ...rest } = template;
    stack.cloud.db.importDocuments(
      'veterans',
      Array.from({ length: 1000 }, (_, i) => ({ ...rest, _id: `v-extra-${String(i).padStart(4, '0')}` })),
    );
    const districtId = template.orgPath[0] as string;
    const living = raw(stack, 'veterans').filter((v) => v.lifeStatus === 'in_district');
    expect(living.length).toBeGreaterThan(1000);
    const made = await stack.ok(
      createCampaign,
      { name: '全区大走访', orgId: districtId, startDate: '2025-06-20', endDate: '2025-07-10', target: 'all' },
      P.district,
    );
    expect(made.targets).toBe(living.length);
    const progress = await stack.ok(campaignProgress, { id: made.id }, P.district);
    expect(progress.total).toMatchObject({ targets: living.length, covered: 0 });
    expect(progress.rows.reduce((s, r) => s + r.targets, 0)).toBe(living.length);
  });

  it("a veteran's visits with more than 50 photos in all are listed with every photo", async () => {
    const veteran = raw(stack, 'veterans', { gridId: 'g-10-01-3', lifeStatus: 'in_district' })[0];
    for (let visit = 0; visit < 6; visit++) {
      const photos: string[] = [];
      for (let i = 0; i < 9; i++)
        photos.push(
          (await stack.ok(uploadVisitPhoto, { contentType: 'image/png', dataBase64: PNG }, P.gridMemberA)).fileID,
        );
      await stack.ok(
        logVisit,
        {
          veteranId: veteran._id,
          date: '2025-06-14',
          kind: 'routine',
          visitors: ['黄丽娟'],
          findings: `第${visit + 1}次`,
          photos,
        },
        P.gridMemberA,
      );
    }
    const list = await stack.ok(listVisits, { veteranId: veteran._id }, P.stationA);
    const urls = list.items.flatMap((v) => v.photoUrls);
    expect(urls.length).toBeGreaterThanOrEqual(54);
    expect(urls.every((u) => u.startsWith('http'))).toBe(true);
  });
});
