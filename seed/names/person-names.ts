/**
 * Name tables for synthetic people. Surnames are weighted by how common they are in Guangdong and
 * nationally; given names change with the generation a person was born into. No name of a
 * real person from the seed article is built on purpose; `REAL_NAMES_TO_AVOID` is checked by the generator.
 */

/** [surname, weight] */
export const SURNAMES: [string, number][] = [
  ['陈', 90], ['李', 80], ['黄', 70], ['张', 65], ['梁', 50], ['林', 48], ['刘', 48], ['王', 45], ['吴', 35],
  ['杨', 30], ['何', 30], ['郑', 28], ['罗', 26], ['周', 24], ['冯', 22], ['谢', 22], ['钟', 20], ['赵', 18],
  ['徐', 18], ['朱', 17], ['许', 16], ['邓', 16], ['曾', 16], ['叶', 15], ['卢', 14], ['苏', 14], ['蔡', 13],
  ['胡', 13], ['郭', 12], ['孙', 12], ['马', 11], ['潘', 11], ['廖', 11], ['彭', 10], ['唐', 10], ['余', 10],
  ['赖', 9], ['邱', 8], ['谭', 9], ['莫', 8], ['方', 8], ['高', 8], ['肖', 8], ['温', 7], ['区', 6],
  ['麦', 6], ['欧', 5], ['关', 6], ['袁', 6], ['宋', 6], ['韩', 6], ['曹', 5], ['田', 5], ['董', 5],
  ['于', 5], ['蒋', 5], ['杜', 5], ['程', 5], ['魏', 5], ['吕', 5], ['丁', 5], ['任', 5], ['沈', 5],
  ['姚', 5], ['姜', 4], ['崔', 4], ['陆', 4], ['汪', 4], ['范', 4], ['金', 4], ['石', 4], ['贾', 4],
  ['夏', 4], ['韦', 4], ['付', 4], ['白', 4], ['邹', 4], ['孟', 4], ['熊', 4], ['秦', 4], ['江', 4],
  ['尹', 3], ['薛', 3], ['段', 3], ['雷', 3], ['侯', 3], ['龙', 3], ['史', 3], ['陶', 3], ['黎', 4],
  ['贺', 3], ['顾', 3], ['毛', 3], ['龚', 3], ['严', 3], ['覃', 3], ['戴', 3], ['孔', 2], ['汤', 2],
  ['欧阳', 2], ['司徒', 1], ['上官', 1],
];

/** Given names by the generation a person was born into and by gender (split on spaces). */
export const GIVEN_NAMES = {
  /** Born before 1960. */
  early: {
    male: '建国 卫国 振华 志强 德明 国庆 宝树 永福 长生 锦华 荣光 金水 炳坤 家祥 庆林 耀宗 树森 伟民 爱国 援朝 跃进 立新 向东 红兵 胜利 德胜 海生 福全 汉章 国栋 光明 新民 文华 炳南 英 忠 杰 华',
    female: '秀英 桂英 玉兰 凤珍 淑珍 秀兰 桂兰 玉珍 美华 金凤 丽华 月娥 素芬 爱华 红梅 淑芳 翠屏 惠珍',
  },
  /** Born 1960-1979. */
  middle: {
    male: '伟 军 勇 刚 强 斌 峰 辉 明 杰 涛 鹏 东平 俊 海波 志红 卫兵 建新 建军 晓东 小龙 国强 少华 锦荣 伟雄 振宇 永强 志勇 卫东 海军 剑锋 国良 宏伟 学军 红军 利民 炳辉 耀明',
    female: '丽 红 燕 萍 敏 霞 艳 芳 玲 娟 静 慧 晓梅 春梅 海燕 丽娟 秀芳 少娟 美玲 惠玲',
  },
  /** Born 1980 and later. */
  late: {
    male: '浩 宇 轩 博文 俊杰 鑫 磊 超 帆 阳 晨 睿 哲 昊然 嘉豪 子健 志豪 宇航 俊熙 铭泽 天佑 家乐 梓轩 浩然 文杰 锦鹏 泽宇 志鹏 伟杰 晓峰 振东 家俊',
    female: '婷 雪 颖 琳 欣怡 思雨 佳敏 诗琪 嘉慧 晓彤 梓涵 雅婷 楚瑶 晓琳 慧敏 嘉欣',
  },
};

/**
 * Real people named in the seed article. The generator never produces these names for synthetic
 * people (a generated collision is re-drawn).
 */
export const REAL_NAMES_TO_AVOID = new Set([
  '古文忠', '李记元', '杨金岷', '柳华明', '马涛', '邱世德', '罗功德', '禹华超', '黄腾遵', '刘明华', '苏伟坤', '张晓远',
]);

/** [ethnicity, weight]: the district is overwhelmingly 汉族, with the minorities common in the south. */
export const ETHNICITIES: [string, number][] = [
  ['汉族', 960], ['壮族', 9], ['瑶族', 4], ['畲族', 3], ['回族', 4], ['满族', 4], ['土家族', 4], ['苗族', 4],
  ['黎族', 3], ['蒙古族', 2], ['彝族', 2], ['侗族', 1],
];
