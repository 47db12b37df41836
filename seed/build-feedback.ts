import type { SupervisorDoc } from '../types/supervision/model';
import type { FeedbackAuthorDoc, FeedbackDoc, FeedbackKind, FeedbackStatus } from '../types/supervision/feedback-model';
import { shanghaiDay } from '../types/common/shanghai-time';
import type { Random } from './random';

const DAY = 86_400_000;

/** The seed article's 8 suggestions from the market regulation bureau's conduct supervisors, at every step. */
const CASES: {
  kind: FeedbackKind;
  subject: string;
  text: string;
  ago: number;
  status: FeedbackStatus;
  answer: string;
  measure: string;
  dueIn: number;
  doneIn: number | null;
}[] = [
  {
    kind: 'suggestion',
    subject: '个体户登记材料清单不清楚',
    text: '窗口告知的登记材料与网上公布的不一致，群众要跑两趟，建议统一一次性告知清单。',
    ago: 90,
    status: 'accepted',
    answer: '感谢建议，已统一线上线下材料清单。',
    measure: '修订一次性告知单并在窗口和网站同步公布',
    dueIn: 15,
    doneIn: 10,
  },
  {
    kind: 'problem',
    subject: '投诉电话长时间无人接听',
    text: '12315分机下午时段多次无人接听，群众投诉无门。',
    ago: 80,
    status: 'accepted',
    answer: '情况属实，已调整值班安排。',
    measure: '增设下午值班人员，建立未接来电回拨制度',
    dueIn: 10,
    doneIn: 7,
  },
  {
    kind: 'suggestion',
    subject: '食品抽检结果公开不及时',
    text: '食品抽检结果公布滞后一个月以上，建议按周公开。',
    ago: 70,
    status: 'accepted',
    answer: '采纳建议。',
    measure: '抽检结果改为每周五在官网公开',
    dueIn: 20,
    doneIn: 25,
  },
  {
    kind: 'problem',
    subject: '执法人员检查时未出示证件',
    text: '商户反映部分执法人员检查时未主动出示执法证件。',
    ago: 40,
    status: 'rectified',
    answer: '已对执法人员开展规范执法培训。',
    measure: '执法全程佩戴执法记录仪并主动亮证',
    dueIn: 20,
    doneIn: 12,
  },
  {
    kind: 'suggestion',
    subject: '窗口午休时间不办业务',
    text: '建议实行午间不打烊，方便上班族办理业务。',
    ago: 30,
    status: 'rectifying',
    answer: '正在研究午间错峰值班方案。',
    measure: '试行午间错峰值班',
    dueIn: -5,
    doneIn: null,
  },
  {
    kind: 'problem',
    subject: '价格投诉处理回复过于简单',
    text: '价格投诉的书面回复只有一句话，没有说明处理依据。',
    ago: 15,
    status: 'rectifying',
    answer: '已要求回复写明处理依据和结果。',
    measure: '制定投诉回复规范模板',
    dueIn: 20,
    doneIn: null,
  },
  {
    kind: 'suggestion',
    subject: '增加老年人办事引导',
    text: '大厅自助设备较多，老年人不会操作，建议安排志愿者引导。',
    ago: 10,
    status: 'answered',
    answer: '已安排导办人员在大厅值守，为老年人提供帮办代办。',
    measure: '',
    dueIn: 0,
    doneIn: null,
  },
  {
    kind: 'problem',
    subject: '许可证办理超时限',
    text: '有商户的食品经营许可证超过承诺时限仍未办结。',
    ago: 3,
    status: 'received',
    answer: '',
    measure: '',
    dueIn: 0,
    doneIn: null,
  },
];

/** Feedback on the agency; the demo supervisor (seat 1) wrote the 4th (to accept) and the last (unanswered). */
export function buildFeedback(
  supervisors: SupervisorDoc[],
  rng: Random,
  now: Date,
): { conductFeedback: FeedbackDoc[]; feedbackAuthors: FeedbackAuthorDoc[] } {
  const conduct = supervisors.filter((s) => s.type === 'conduct');
  if (!conduct.length) return { conductFeedback: [], feedbackAuthors: [] };
  const docs: FeedbackDoc[] = [];
  const authors: FeedbackAuthorDoc[] = [];
  CASES.forEach((c, i) => {
    const author = i === 3 || i === CASES.length - 1 ? conduct[0] : rng.pick(conduct.slice(1));
    const filedAt = new Date(now.getTime() - c.ago * DAY);
    const answeredAt = new Date(filedAt.getTime() + 2 * DAY);
    const deadline = shanghaiDay(new Date(answeredAt.getTime() + c.dueIn * DAY));
    const doneAt = c.doneIn === null ? null : new Date(answeredAt.getTime() + c.doneIn * DAY);
    const id = `fb-${String(i + 1).padStart(3, '0')}`;
    docs.push({
      _id: id,
      refNo: `ZF${shanghaiDay(filedAt).replace(/-/g, '')}-S${String(i + 1).padStart(4, '0')}`,
      bodyId: author.bodyId,
      bodyPath: author.bodyPath,
      kind: c.kind,
      subject: c.subject,
      description: c.text,
      filedAt,
      status: c.status,
      answer: c.answer ? { text: c.answer, at: answeredAt } : null,
      rectification: c.measure
        ? {
            measure: c.measure,
            deadline,
            doneAt,
            evidence: doneAt ? '整改完成，相关制度和照片已存档' : '',
            doneOnTime: doneAt ? c.doneIn! <= c.dueIn : null,
          }
        : null,
      verdict:
        c.status === 'accepted'
          ? { verdict: 'accepted', comment: '整改到位', at: new Date((doneAt ?? answeredAt).getTime() + DAY) }
          : null,
      updatedAt: doneAt ?? (c.answer ? answeredAt : filedAt),
    });
    authors.push({ _id: id, supervisorId: author._id, openid: author.openid as string, filedAt });
  });
  return { conductFeedback: docs, feedbackAuthors: authors };
}
