/**
 * The ten prohibitions of recruitment integrity (征兵工作“十个严禁”), as the office starts with them.
 * The office edits its own copy (`recruitmentProhibitions`); this is what it reads before the first edit.
 */
export const DEFAULT_PROHIBITIONS: string[] = [
  '严禁在征兵工作中收受钱物、吃拿卡要',
  '严禁弄虚作假、篡改应征青年体检和政治考核结果',
  '严禁违规泄露体检、政治考核等征兵工作信息',
  '严禁为不符合条件的人员说情打招呼、暗箱操作',
  '严禁违反规定程序审批定兵',
  '严禁以任何名义向应征青年及其家属收取费用',
  '严禁接受可能影响公正执行公务的宴请和礼品礼金',
  '严禁利用职务便利为亲友谋取征兵工作中的利益',
  '严禁对监督员反映的问题隐瞒不报、打击报复',
  '严禁未经公示或公示期未满批准入伍',
];
