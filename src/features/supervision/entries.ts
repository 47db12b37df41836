import type { RoleView } from '@types-contract/account/whoami';
import type { PolicyName } from '@types-contract/auth/policies';
import { mayAnywhere } from '../../lib/auth/policy';
import type { SupervisionPage } from './routes';

export interface Entry {
  page: SupervisionPage;
  title: string;
  hint: string;
}

/**
 * What the supervision hub offers: each entry by the policy of the work it leads to (the functions check
 * again); the problem list is for everyone.
 */
export function entriesFor(roles: RoleView[]): Entry[] {
  const may = (...policies: PolicyName[]) => policies.some((p) => mayAnywhere({ roles }, p));
  const entries: Entry[] = [];
  if (may('report:file', 'feedback:file'))
    entries.push({ page: 'card', title: '我的监督员证', hint: '持证上岗，查看任期' });
  if (may('report:file')) {
    entries.push(
      { page: 'fileReport', title: '反映问题', hint: '发现问题随时反映，可上传照片' },
      { page: 'myReports', title: '我反映的问题', hint: '查看处理进度和答复' },
    );
  }
  if (may('recruitment:read')) {
    entries.push(
      { page: 'notices', title: '征兵公示', hint: '体检、政治考核、审批定兵公示' },
      { page: 'prohibitions', title: '十个严禁', hint: '廉洁征兵纪律要求' },
    );
  }
  if (may('report:handle'))
    entries.push({ page: 'officeReports', title: '监督员反映的问题', hint: '受理、答复、公布到问题清单' });
  if (may('recruitment:manage')) entries.push({ page: 'stages', title: '征兵阶段', hint: '设置各阶段时间' });
  if (may('supervisor:appoint-integrity', 'supervisor:appoint-conduct'))
    entries.push({ page: 'appointments', title: '监督员聘任', hint: '聘任监督员，查看任期' });
  if (may('feedback:file')) {
    entries.push(
      { page: 'feedbackNew', title: '提意见建议', hint: '对机关作风和服务提意见' },
      { page: 'myFeedback', title: '我的意见建议', hint: '查看答复和整改' },
    );
  }
  if (may('feedback:handle'))
    entries.push({ page: 'agencyFeedback', title: '作风监督意见', hint: '答复意见建议，记录整改' });
  if (may('supervisor:meet'))
    entries.push({ page: 'meetings', title: '监督员会议', hint: '邀请监督员参加座谈会，登记出席和意见建议' });
  else if (may('report:file', 'feedback:file'))
    entries.push({ page: 'meetings', title: '会议邀请', hint: '邀请您参加的座谈会和活动' });
  entries.push({ page: 'problems', title: '问题清单', hint: '征兵监督发现的问题及整改情况，向全区公布' });
  return entries;
}
