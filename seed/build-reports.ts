import type { SupervisorDoc } from '../types/supervision/model';
import type {
  ReportDoc,
  ReporterLinkDoc,
  ReportStatus,
  ReportStep,
  ReportType,
} from '../types/supervision/report-model';
import { shanghaiDay } from '../types/common/shanghai-time';
import type { Random } from './random';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** What supervisors saw, by stage (days before now), what the office answered and what it published. */
const CASES: {
  stage: string;
  ago: number;
  place: string;
  type: ReportType;
  no: number | null;
  text: string;
  answer: string;
  measures: string;
  status: ReportStatus;
  published: boolean;
}[] = [
  {
    stage: 'physical',
    ago: 70,
    place: '区人民医院体检站',
    type: 'prohibition',
    no: 2,
    text: '体检站有人员私下翻看体检结果并向家长透露，怀疑存在打招呼现象。',
    answer: '经核查，一名工作人员违规查阅体检信息，已调离体检岗位并通报批评。',
    measures: '调离违规人员，体检结果改为专人保管、双人核对。',
    status: 'closed',
    published: true,
  },
  {
    stage: 'physical',
    ago: 66,
    place: '区人民医院体检站候检区',
    type: 'micro_corruption',
    no: null,
    text: '候检区有人向应征青年推销“体检包过”服务，收取费用。',
    answer: '已会同公安机关调查，涉事人员非工作人员，已依法处理，并在候检区张贴警示。',
    measures: '候检区增设监督公告牌和举报电话，安排专人巡查。',
    status: 'closed',
    published: true,
  },
  {
    stage: 'political',
    ago: 45,
    place: '某街道武装部',
    type: 'prohibition',
    no: 5,
    text: '政治考核走访记录有代签情况，考核人员未实地走访。',
    answer: '核实后责令重新走访，相关考核人员作出书面检查。',
    measures: '政治考核走访全程留痕，抽查复核比例提高到30%。',
    status: 'answered',
    published: true,
  },
  {
    stage: 'political',
    ago: 40,
    place: '区征兵办政审材料室',
    type: 'hidden_corruption',
    no: null,
    text: '有家长反映可以“花钱改政审材料”，请核查是否有内外勾结。',
    answer: '',
    measures: '',
    status: 'handling',
    published: false,
  },
  {
    stage: 'approval',
    ago: 12,
    place: '区征兵办定兵会现场',
    type: 'prohibition',
    no: 10,
    text: '定兵会前有人员名单未经公示即列入拟批准名单。',
    answer: '已核对，该人员公示期未满，已从本次定兵名单中移出，待公示期满后再议。',
    measures: '定兵前系统自动核对公示记录，未经公示的不得列入名单。',
    status: 'closed',
    published: true,
  },
  {
    stage: 'approval',
    ago: 6,
    place: '区征兵办',
    type: 'other',
    no: null,
    text: '定兵公示栏位置偏僻，群众不易看到，建议在各街道同步张贴。',
    answer: '',
    measures: '',
    status: 'received',
    published: false,
  },
  {
    stage: 'registration',
    ago: 120,
    place: '某社区征兵宣传点',
    type: 'micro_corruption',
    no: null,
    text: '宣传点工作人员接受应征青年家属赠送的购物卡。',
    answer: '经查属实，购物卡已退还，当事人受到诫勉谈话。',
    measures: '开展廉洁征兵警示教育，宣传点工作人员签订廉洁承诺书。',
    status: 'closed',
    published: true,
  },
  {
    stage: 'physical',
    ago: 55,
    place: '区人民医院体检站',
    type: 'other',
    no: null,
    text: '体检当天排队时间过长，部分应征青年未吃早餐，建议增设休息区。',
    answer: '已增设休息区并提供饮用水，调整分批体检时间。',
    measures: '',
    status: 'answered',
    published: false,
  },
];

/**
 * Reports of this year's recruitment: the demo supervisor (seat 1) filed the first two, the others are
 * spread over the other supervisors. Who filed each is ONLY in the links.
 */
export function buildReports(
  stagesOf: (kind: string) => string,
  supervisors: SupervisorDoc[],
  rng: Random,
  now: Date,
): { supervisionReports: ReportDoc[]; reportReporters: ReporterLinkDoc[] } {
  const integrity = supervisors.filter((s) => s.type === 'integrity');
  if (!integrity.length) return { supervisionReports: [], reportReporters: [] };
  const reports: ReportDoc[] = [];
  const links: ReporterLinkDoc[] = [];
  CASES.forEach((c, i) => {
    const reporter = i < 2 ? integrity[0] : rng.pick(integrity.slice(1));
    const filedAt = new Date(now.getTime() - c.ago * DAY + rng.int(9, 17) * HOUR);
    const id = `rpt-${String(i + 1).padStart(3, '0')}`;
    const at = (days: number) => new Date(filedAt.getTime() + days * DAY);
    const steps: ReportStep[] = [{ status: 'received', at: filedAt, note: '' }];
    if (c.status !== 'received') steps.push({ status: 'handling', at: at(1), note: '征兵办已受理，正在核查' });
    if (c.status === 'answered' || c.status === 'closed') steps.push({ status: 'answered', at: at(4), note: c.answer });
    if (c.status === 'closed') steps.push({ status: 'closed', at: at(6), note: '已办结' });
    const last = steps[steps.length - 1].at;
    reports.push({
      _id: id,
      refNo: `LZ${shanghaiDay(filedAt).replace(/-/g, '')}-S${String(i + 1).padStart(4, '0')}`,
      bodyId: reporter.bodyId,
      bodyPath: reporter.bodyPath,
      stageId: stagesOf(c.stage),
      place: c.place,
      type: c.type,
      prohibitionNo: c.no,
      description: c.text,
      photoIds: [],
      observedAt: new Date(filedAt.getTime() - 2 * HOUR),
      filedAt,
      status: c.status,
      assigneeStaffId: c.status === 'received' ? null : `st-${reporter.bodyId}-2`,
      steps,
      answer: c.answer,
      publication: c.published ? { summary: c.text, measures: c.measures || c.answer, publishedAt: at(5) } : null,
      listing: c.published ? 'public' : 'none',
      publishedAt: c.published ? at(5) : null,
      updatedAt: c.published ? at(5) : last,
    });
    links.push({ _id: id, supervisorId: reporter._id, openid: reporter.openid as string, filedAt });
  });
  return { supervisionReports: reports, reportReporters: links };
}
