/** @jest-environment node */
import type { Stack } from '../../support/stack';
import {
  exportReports,
  fileReport,
  handleReport,
  listProblems,
  listReports,
  myReports,
  publishProblem,
  reportDetail,
  reportFigures,
  revealReporter,
  stagePhoto,
} from '../../../types/supervision/reports';
import { listNotices, listStages } from '../../../types/supervision/recruitment';
import { generateDemoDistrict } from '../../../seed/demo-district';
import { DEV_PII_KEY } from '../../../cloudfunctions/_kernel/pii';
import { downloadSheet } from '../../support/exports';
import { identityStrings, leaked, NOW, seededStack, STAGE, taggedPhotoBase64, WHO } from './world';

jest.setTimeout(120_000);
let stack: Stack;
beforeAll(async () => {
  stack = await seededStack();
});
afterAll(() => stack.close());

const me = WHO.integrity;
const secrets = identityStrings(me);

it('a report with a photo travels from the supervisor to the problem list, and no answer to anyone else names the reporter', async () => {
  // The reporter asked to be told (one-time subscription).
  await stack.subscribe(me.openid, { reportProgress: 'accept' });
  const photo = await stack.ok(stagePhoto, { dataBase64: taggedPhotoBase64(me.name) }, me.openid);
  const filed = await stack.ok(
    fileReport,
    {
      stageId: STAGE('physical'),
      place: '区人民医院体检站二楼',
      type: 'prohibition',
      prohibitionNo: 3,
      description: '体检站工作人员把体检结果拍照发给无关人员。',
      observedAt: '2026-11-29T09:30:00+08:00',
      photoIds: [photo.photoId],
    },
    me.openid,
  );
  expect(filed.refNo).toMatch(/^LZ20261129-[A-Z2-9]{5}$/);
  expect((await stack.ok(myReports, {}, me.openid)).items[0]).toMatchObject({
    refNo: filed.refNo,
    status: 'received',
    statusLabel: '已收到',
  });

  // Everything the office's staff can get.
  const staffAnswers: unknown[] = [];
  const got = async <T>(p: Promise<T>) => (staffAnswers.push(await p), staffAnswers[staffAnswers.length - 1] as T);
  const inbox = await got(stack.ok(listReports, {}, WHO.staff));
  expect(inbox.items.find((r) => r.id === filed.id)).toMatchObject({
    photoCount: 1,
    typeLabel: '违反“十个严禁”',
    stageLabel: '2026年体检',
  });
  const detail = await got(stack.ok(reportDetail, { reportId: filed.id }, WHO.staff));
  expect(detail.photoUrls).toHaveLength(1);
  await got(stack.ok(handleReport, { reportId: filed.id, step: 'accept' }, WHO.staff));
  await got(
    stack.ok(
      handleReport,
      { reportId: filed.id, step: 'answer', note: '已核实，涉事人员停止参与体检工作并作出检查。' },
      WHO.staff,
    ),
  );
  await got(
    stack.ok(
      publishProblem,
      { reportId: filed.id, summary: '体检站人员外传体检结果', measures: '涉事人员调离，体检资料专人保管。' },
      WHO.staff,
    ),
  );
  await got(stack.ok(reportFigures, {}, WHO.staff));
  // The export is a file: what counts is what it holds.
  await got(downloadSheet((await stack.ok(exportReports, {}, WHO.staff)).url));
  await got(stack.ok(listReports, { status: 'answered' }, WHO.staff));
  expect(leaked(staffAnswers, secrets)).toEqual([]);

  // The photo as the office sees it: the image, without what the phone wrote about its owner.
  const image = Buffer.from(await (await fetch(detail.photoUrls[0])).arrayBuffer());
  expect(image.subarray(0, 2).toString('hex')).toBe('ffd8');
  expect(image.includes(Buffer.from(me.name))).toBe(false);
  expect(image.includes(Buffer.from('Exif', 'latin1'))).toBe(false);
  expect(image.includes(Buffer.from('GPS', 'latin1'))).toBe(false);
  // Stored under a random name: no part of the path names the reporter.
  const stored = stack.cloud.files().filter((f) => f.cloudPath.startsWith('supervision/'));
  expect(stored.map((f) => f.cloudPath)).toEqual([expect.stringMatching(/^supervision\/photos\/[0-9a-f]{32}\.jpg$/)]);
  expect(
    leaked(
      stored.map((f) => f.fileID),
      secrets,
    ),
  ).toEqual([]);

  // The head sees the same answers, and alone may reveal (logged).
  expect(leaked(await stack.ok(reportDetail, { reportId: filed.id }, WHO.head), secrets)).toEqual([]);
  expect(await stack.call(revealReporter, { reportId: filed.id }, WHO.staff)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await stack.ok(revealReporter, { reportId: filed.id }, WHO.head)).toEqual({
    name: me.name,
    certificateNo: 'LZZB2026-001',
  });

  // The public problem list: a veteran and a WeChat user with no account read it, anonymised.
  for (const reader of [WHO.veteran, WHO.newUser, WHO.agency]) {
    const problems = await stack.ok(listProblems, {}, reader);
    expect(problems.items[0]).toMatchObject({
      summary: '体检站人员外传体检结果',
      stageLabel: '2026年体检',
      place: '区人民医院体检站二楼',
    });
    expect(leaked(problems, secrets)).toEqual([]);
  }

  // The reporter was told, and sees the answer.
  expect(stack.cloud.outbox({ touser: me.openid }).length).toBe(1);
  expect((await stack.ok(myReports, {}, me.openid)).items[0]).toMatchObject({ status: 'answered', published: true });
});

it('the seeded reports, read by the office, the public and as figures and exports, name none of the 37 supervisors', async () => {
  const district = generateDemoDistrict('tiny', { piiKey: DEV_PII_KEY, now: NOW });
  const everyone = district.supervisors.flatMap((s) => [s._id, s.name, s.openid as string]);
  const answers = [
    await stack.ok(listReports, {}, WHO.head),
    await stack.ok(reportFigures, {}, WHO.head),
    await downloadSheet((await stack.ok(exportReports, {}, WHO.head)).url),
    await stack.ok(listProblems, {}, WHO.veteran),
    ...(await Promise.all(
      district.supervisionReports.map((r) => stack.ok(reportDetail, { reportId: r._id }, WHO.staff)),
    )),
  ];
  expect(leaked(answers, everyone)).toEqual([]);
  expect((answers[2] as string[][])[0]).toEqual([
    '编号',
    '阶段',
    '地点',
    '类型',
    '问题描述',
    '发现时间',
    '提交时间',
    '状态',
    '答复',
    '是否公布',
  ]);
});

it('a supervisor reads notices and stages; another supervisor cannot read someone else’s report', async () => {
  const stages = await stack.ok(listStages, {}, me.openid);
  expect(stages.items.map((s) => s.label)).toEqual(['网上报名', '体检', '政治考核', '审批定兵', '交接运输']);
  const notices = await stack.ok(listNotices, {}, me.openid);
  expect(notices.items.map((n) => [n.stageLabel, n.phase])).toEqual([
    ['审批定兵', 'open'],
    ['政治考核', 'completed'],
    ['体检', 'completed'],
  ]);
  expect(notices.items[0].candidates[0].displayName).toMatch(/^.\*/);
  const other = 'seed-sv-u-recruit-02';
  const mine = (await stack.ok(myReports, {}, me.openid)).items[0];
  expect(await stack.call(reportDetail, { reportId: mine.id }, other)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await stack.call(reportDetail, { reportId: mine.id }, WHO.agency)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
});
