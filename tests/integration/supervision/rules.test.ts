/** @jest-environment node */
import type { Stack } from '../../support/stack';
import { fileReport, stagePhoto, MAX_PHOTO_BYTES } from '../../../types/supervision/reports';
import { listNotices, publishNotice } from '../../../types/supervision/recruitment';
import { appointSupervisor, bindSupervisor, mySupervisorCards } from '../../../types/supervision/appointments';
import { fileFeedback } from '../../../types/supervision/feedback';
import { NOW, seededStack, STAGE, WHO } from './world';
import { examSitePhoto } from '../../support/photos';

jest.setTimeout(120_000);
let stack: Stack;
beforeAll(async () => {
  stack = await seededStack();
});
afterAll(() => stack.close());
afterEach(() => stack.cloud.clock.set(NOW));

const report = {
  stageId: STAGE('approval'),
  place: '区征兵办定兵会',
  type: 'micro_corruption' as const,
  description: '定兵会前有人宴请工作人员。',
  observedAt: '2026-11-28T20:00:00+08:00',
};

describe('the term rule: outside their term a supervisor reads but does not file', () => {
  it('after the term ends, filing and photos are refused with the reason and nothing is written; reading still works', async () => {
    stack.cloud.clock.set(new Date('2028-01-01T01:00:00Z')); // the seeded term ends 2027-12-31
    for (const [contract, input] of [
      // Seen the evening before (a report's time seen lies within the past year).
      [fileReport, { ...report, observedAt: '2027-12-31T20:00:00+08:00' }],
      [stagePhoto, { dataBase64: examSitePhoto().toString('base64') }],
    ] as const) {
      const { res, writes } = await stack.metered(
        contract as typeof fileReport,
        input as typeof report,
        WHO.integrity.openid,
      );
      expect(res).toMatchObject({
        ok: false,
        error: { code: 'PRECONDITION_FAILED', message: '不在监督员任期内：可以查看，不能提交' },
      });
      expect(writes).toBe(0);
    }
    const { res, writes } = await stack.metered(
      fileFeedback,
      { kind: 'suggestion', subject: '窗口服务', description: '窗口服务态度需要改进。' },
      WHO.conduct.openid,
    );
    expect(res).toMatchObject({ ok: false, error: { code: 'PRECONDITION_FAILED' } });
    expect(writes).toBe(0);
    expect((await stack.ok(mySupervisorCards, {}, WHO.integrity.openid)).items[0]).toMatchObject({
      canFile: false,
      certificateNo: 'LZZB2026-001',
    });
    expect((await stack.ok(listNotices, {}, WHO.integrity.openid)).items.length).toBe(3);
  });

  it('on the last day of the term filing still works', async () => {
    stack.cloud.clock.set(new Date('2027-12-31T15:00:00Z')); // 23:00 in Shanghai
    expect(
      await stack.call(fileReport, { ...report, observedAt: '2027-12-31T22:00:00+08:00' }, WHO.integrity.openid),
    ).toMatchObject({ ok: true });
  });

  it('a new appointee binds with the code, holds a card, and files only once the agreement is signed and the term has begun', async () => {
    const appointed = await stack.ok(
      appointSupervisor,
      {
        type: 'integrity',
        bodyId: 'u-recruit',
        name: '方晓东',
        certificateNo: 'LZZB2026-101',
        termStart: '2026-12-01',
        termEnd: '2028-11-30',
        agreementSigned: false,
      },
      WHO.head,
    );
    const card = await stack.ok(bindSupervisor, { code: appointed.bindCode.toLowerCase() }, 'wx-new-supervisor');
    expect(card).toMatchObject({
      name: '方晓东',
      typeLabel: '廉洁征兵监督员',
      bodyName: '区人民武装部征兵办公室',
      canFile: false,
      termStart: '2026-12-01',
    });
    expect(await stack.call(bindSupervisor, { code: appointed.bindCode }, 'wx-someone-else')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await stack.call(fileReport, report, 'wx-new-supervisor')).toMatchObject({
      ok: false,
      error: { message: '不在监督员任期内：可以查看，不能提交' },
    });
    stack.cloud.clock.set(new Date('2026-12-02T02:00:00Z'));
    expect(await stack.call(fileReport, report, 'wx-new-supervisor')).toMatchObject({
      ok: false,
      error: { message: '请先签订监督员协议，签订后才能反映问题' },
    });
  });

  it('only the office head appoints integrity supervisors, only the agency conduct supervisors', async () => {
    const base = {
      name: '冯立新',
      certificateNo: 'X-2026-900',
      termStart: '2026-01-01',
      termEnd: '2027-12-31',
      agreementSigned: true,
    };
    expect(
      await stack.call(appointSupervisor, { ...base, type: 'integrity', bodyId: 'u-recruit' }, WHO.staff),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await stack.call(appointSupervisor, { ...base, type: 'conduct', bodyId: 'u-amr' }, WHO.head)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await stack.call(appointSupervisor, { ...base, type: 'conduct', bodyId: 'u-recruit' }, WHO.head),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'type' } });
    expect(
      await stack.call(
        appointSupervisor,
        { ...base, type: 'conduct', bodyId: 'u-amr', certificateNo: 'ZFJD2026-001' },
        WHO.agency,
      ),
    ).toMatchObject({ ok: false, error: { code: 'ALREADY_EXISTS' } });
    expect(
      await stack.call(
        appointSupervisor,
        { ...base, termEnd: '2025-12-31', type: 'conduct', bodyId: 'u-amr' },
        WHO.agency,
      ),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'termEnd' } });
  });
});

