import type { DistrictSpec } from './district-spec';
import { XIANGZHOU_DEMO } from './xiangzhou-demo';

/**
 * 香洲区 (Zhuhai): 10 streets/towns, 130 communities, 475 grids, as in the seed article. The streets and
 * the named communities (香湾街道朝阳社区, 南屏镇永济社区, 拱北街道联安社区, 吉大街道九洲社区) are real places;
 * the other community names, the grid counts, stations' addresses and phones are synthetic.
 */
export const XIANGZHOU: DistrictSpec = {
  id: 'd-xz',
  name: '香洲区',
  addressPrefix: '广东省珠海市香洲区',
  areaCode: '440402',
  localAreaCodes: ['440402', '440403', '440404'],
  phoneAreaCode: '0756',
  demo: XIANGZHOU_DEMO,
  units: [
    { id: 'u-recruit', name: '区人民武装部征兵办公室', unitType: 'recruitment_office' },
    { id: 'u-amr', name: '区市场监督管理局', unitType: 'agency' },
  ],
  streets: [
    {
      id: 's-01',
      name: '香湾街道',
      roads: ['凤凰北路', '海滨北路', '香洲正街', '朝阳路', '新村路'],
      communities: [
        {
          id: 'c-01-01',
          name: '朝阳社区',
          grids: 4,
          station: {
            name: '朝阳社区退役军人服务站',
            address: '凤凰北路168号朝阳社区党群服务中心一楼',
            phone: '0756-8614852',
          },
        },
        {
          id: 'c-01-02',
          name: '海霞社区',
          grids: 3,
          station: {
            name: '海霞社区退役军人服务站',
            address: '海滨北路73号海霞社区党群服务中心一楼',
            phone: '0756-8270074',
          },
        },
        {
          id: 'c-01-03',
          name: '港湾社区',
          grids: 3,
          station: {
            name: '港湾社区退役军人服务站',
            address: '香洲正街8号港湾社区党群服务中心一楼',
            phone: '0756-3399047',
          },
        },
        {
          id: 'c-01-04',
          name: '华平社区',
          grids: 3,
          station: {
            name: '华平社区退役军人服务站',
            address: '朝阳路169号华平社区党群服务中心一楼',
            phone: '0756-8032128',
          },
        },
        {
          id: 'c-01-05',
          name: '新村社区',
          grids: 6,
          station: {
            name: '新村社区退役军人服务站',
            address: '新村路75号新村社区党群服务中心一楼',
            phone: '0756-3171530',
          },
        },
        {
          id: 'c-01-06',
          name: '海湾社区',
          grids: 5,
          station: {
            name: '海湾社区退役军人服务站',
            address: '凤凰北路162号海湾社区党群服务中心一楼',
            phone: '0756-2954244',
          },
        },
        {
          id: 'c-01-07',
          name: '香山社区',
          grids: 5,
          station: {
            name: '香山社区退役军人服务站',
            address: '海滨北路130号香山社区党群服务中心一楼',
            phone: '0756-8783757',
          },
        },
        {
          id: 'c-01-08',
          name: '沿河社区',
          grids: 3,
          station: {
            name: '沿河社区退役军人服务站',
            address: '香洲正街85号沿河社区党群服务中心一楼',
            phone: '0756-8895263',
          },
        },
        {
          id: 'c-01-09',
          name: '碧涛社区',
          grids: 6,
          station: {
            name: '碧涛社区退役军人服务站',
            address: '朝阳路56号碧涛社区党群服务中心一楼',
            phone: '0756-8598441',
          },
        },
        {
          id: 'c-01-10',
          name: '香湾社区',
          grids: 5,
          station: {
            name: '香湾社区退役军人服务站',
            address: '新村路113号香湾社区党群服务中心一楼',
            phone: '0756-3085474',
          },
        },
        {
          id: 'c-01-11',
          name: '丽景社区',
          grids: 5,
          station: {
            name: '丽景社区退役军人服务站',
            address: '凤凰北路164号丽景社区党群服务中心一楼',
            phone: '0756-8025139',
          },
        },
        {
          id: 'c-01-12',
          name: '星园社区',
          grids: 5,
          station: {
            name: '星园社区退役军人服务站',
            address: '海滨北路119号星园社区党群服务中心一楼',
            phone: '0756-2822371',
          },
        },
        {
          id: 'c-01-13',
          name: '金海社区',
          grids: 2,
          station: {
            name: '金海社区退役军人服务站',
            address: '香洲正街132号金海社区党群服务中心一楼',
            phone: '0756-8525574',
          },
        },
        {
          id: 'c-01-14',
          name: '蓝湾社区',
          grids: 5,
          station: {
            name: '蓝湾社区退役军人服务站',
            address: '朝阳路160号蓝湾社区党群服务中心一楼',
            phone: '0756-2123311',
          },
        },
      ],
    },
    {
      id: 's-02',
      name: '拱北街道',
      roads: ['迎宾南路', '桂花南路', '粤华路', '侨光路', '夏湾路'],
      communities: [
        {
          id: 'c-02-01',
          name: '联安社区',
          grids: 4,
          station: {
            name: '联安社区退役军人服务站',
            address: '迎宾南路41号联安社区党群服务中心一楼',
            phone: '0756-8798828',
          },
        },
        {
          id: 'c-02-02',
          name: '昌盛社区',
          grids: 2,
          station: {
            name: '昌盛社区退役军人服务站',
            address: '桂花南路49号昌盛社区党群服务中心一楼',
            phone: '0756-2858250',
          },
        },
        {
          id: 'c-02-03',
          name: '夏湾社区',
          grids: 2,
          station: {
            name: '夏湾社区退役军人服务站',
            address: '粤华路140号夏湾社区党群服务中心一楼',
            phone: '0756-8703392',
          },
        },
        {
          id: 'c-02-04',
          name: '婆石社区',
          grids: 2,
          station: {
            name: '婆石社区退役军人服务站',
            address: '侨光路36号婆石社区党群服务中心一楼',
            phone: '0756-8823196',
          },
        },
        {
          id: 'c-02-05',
          name: '桂花社区',
          grids: 3,
          station: {
            name: '桂花社区退役军人服务站',
            address: '夏湾路138号桂花社区党群服务中心一楼',
            phone: '0756-2154178',
          },
        },
        {
          id: 'c-02-06',
          name: '港昌社区',
          grids: 5,
          station: {
            name: '港昌社区退役军人服务站',
            address: '迎宾南路16号港昌社区党群服务中心一楼',
            phone: '0756-2344872',
          },
        },
        {
          id: 'c-02-07',
          name: '茂盛社区',
          grids: 6,
          station: {
            name: '茂盛社区退役军人服务站',
            address: '桂花南路87号茂盛社区党群服务中心一楼',
            phone: '0756-3062595',
          },
        },
        {
          id: 'c-02-08',
          name: '拱北社区',
          grids: 6,
          station: {
            name: '拱北社区退役军人服务站',
            address: '粤华路59号拱北社区党群服务中心一楼',
            phone: '0756-3905589',
          },
        },
        {
          id: 'c-02-09',
          name: '北岭社区',
          grids: 2,
          station: {
            name: '北岭社区退役军人服务站',
            address: '侨光路34号北岭社区党群服务中心一楼',
            phone: '0756-2252223',
          },
        },
        {
          id: 'c-02-10',
          name: '华发社区',
          grids: 4,
          station: {
            name: '华发社区退役军人服务站',
            address: '夏湾路141号华发社区党群服务中心一楼',
            phone: '0756-3636723',
          },
        },
        {
          id: 'c-02-11',
          name: '侨光社区',
          grids: 5,
          station: {
            name: '侨光社区退役军人服务站',
            address: '迎宾南路103号侨光社区党群服务中心一楼',
            phone: '0756-2809308',
          },
        },
        {
          id: 'c-02-12',
          name: '友谊社区',
          grids: 4,
          station: {
            name: '友谊社区退役军人服务站',
            address: '桂花南路79号友谊社区党群服务中心一楼',
            phone: '0756-3623542',
          },
        },
        {
          id: 'c-02-13',
          name: '迎宾社区',
          grids: 3,
          station: {
            name: '迎宾社区退役军人服务站',
            address: '粤华路58号迎宾社区党群服务中心一楼',
            phone: '0756-2587184',
          },
        },
        {
          id: 'c-02-14',
          name: '粤华社区',
          grids: 3,
          station: {
            name: '粤华社区退役军人服务站',
            address: '侨光路100号粤华社区党群服务中心一楼',
            phone: '0756-8423087',
          },
        },
        {
          id: 'c-02-15',
          name: '关闸社区',
          grids: 5,
          station: {
            name: '关闸社区退役军人服务站',
            address: '夏湾路8号关闸社区党群服务中心一楼',
            phone: '0756-8796216',
          },
        },
      ],
    },
    {
      id: 's-03',
      name: '吉大街道',
      roads: ['景山路', '九洲大道东', '石花东路', '水湾路', '海滨南路'],
      communities: [
        {
          id: 'c-03-01',
          name: '九洲社区',
          grids: 5,
          station: {
            name: '九洲社区退役军人服务站',
            address: '景山路144号九洲社区党群服务中心一楼',
            phone: '0756-2196779',
          },
        },
        {
          id: 'c-03-02',
          name: '海燕社区',
          grids: 6,
          station: {
            name: '海燕社区退役军人服务站',
            address: '九洲大道东121号海燕社区党群服务中心一楼',
            phone: '0756-8406642',
          },
        },
        {
          id: 'c-03-03',
          name: '景山社区',
          grids: 3,
          station: {
            name: '景山社区退役军人服务站',
            address: '石花东路86号景山社区党群服务中心一楼',
            phone: '0756-8674312',
          },
        },
        {
          id: 'c-03-04',
          name: '园林社区',
          grids: 2,
          station: {
            name: '园林社区退役军人服务站',
            address: '水湾路86号园林社区党群服务中心一楼',
            phone: '0756-8528773',
          },
        },
        {
          id: 'c-03-05',
          name: '石花社区',
          grids: 5,
          station: {
            name: '石花社区退役军人服务站',
            address: '海滨南路91号石花社区党群服务中心一楼',
            phone: '0756-8717586',
          },
        },
        {
          id: 'c-03-06',
          name: '竹苑社区',
          grids: 3,
          station: {
            name: '竹苑社区退役军人服务站',
            address: '景山路52号竹苑社区党群服务中心一楼',
            phone: '0756-2048854',
          },
        },
        {
          id: 'c-03-07',
          name: '水湾社区',
          grids: 2,
          station: {
            name: '水湾社区退役军人服务站',
            address: '九洲大道东30号水湾社区党群服务中心一楼',
            phone: '0756-8494570',
          },
        },
        {
          id: 'c-03-08',
          name: '吉莲社区',
          grids: 3,
          station: {
            name: '吉莲社区退役军人服务站',
            address: '石花东路59号吉莲社区党群服务中心一楼',
            phone: '0756-2102143',
          },
        },
        {
          id: 'c-03-09',
          name: '海滨社区',
          grids: 3,
          station: {
            name: '海滨社区退役军人服务站',
            address: '水湾路177号海滨社区党群服务中心一楼',
            phone: '0756-8586441',
          },
        },
        {
          id: 'c-03-10',
          name: '吉大社区',
          grids: 4,
          station: {
            name: '吉大社区退役军人服务站',
            address: '海滨南路176号吉大社区党群服务中心一楼',
            phone: '0756-8721277',
          },
        },
        {
          id: 'c-03-11',
          name: '白莲社区',
          grids: 5,
          station: {
            name: '白莲社区退役军人服务站',
            address: '景山路150号白莲社区党群服务中心一楼',
            phone: '0756-8648113',
          },
        },
        {
          id: 'c-03-12',
          name: '情侣社区',
          grids: 2,
          station: {
            name: '情侣社区退役军人服务站',
            address: '九洲大道东121号情侣社区党群服务中心一楼',
            phone: '0756-2794103',
          },
        },
        {
          id: 'c-03-13',
          name: '银坑社区',
          grids: 3,
          station: {
            name: '银坑社区退役军人服务站',
            address: '石花东路65号银坑社区党群服务中心一楼',
            phone: '0756-8495966',
          },
        },
        {
          id: 'c-03-14',
          name: '花园社区',
          grids: 3,
          station: {
            name: '花园社区退役军人服务站',
            address: '水湾路164号花园社区党群服务中心一楼',
            phone: '0756-3032485',
          },
        },
      ],
    },
    {
      id: 's-04',
      name: '翠香街道',
      roads: ['凤凰路', '人民东路', '康宁路', '红山路', '兴业路'],
      communities: [
        {
          id: 'c-04-01',
          name: '康宁社区',
          grids: 3,
          station: {
            name: '康宁社区退役军人服务站',
            address: '凤凰路121号康宁社区党群服务中心一楼',
            phone: '0756-2153353',
          },
        },
        {
          id: 'c-04-02',
          name: '红山社区',
          grids: 4,
          station: {
            name: '红山社区退役军人服务站',
            address: '人民东路179号红山社区党群服务中心一楼',
            phone: '0756-3444478',
          },
        },
        {
          id: 'c-04-03',
          name: '山场社区',
          grids: 5,
          station: {
            name: '山场社区退役军人服务站',
            address: '康宁路10号山场社区党群服务中心一楼',
            phone: '0756-8438853',
          },
        },
        {
          id: 'c-04-04',
          name: '福溪社区',
          grids: 2,
          station: {
            name: '福溪社区退役军人服务站',
            address: '红山路114号福溪社区党群服务中心一楼',
            phone: '0756-8787861',
          },
        },
        {
          id: 'c-04-05',
          name: '凤凰社区',
          grids: 3,
          station: {
            name: '凤凰社区退役军人服务站',
            address: '兴业路140号凤凰社区党群服务中心一楼',
            phone: '0756-3220431',
          },
        },
        {
          id: 'c-04-06',
          name: '翠香社区',
          grids: 5,
          station: {
            name: '翠香社区退役军人服务站',
            address: '凤凰路131号翠香社区党群服务中心一楼',
            phone: '0756-2025856',
          },
        },
        {
          id: 'c-04-07',
          name: '康乐社区',
          grids: 5,
          station: {
            name: '康乐社区退役军人服务站',
            address: '人民东路152号康乐社区党群服务中心一楼',
            phone: '0756-3861423',
          },
        },
        {
          id: 'c-04-08',
          name: '人民社区',
          grids: 2,
          station: {
            name: '人民社区退役军人服务站',
            address: '康宁路118号人民社区党群服务中心一楼',
            phone: '0756-2151605',
          },
        },
        {
          id: 'c-04-09',
          name: '兴业社区',
          grids: 4,
          station: {
            name: '兴业社区退役军人服务站',
            address: '红山路16号兴业社区党群服务中心一楼',
            phone: '0756-3568520',
          },
        },
        {
          id: 'c-04-10',
          name: '梅溪社区',
          grids: 2,
          station: {
            name: '梅溪社区退役军人服务站',
            address: '兴业路119号梅溪社区党群服务中心一楼',
            phone: '0756-2277271',
          },
        },
        {
          id: 'c-04-11',
          name: '香埠社区',
          grids: 5,
          station: {
            name: '香埠社区退役军人服务站',
            address: '凤凰路48号香埠社区党群服务中心一楼',
            phone: '0756-2181531',
          },
        },
        {
          id: 'c-04-12',
          name: '银桦社区',
          grids: 4,
          station: {
            name: '银桦社区退役军人服务站',
            address: '人民东路20号银桦社区党群服务中心一楼',
            phone: '0756-2844444',
          },
        },
        {
          id: 'c-04-13',
          name: '新香社区',
          grids: 5,
          station: {
            name: '新香社区退役军人服务站',
            address: '康宁路19号新香社区党群服务中心一楼',
            phone: '0756-3916152',
          },
        },
        {
          id: 'c-04-14',
          name: '东坑社区',
          grids: 2,
          station: {
            name: '东坑社区退役军人服务站',
            address: '红山路10号东坑社区党群服务中心一楼',
            phone: '0756-8679129',
          },
        },
        {
          id: 'c-04-15',
          name: '翠景社区',
          grids: 3,
          station: {
            name: '翠景社区退役军人服务站',
            address: '兴业路75号翠景社区党群服务中心一楼',
            phone: '0756-2135803',
          },
        },
        {
          id: 'c-04-16',
          name: '香宁社区',
          grids: 4,
          station: {
            name: '香宁社区退役军人服务站',
            address: '凤凰路36号香宁社区党群服务中心一楼',
            phone: '0756-8820004',
          },
        },
      ],
    },
    {
      id: 's-05',
      name: '梅华街道',
      roads: ['梅华西路', '人民西路', '东风路', '长沙路', '华侨路'],
      communities: [
        {
          id: 'c-05-01',
          name: '梅华社区',
          grids: 4,
          station: {
            name: '梅华社区退役军人服务站',
            address: '梅华西路118号梅华社区党群服务中心一楼',
            phone: '0756-2481507',
          },
        },
        {
          id: 'c-05-02',
          name: '东风社区',
          grids: 5,
          station: {
            name: '东风社区退役军人服务站',
            address: '人民西路42号东风社区党群服务中心一楼',
            phone: '0756-8016713',
          },
        },
        {
          id: 'c-05-03',
          name: '华侨社区',
          grids: 3,
          station: {
            name: '华侨社区退役军人服务站',
            address: '东风路49号华侨社区党群服务中心一楼',
            phone: '0756-2382479',
          },
        },
        {
          id: 'c-05-04',
          name: '长沙社区',
          grids: 2,
          station: {
            name: '长沙社区退役军人服务站',
            address: '长沙路77号长沙社区党群服务中心一楼',
            phone: '0756-3077232',
          },
        },
        {
          id: 'c-05-05',
          name: '梅园社区',
          grids: 2,
          station: {
            name: '梅园社区退役军人服务站',
            address: '华侨路9号梅园社区党群服务中心一楼',
            phone: '0756-8081773',
          },
        },
        {
          id: 'c-05-06',
          name: '东方社区',
          grids: 2,
          station: {
            name: '东方社区退役军人服务站',
            address: '梅华西路94号东方社区党群服务中心一楼',
            phone: '0756-8804813',
          },
        },
        {
          id: 'c-05-07',
          name: '红旗社区',
          grids: 5,
          station: {
            name: '红旗社区退役军人服务站',
            address: '人民西路35号红旗社区党群服务中心一楼',
            phone: '0756-2225886',
          },
        },
        {
          id: 'c-05-08',
          name: '前河社区',
          grids: 2,
          station: {
            name: '前河社区退役军人服务站',
            address: '东风路166号前河社区党群服务中心一楼',
            phone: '0756-8353429',
          },
        },
        {
          id: 'c-05-09',
          name: '岱山社区',
          grids: 2,
          station: {
            name: '岱山社区退役军人服务站',
            address: '长沙路174号岱山社区党群服务中心一楼',
            phone: '0756-2091364',
          },
        },
        {
          id: 'c-05-10',
          name: '翠前社区',
          grids: 2,
          station: {
            name: '翠前社区退役军人服务站',
            address: '华侨路65号翠前社区党群服务中心一楼',
            phone: '0756-3489246',
          },
        },
        {
          id: 'c-05-11',
          name: '梅苑社区',
          grids: 4,
          station: {
            name: '梅苑社区退役军人服务站',
            address: '梅华西路82号梅苑社区党群服务中心一楼',
            phone: '0756-3646921',
          },
        },
        {
          id: 'c-05-12',
          name: '华景社区',
          grids: 2,
          station: {
            name: '华景社区退役军人服务站',
            address: '人民西路97号华景社区党群服务中心一楼',
            phone: '0756-2562609',
          },
        },
        {
          id: 'c-05-13',
          name: '梅林社区',
          grids: 5,
          station: {
            name: '梅林社区退役军人服务站',
            address: '东风路159号梅林社区党群服务中心一楼',
            phone: '0756-8870276',
          },
        },
      ],
    },
    {
      id: 's-06',
      name: '前山街道',
      roads: ['前山路', '翠微路', '造贝路', '南溪路', '明珠北路'],
      communities: [
        {
          id: 'c-06-01',
          name: '前山社区',
          grids: 4,
          station: {
            name: '前山社区退役军人服务站',
            address: '前山路66号前山社区党群服务中心一楼',
            phone: '0756-3142936',
          },
        },
        {
          id: 'c-06-02',
          name: '翠微社区',
          grids: 4,
          station: {
            name: '翠微社区退役军人服务站',
            address: '翠微路98号翠微社区党群服务中心一楼',
            phone: '0756-2471412',
          },
        },
        {
          id: 'c-06-03',
          name: '造贝社区',
          grids: 5,
          station: {
            name: '造贝社区退役军人服务站',
            address: '造贝路146号造贝社区党群服务中心一楼',
            phone: '0756-3403595',
          },
        },
        {
          id: 'c-06-04',
          name: '南溪社区',
          grids: 2,
          station: {
            name: '南溪社区退役军人服务站',
            address: '南溪路148号南溪社区党群服务中心一楼',
            phone: '0756-8486763',
          },
        },
        {
          id: 'c-06-05',
          name: '福石社区',
          grids: 4,
          station: {
            name: '福石社区退役军人服务站',
            address: '明珠北路70号福石社区党群服务中心一楼',
            phone: '0756-3821828',
          },
        },
        {
          id: 'c-06-06',
          name: '界涌社区',
          grids: 2,
          station: {
            name: '界涌社区退役军人服务站',
            address: '前山路101号界涌社区党群服务中心一楼',
            phone: '0756-8963288',
          },
        },
        {
          id: 'c-06-07',
          name: '工人社区',
          grids: 4,
          station: {
            name: '工人社区退役军人服务站',
            address: '翠微路174号工人社区党群服务中心一楼',
            phone: '0756-2595370',
          },
        },
        {
          id: 'c-06-08',
          name: '兰埔社区',
          grids: 3,
          station: {
            name: '兰埔社区退役军人服务站',
            address: '造贝路129号兰埔社区党群服务中心一楼',
            phone: '0756-2467716',
          },
        },
        {
          id: 'c-06-09',
          name: '夏村社区',
          grids: 4,
          station: {
            name: '夏村社区退役军人服务站',
            address: '南溪路25号夏村社区党群服务中心一楼',
            phone: '0756-8275048',
          },
        },
        {
          id: 'c-06-10',
          name: '白石社区',
          grids: 3,
          station: {
            name: '白石社区退役军人服务站',
            address: '明珠北路13号白石社区党群服务中心一楼',
            phone: '0756-2829407',
          },
        },
        {
          id: 'c-06-11',
          name: '凤祥社区',
          grids: 3,
          station: {
            name: '凤祥社区退役军人服务站',
            address: '前山路31号凤祥社区党群服务中心一楼',
            phone: '0756-2753073',
          },
        },
        {
          id: 'c-06-12',
          name: '南沙社区',
          grids: 4,
          station: {
            name: '南沙社区退役军人服务站',
            address: '翠微路54号南沙社区党群服务中心一楼',
            phone: '0756-8214266',
          },
        },
        {
          id: 'c-06-13',
          name: '前环社区',
          grids: 5,
          station: {
            name: '前环社区退役军人服务站',
            address: '造贝路173号前环社区党群服务中心一楼',
            phone: '0756-3222573',
          },
        },
        {
          id: 'c-06-14',
          name: '翠珠社区',
          grids: 2,
          station: {
            name: '翠珠社区退役军人服务站',
            address: '南溪路78号翠珠社区党群服务中心一楼',
            phone: '0756-2394119',
          },
        },
      ],
    },
    {
      id: 's-07',
      name: '湾仔街道',
      roads: ['湾仔路', '银湾路', '南湾大道', '作物路'],
      communities: [
        {
          id: 'c-07-01',
          name: '湾仔社区',
          grids: 4,
          station: {
            name: '湾仔社区退役军人服务站',
            address: '湾仔路130号湾仔社区党群服务中心一楼',
            phone: '0756-3741174',
          },
        },
        {
          id: 'c-07-02',
          name: '南湾社区',
          grids: 4,
          station: {
            name: '南湾社区退役军人服务站',
            address: '银湾路120号南湾社区党群服务中心一楼',
            phone: '0756-8927589',
          },
        },
        {
          id: 'c-07-03',
          name: '银湾社区',
          grids: 2,
          station: {
            name: '银湾社区退役军人服务站',
            address: '南湾大道138号银湾社区党群服务中心一楼',
            phone: '0756-2740517',
          },
        },
        {
          id: 'c-07-04',
          name: '作物社区',
          grids: 2,
          station: {
            name: '作物社区退役军人服务站',
            address: '作物路18号作物社区党群服务中心一楼',
            phone: '0756-3259451',
          },
        },
        {
          id: 'c-07-05',
          name: '石角社区',
          grids: 2,
          station: {
            name: '石角社区退役军人服务站',
            address: '湾仔路80号石角社区党群服务中心一楼',
            phone: '0756-2959490',
          },
        },
        {
          id: 'c-07-06',
          name: '沙脊社区',
          grids: 2,
          station: {
            name: '沙脊社区退役军人服务站',
            address: '银湾路93号沙脊社区党群服务中心一楼',
            phone: '0756-8817185',
          },
        },
        {
          id: 'c-07-07',
          name: '鸭涌社区',
          grids: 3,
          station: {
            name: '鸭涌社区退役军人服务站',
            address: '南湾大道83号鸭涌社区党群服务中心一楼',
            phone: '0756-8580833',
          },
        },
        {
          id: 'c-07-08',
          name: '隆盛社区',
          grids: 5,
          station: {
            name: '隆盛社区退役军人服务站',
            address: '作物路8号隆盛社区党群服务中心一楼',
            phone: '0756-8157769',
          },
        },
        {
          id: 'c-07-09',
          name: '红东社区',
          grids: 4,
          station: {
            name: '红东社区退役军人服务站',
            address: '湾仔路2号红东社区党群服务中心一楼',
            phone: '0756-3384640',
          },
        },
      ],
    },
    {
      id: 's-08',
      name: '狮山街道',
      roads: ['柠溪路', '紫荆路', '狮山路', '健民路', '教育路'],
      communities: [
        {
          id: 'c-08-01',
          name: '狮山社区',
          grids: 2,
          station: {
            name: '狮山社区退役军人服务站',
            address: '柠溪路20号狮山社区党群服务中心一楼',
            phone: '0756-3468875',
          },
        },
        {
          id: 'c-08-02',
          name: '紫荆社区',
          grids: 5,
          station: {
            name: '紫荆社区退役军人服务站',
            address: '紫荆路103号紫荆社区党群服务中心一楼',
            phone: '0756-8533881',
          },
        },
        {
          id: 'c-08-03',
          name: '南村社区',
          grids: 6,
          station: {
            name: '南村社区退役军人服务站',
            address: '狮山路1号南村社区党群服务中心一楼',
            phone: '0756-8018224',
          },
        },
        {
          id: 'c-08-04',
          name: '教育社区',
          grids: 4,
          station: {
            name: '教育社区退役军人服务站',
            address: '健民路108号教育社区党群服务中心一楼',
            phone: '0756-2359026',
          },
        },
        {
          id: 'c-08-05',
          name: '岭南社区',
          grids: 3,
          station: {
            name: '岭南社区退役军人服务站',
            address: '教育路61号岭南社区党群服务中心一楼',
            phone: '0756-2136280',
          },
        },
        {
          id: 'c-08-06',
          name: '吉祥社区',
          grids: 2,
          station: {
            name: '吉祥社区退役军人服务站',
            address: '柠溪路59号吉祥社区党群服务中心一楼',
            phone: '0756-8583897',
          },
        },
        {
          id: 'c-08-07',
          name: '海华社区',
          grids: 5,
          station: {
            name: '海华社区退役军人服务站',
            address: '紫荆路160号海华社区党群服务中心一楼',
            phone: '0756-3876922',
          },
        },
        {
          id: 'c-08-08',
          name: '健民社区',
          grids: 6,
          station: {
            name: '健民社区退役军人服务站',
            address: '狮山路14号健民社区党群服务中心一楼',
            phone: '0756-8447275',
          },
        },
        {
          id: 'c-08-09',
          name: '柠溪社区',
          grids: 4,
          station: {
            name: '柠溪社区退役军人服务站',
            address: '健民路80号柠溪社区党群服务中心一楼',
            phone: '0756-2793469',
          },
        },
        {
          id: 'c-08-10',
          name: '兴华社区',
          grids: 4,
          station: {
            name: '兴华社区退役军人服务站',
            address: '教育路164号兴华社区党群服务中心一楼',
            phone: '0756-2600541',
          },
        },
        {
          id: 'c-08-11',
          name: '南香社区',
          grids: 2,
          station: {
            name: '南香社区退役军人服务站',
            address: '柠溪路34号南香社区党群服务中心一楼',
            phone: '0756-3493213',
          },
        },
        {
          id: 'c-08-12',
          name: '东桥社区',
          grids: 5,
          station: {
            name: '东桥社区退役军人服务站',
            address: '紫荆路100号东桥社区党群服务中心一楼',
            phone: '0756-2320178',
          },
        },
        {
          id: 'c-08-13',
          name: '翠园社区',
          grids: 2,
          station: {
            name: '翠园社区退役军人服务站',
            address: '狮山路57号翠园社区党群服务中心一楼',
            phone: '0756-8226776',
          },
        },
      ],
    },
    {
      id: 's-09',
      name: '凤山街道',
      roads: ['凤山路', '银石路', '石溪路', '翠湖路'],
      communities: [
        {
          id: 'c-09-01',
          name: '凤山社区',
          grids: 3,
          station: {
            name: '凤山社区退役军人服务站',
            address: '凤山路33号凤山社区党群服务中心一楼',
            phone: '0756-3802989',
          },
        },
        {
          id: 'c-09-02',
          name: '凤霞社区',
          grids: 4,
          station: {
            name: '凤霞社区退役军人服务站',
            address: '银石路151号凤霞社区党群服务中心一楼',
            phone: '0756-3839109',
          },
        },
        {
          id: 'c-09-03',
          name: '凤鸣社区',
          grids: 5,
          station: {
            name: '凤鸣社区退役军人服务站',
            address: '石溪路27号凤鸣社区党群服务中心一楼',
            phone: '0756-8105042',
          },
        },
        {
          id: 'c-09-04',
          name: '银石社区',
          grids: 3,
          station: {
            name: '银石社区退役军人服务站',
            address: '翠湖路120号银石社区党群服务中心一楼',
            phone: '0756-8132960',
          },
        },
        {
          id: 'c-09-05',
          name: '石溪社区',
          grids: 6,
          station: {
            name: '石溪社区退役军人服务站',
            address: '凤山路103号石溪社区党群服务中心一楼',
            phone: '0756-3888916',
          },
        },
        {
          id: 'c-09-06',
          name: '翠湖社区',
          grids: 3,
          station: {
            name: '翠湖社区退役军人服务站',
            address: '银石路111号翠湖社区党群服务中心一楼',
            phone: '0756-2861122',
          },
        },
        {
          id: 'c-09-07',
          name: '山湖社区',
          grids: 5,
          station: {
            name: '山湖社区退役军人服务站',
            address: '石溪路52号山湖社区党群服务中心一楼',
            phone: '0756-8665077',
          },
        },
        {
          id: 'c-09-08',
          name: '长南社区',
          grids: 2,
          station: {
            name: '长南社区退役军人服务站',
            address: '翠湖路154号长南社区党群服务中心一楼',
            phone: '0756-8020629',
          },
        },
        {
          id: 'c-09-09',
          name: '金峰社区',
          grids: 4,
          station: {
            name: '金峰社区退役军人服务站',
            address: '凤山路161号金峰社区党群服务中心一楼',
            phone: '0756-8763613',
          },
        },
        {
          id: 'c-09-10',
          name: '福宁社区',
          grids: 2,
          station: {
            name: '福宁社区退役军人服务站',
            address: '银石路54号福宁社区党群服务中心一楼',
            phone: '0756-2157491',
          },
        },
      ],
    },
    {
      id: 's-10',
      name: '南屏镇',
      roads: ['南屏路', '永济路', '北山路', '洪湾路', '广生路'],
      communities: [
        {
          id: 'c-10-01',
          name: '永济社区',
          grids: 5,
          station: {
            name: '永济社区退役军人服务站',
            address: '南屏路36号永济社区党群服务中心一楼',
            phone: '0756-3896958',
          },
        },
        {
          id: 'c-10-02',
          name: '南屏社区',
          grids: 2,
          station: {
            name: '南屏社区退役军人服务站',
            address: '永济路64号南屏社区党群服务中心一楼',
            phone: '0756-8226165',
          },
        },
        {
          id: 'c-10-03',
          name: '北山社区',
          grids: 4,
          station: {
            name: '北山社区退役军人服务站',
            address: '北山路51号北山社区党群服务中心一楼',
            phone: '0756-3595917',
          },
        },
        {
          id: 'c-10-04',
          name: '洪湾社区',
          grids: 5,
          station: {
            name: '洪湾社区退役军人服务站',
            address: '洪湾路76号洪湾社区党群服务中心一楼',
            phone: '0756-3412540',
          },
        },
        {
          id: 'c-10-05',
          name: '广生社区',
          grids: 5,
          station: {
            name: '广生社区退役军人服务站',
            address: '广生路49号广生社区党群服务中心一楼',
            phone: '0756-2936272',
          },
        },
        {
          id: 'c-10-06',
          name: '濂泉社区',
          grids: 6,
          station: {
            name: '濂泉社区退役军人服务站',
            address: '南屏路131号濂泉社区党群服务中心一楼',
            phone: '0756-2118343',
          },
        },
        {
          id: 'c-10-07',
          name: '屏北社区',
          grids: 4,
          station: {
            name: '屏北社区退役军人服务站',
            address: '永济路122号屏北社区党群服务中心一楼',
            phone: '0756-8499679',
          },
        },
        {
          id: 'c-10-08',
          name: '屏东社区',
          grids: 6,
          station: {
            name: '屏东社区退役军人服务站',
            address: '北山路129号屏东社区党群服务中心一楼',
            phone: '0756-2308164',
          },
        },
        {
          id: 'c-10-09',
          name: '南坑社区',
          grids: 2,
          station: {
            name: '南坑社区退役军人服务站',
            address: '洪湾路90号南坑社区党群服务中心一楼',
            phone: '0756-8895620',
          },
        },
        {
          id: 'c-10-10',
          name: '竹仙洞社区',
          grids: 2,
          station: {
            name: '竹仙洞社区退役军人服务站',
            address: '广生路148号竹仙洞社区党群服务中心一楼',
            phone: '0756-2668657',
          },
        },
        {
          id: 'c-10-11',
          name: '十二村社区',
          grids: 3,
          station: {
            name: '十二村社区退役军人服务站',
            address: '南屏路85号十二村社区党群服务中心一楼',
            phone: '0756-3988999',
          },
        },
        {
          id: 'c-10-12',
          name: '上冲社区',
          grids: 4,
          station: {
            name: '上冲社区退役军人服务站',
            address: '永济路174号上冲社区党群服务中心一楼',
            phone: '0756-8011998',
          },
        },
      ],
    },
  ],
};
