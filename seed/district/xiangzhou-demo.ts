import type { DemoCast, DemoUnregisteredVeteran } from './demo-cast';

/** 南屏镇永济社区第三网格: the grid of the seed article's grid leader, where the demo centres. */
export const DEMO_GRID_ID = 'g-10-01-3';

/**
 * A synthetic veteran whose file is in the ledger of 永济社区第三网格 but who has not registered yet.
 * The only plaintext ID number and phone in the code base: for the end-to-end registration test and
 * for a person trying the demo (the README prints them). Both are made up; the ID number is valid.
 */
export const DEMO_UNREGISTERED_VETERAN: DemoUnregisteredVeteran = {
  name: '周振华',
  gender: 'male',
  idNumber: '440402197208163174',
  birthDate: '1972-08-16',
  phone: '19925660318',
  gridId: DEMO_GRID_ID,
};

export const XIANGZHOU_DEMO: DemoCast = {
  veterans: [
    {
      openid: 'demo-veteran-1',
      name: '张建国',
      gender: 'male',
      birthYear: 1958,
      gridId: DEMO_GRID_ID,
      label: '张建国（退役军人，永济社区第三网格）',
      description: '已绑定档案的退役军人：查看网格群和政策通知，提交诉求，一键拨打网格员电话',
    },
    {
      openid: 'demo-veteran-2',
      name: '林志强',
      gender: 'male',
      birthYear: 1986,
      gridId: 'g-01-01-1',
      label: '林志强（退役军人，朝阳社区第一网格）',
      description: '另一个网格的退役军人：只能看到自己的档案和自己的网格',
    },
  ],
  staff: [
    {
      openid: 'demo-grid-leader-g-10-01-3',
      staffId: 'st-g-10-01-3-1',
      name: '陈卫东',
      label: '陈卫东（网格长，永济社区第三网格）',
      description: '网格长：向本网格群发布通知，核实档案，走访慰问，受理诉求',
    },
    {
      openid: 'demo-grid-member-g-10-01-3',
      staffId: 'st-g-10-01-3-2',
      name: '黄丽娟',
      label: '黄丽娟（网格员，永济社区第三网格）',
      description: '网格员：审核待确认的注册，更新档案，记录走访，回复诉求',
    },
    {
      openid: 'demo-station-staff-c-10-01',
      staffId: 'st-c-10-01-1',
      name: '梁晓梅',
      label: '梁晓梅（永济社区退役军人服务站）',
      description: '服务站工作人员：查看本社区台账和统计，处理上报的诉求，向本社区发布通知',
    },
    {
      openid: 'demo-street-admin-s-10',
      staffId: 'st-s-10-1',
      name: '吴国强',
      label: '吴国强（南屏镇退役军人服务中心，管理员）',
      description: '镇街管理员：一次向全镇网格发布通知，管理网格和工作人员，导入导出台账',
    },
    {
      openid: 'demo-district-admin',
      staffId: 'st-d-xz-1',
      name: '郑海波',
      label: '郑海波（区退役军人事务局，管理员）',
      description: '区管理员：查看全区台账和统计，邀请和调整各级工作人员',
    },
    {
      openid: 'demo-recruitment-head',
      staffId: 'st-u-recruit-1',
      name: '罗振宇',
      label: '罗振宇（区征兵办负责人）',
      description: '征兵办负责人：处理监督员反映的问题，发布问题清单和各阶段公示',
    },
    {
      openid: 'demo-recruitment-staff',
      staffId: 'st-u-recruit-2',
      name: '何俊杰',
      label: '何俊杰（区征兵办工作人员）',
      description: '征兵办工作人员：发布征兵公示，跟进监督员反映的问题',
    },
    {
      openid: 'demo-agency-staff',
      staffId: 'st-u-amr-1',
      name: '许雅婷',
      label: '许雅婷（区市场监督管理局）',
      description: '机关工作人员：答复作风监督员的意见建议，记录整改情况',
    },
  ],
  supervisors: [
    {
      openid: 'demo-integrity-supervisor',
      name: '苏明远',
      type: 'integrity',
      bodyId: 'u-recruit',
      label: '苏明远（廉洁征兵监督员）',
      description: '廉洁征兵监督员：查看征兵公示和“十个严禁”，随时反映问题并上传照片，跟踪处理结果',
    },
    {
      openid: 'demo-conduct-supervisor',
      name: '杜秀兰',
      type: 'conduct',
      bodyId: 'u-amr',
      label: '杜秀兰（区市场监督管理局作风监督员）',
      description: '机关作风监督员：对机关作风和服务提意见建议，查看答复和整改，认可或提出异议',
    },
  ],
  partyAffairsStaffId: 'st-s-10-2',
  unregistered: DEMO_UNREGISTERED_VETERAN,
};