describe('the approval rule: 未参加公示的不得批准入伍', () => {
  const approval = (candidates: { candidateNo: string; name: string; result: string }[]) => ({
    stageId: STAGE('approval'),
    title: '2026年度批准入伍人员补充公示',
    candidates,
    maskMode: 'surname' as const,
    publicityStart: '2026-11-29',
    publicityEnd: '2026-12-05',
  });
  const passed = async () =>
    (await stack.ok(listNotices, {}, WHO.staff)).items.find((n) => n.kind === 'political' && n.phase === 'completed')!
      .candidates;

  it('a list with candidates who did not appear in both completed notices is refused, naming them, and nothing is written', async () => {
    const ok = (await passed())[0];
    const { res, writes } = await stack.metered(
      publishNotice,
      approval([
        { candidateNo: ok.candidateNo, name: '某某', result: '批准入伍' },
        { candidateNo: '2026-999', name: '韩小虎', result: '批准入伍' },
      ]),
      WHO.staff,
    );
    expect(res).toMatchObject({ ok: false, error: { code: 'PRECONDITION_FAILED', field: 'candidates' } });
    expect(!res.ok && res.error.message).toBe('未参加公示的不得批准入伍：韩小虎（2026-999，未经体检和政治考核公示）');
    expect(writes).toBe(0);
  });

  it('someone who passed the physical exam but not political review is named with what is missing', async () => {
    const notices = (await stack.ok(listNotices, {}, WHO.staff)).items;
    const political = new Set(notices.find((n) => n.kind === 'political')!.candidates.map((c) => c.candidateNo));
    const dropped = notices.find((n) => n.kind === 'physical')!.candidates.find((c) => !political.has(c.candidateNo))!;
    const res = await stack.call(
      publishNotice,
      approval([{ candidateNo: dropped.candidateNo, name: '邓海', result: '批准入伍' }]),
      WHO.staff,
    );
    expect(!res.ok && res.error.message).toBe(
      `未参加公示的不得批准入伍：邓海（${dropped.candidateNo}，未经政治考核公示）`,
    );
  });

  it('a notice still in its publicity period does not count until it is over', async () => {
    const fresh = { candidateNo: '2026-500', name: '石磊', result: '合格' };
    await stack.ok(
      publishNotice,
      {
        ...approval([fresh]),
        stageId: STAGE('physical'),
        title: '体检补充公示',
        publicityStart: '2026-11-20',
        publicityEnd: '2026-11-25',
      },
      WHO.staff,
    );
    await stack.ok(
      publishNotice,
      {
        ...approval([fresh]),
        stageId: STAGE('political'),
        title: '政考补充公示',
        publicityStart: '2026-11-27',
        publicityEnd: '2026-12-03',
      },
      WHO.staff,
    );
    const res = await stack.call(publishNotice, approval([fresh]), WHO.staff);
    expect(!res.ok && res.error.message).toBe('未参加公示的不得批准入伍：石磊（2026-500，未经政治考核公示）');
    stack.cloud.clock.set(new Date('2026-12-04T02:00:00Z'));
    expect(await stack.call(publishNotice, approval([fresh]), WHO.staff)).toMatchObject({
      ok: true,
      data: { candidates: [{ displayName: '石*' }] },
    });
  });

  it('a list of candidates who all passed both is published', async () => {
    const list = (await passed())
      .slice(0, 3)
      .map((c) => ({ candidateNo: c.candidateNo, name: '王某', result: '批准入伍' }));
    expect(await stack.call(publishNotice, approval(list), WHO.staff)).toMatchObject({
      ok: true,
      data: { phase: 'open' },
    });
  });

  it('supervisors and staff of other units cannot publish', async () => {
    for (const who of [WHO.integrity.openid, WHO.agency, WHO.veteran]) {
      expect(await stack.call(publishNotice, approval([]), who)).toMatchObject({ ok: false });
      expect(
        await stack.call(publishNotice, approval([{ candidateNo: '1', name: '甲', result: '合格' }]), who),
      ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });
});

describe('bad input: a clear error and nothing written', () => {
  it.each([
    ['an empty description', { ...report, description: '   ' }, 'INVALID_INPUT', 'description'],
    ['a stage that does not exist', { ...report, stageId: 'stg-u-recruit-2026-nonexistent' }, 'NOT_FOUND', 'stageId'],
    ['a prohibition without its number', { ...report, type: 'prohibition' as const }, 'INVALID_INPUT', 'prohibitionNo'],
    ['a time in the future', { ...report, observedAt: '2026-12-25T10:00:00+08:00' }, 'INVALID_INPUT', 'observedAt'],
    [
      'a photo nobody uploaded',
      { ...report, photoIds: ['0123456789abcdef0123456789abcdef'] },
      'INVALID_INPUT',
      'photoIds',
    ],
  ])('a report with %s', async (_label, input, code, field) => {
    const { res, writes } = await stack.metered(fileReport, input, WHO.integrity.openid);
    expect(res).toMatchObject({ ok: false, error: { code, field } });
    expect(writes).toBe(0);
  });

  it.each([
    [
      'an oversized photo',
      Buffer.concat([examSitePhoto(), Buffer.alloc(MAX_PHOTO_BYTES)]).toString('base64'),
      '照片不能超过1MB，请压缩后再传',
    ],
    ['a file that is not a photo', Buffer.from('%PDF-1.4 not a photo').toString('base64'), '只能上传 JPG 或 PNG 图片'],
    ['a photo from anywhere but the upload folder', null, '照片文件不正确，请重新上传'],
  ])('%s', async (_label, data, message) => {
    const input = data ? { dataBase64: data } : { fileID: 'cloud://env.bucket/veterans/id-photos/v-00001.jpg' };
    const { res, writes } = await stack.metered(stagePhoto, input, WHO.integrity.openid);
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message } });
    expect(writes).toBe(0);
    expect(stack.cloud.files().filter((f) => f.cloudPath.startsWith('supervision/'))).toEqual([]);
  });
});
