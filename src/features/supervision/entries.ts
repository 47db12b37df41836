import type { RoleView } from '@types-contract/account/whoami';
import type { SupervisionPage } from './routes';

export interface Entry {
  page: SupervisionPage;
  title: string;
  hint: string;
}

const OFFICE = ['recruitment_staff', 'recruitment_head'];

/** What the supervision hub offers, by the caller's roles; the problem list is for everyone. */
export function entriesFor(roles: RoleView[]): Entry[] {
  const has = (...names: string[]) => roles.some((r) => names.includes(r.role));
  const entries: Entry[] = [];
  if (has('integrity_supervisor', 'conduct_supervisor'))
    entries.push({ page: 'card', title: '我的监督员证', hint: '持证上岗，查看任期' });
  if (has('integrity_supervisor')) {
    entries.push(
      { page: 'fileReport', title: '反映问题', hint: '发现问题随时反映，可上传照片' },
      { page: 'myReports', title: '我反映的问题', hint: '查看处理进度和答复' },
    );
  }
  if (has('integrity_supervisor', ...OFFICE)) {
    entries.push(
      { page: 'notices', title: '征兵公示', hint: '体检、政治考核、审批定兵公示' },
      { page: 'prohibitions', title: '十个严禁', hint: '廉洁征兵纪律要求' },
    );
  }
  if (has(...OFFICE)) {
    entries.push(
      { page: 'officeReports', title: '监督员反映的问题', hint: '受理、答复、公布到问题清单' },
      { page: 'stages', title: '征兵阶段', hint: '设置各阶段时间' },
    );
  }
  if (has('recruitment_head', 'agency_staff'))
    entries.push({ page: 'appointments', title: '监督员聘任', hint: '聘任监督员，查看任期' });
  if (has('conduct_supervisor')) {
    entries.push(
      { page: 'feedbackNew', title: '提意见建议', hint: '对机关作风和服务提意见' },
      { page: 'myFeedback', title: '我的意见建议', hint: '查看答复和整改' },
    );
  }
  if (has('agency_staff'))
    entries.push({ page: 'agencyFeedback', title: '作风监督意见', hint: '答复意见建议，记录整改' });
  entries.push({ page: 'problems', title: '问题清单', hint: '征兵监督发现的问题及整改情况，向全区公布' });
  return entries;
}
