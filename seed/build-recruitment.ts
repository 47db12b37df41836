import type { OrgDoc } from '../types/org/model';
import type { NoticeCandidate, NoticeDoc, ProhibitionsDoc, StageDoc, StageKind } from '../types/supervision/model';
import { endOfShanghaiDay, shanghaiDay, startOfShanghaiDay } from '../types/common/shanghai-time';
import { DEFAULT_PROHIBITIONS } from '../types/supervision/prohibitions';
import type { Random } from './random';
import type { IdentityFactory } from './synthetic-identity';

const DAY = 86_400_000;

/** Days from `now` each stage of this year's recruitment runs: the approval 公示 is open now. */
const STAGE_WINDOWS: [StageKind, number, number][] = [
  ['registration', -150, -90],
  ['physical', -80, -50],
  ['political', -60, -30],
  ['approval', -20, 10],
  ['dispatch', 15, 40],
];

export interface RecruitmentSeed {
  recruitmentStages: StageDoc[];
  recruitmentNotices: NoticeDoc[];
  recruitmentProhibitions: ProhibitionsDoc[];
}

/**
 * This year's recruitment at the office: its stages; 公示 of 30 who passed the physical exam (closed),
 * 27 of them after political review (closed), and 24 of those for approval (open now).
 */
export function buildRecruitment(office: OrgDoc, rng: Random, identities: IdentityFactory, now: Date): RecruitmentSeed {
  const day = (offset: number) => shanghaiDay(new Date(now.getTime() + offset * DAY));
  const year = Number(day(0).slice(0, 4));
  const base = { bodyId: office._id, bodyPath: office.path };
  const stages: StageDoc[] = STAGE_WINDOWS.map(([kind, from, to]) => ({
    _id: `stg-${office._id}-${year}-${kind}`,
    ...base,
    year,
    kind,
    startsOn: day(from),
    endsOn: day(to),
    createdAt: startOfShanghaiDay(day(from - 10)),
  }));
  const people: NoticeCandidate[] = Array.from({ length: 30 }, (_, i) => ({
    candidateNo: `${year}-${String(i + 1).padStart(3, '0')}`,
    name: identities.name(rng.chance(0.85) ? 'male' : 'female', year - rng.int(18, 22)),
    result: '',
  }));
  const political = rng.sample(people, 27).sort((a, b) => a.candidateNo.localeCompare(b.candidateNo));
  const approved = rng.sample(political, 24).sort((a, b) => a.candidateNo.localeCompare(b.candidateNo));
  const notice = (
    kind: StageKind,
    title: string,
    list: NoticeCandidate[],
    result: string,
    from: number,
    to: number,
  ): NoticeDoc => ({
    _id: `ntc-${office._id}-${year}-${kind}`,
    ...base,
    stageId: `stg-${office._id}-${year}-${kind}`,
    year,
    kind,
    title,
    candidates: list.map((c) => ({ ...c, result })),
    maskMode: 'middle',
    publicityStart: startOfShanghaiDay(day(from)),
    publicityEnd: endOfShanghaiDay(day(to)),
    publishedBy: `st-${office._id}-2`,
    createdAt: startOfShanghaiDay(day(from)),
  });
  return {
    recruitmentStages: stages,
    recruitmentNotices: [
      notice('physical', `${year}年度征兵体检合格人员公示`, people, '体检合格', -48, -42),
      notice('political', `${year}年度征兵政治考核合格人员公示`, political, '政治考核合格', -28, -22),
      notice('approval', `${year}年度批准入伍人员公示`, approved, '拟批准入伍', -3, 4),
    ],
    recruitmentProhibitions: [
      {
        _id: office._id,
        items: DEFAULT_PROHIBITIONS,
        updatedAt: startOfShanghaiDay(day(-150)),
        updatedBy: `st-${office._id}-1`,
      },
    ],
  };
}
