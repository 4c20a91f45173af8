// Long and standard short forms of the words inside body names: each pair
// folds the first into the second, so 苏州市卫生健康委员会 and 苏州市卫健委,
// 教育和体育局 and 教体局 give one name. Applied in this order, longest first
// where one contains another. Simplified.
export const NAME_FOLDS: readonly (readonly [string, string])[] = [
  ["中国共产党", "中共"],
  ["人民政府", "政府"],
  ["卫生和健康委员会", "卫健委"],
  ["卫生健康委员会", "卫健委"],
  ["卫生健康委", "卫健委"],
  ["卫生和计划生育委员会", "卫计委"],
  ["卫生计生委", "卫计委"],
  ["卫生健康局", "卫健局"],
  ["教育和体育局", "教体局"],
  ["教育体育局", "教体局"],
  ["教育和科技局", "教科局"],
  ["教育科技局", "教科局"],
  ["发展和改革委员会", "发改委"],
  ["发展改革委员会", "发改委"],
  ["发展改革委", "发改委"],
  ["人力资源和社会保障", "人社"],
  ["人力资源社会保障", "人社"],
  ["住房和城乡建设", "住建"],
  ["住房城乡建设", "住建"],
  ["市场监督管理", "市场监管"],
  ["疾病预防控制中心", "疾控中心"],
  ["文化和旅游", "文旅"],
  ["文化广电和旅游", "文广旅"],
  ["交通运输", "交通"],
  ["退役军人事务", "退役军人"],
  ["应急管理", "应急"],
  ["医疗保障局", "医保局"],
  ["新闻办公室", "新闻办"],
  ["人民代表大会常务委员会", "人大常委会"],
  ["政治协商会议", "政协"],
  ["纪律检查委员会", "纪委"],
  ["监察委员会", "监委"],
  ["医院管理局", "医管局"],
  ["委员会", "委"],
];

/** Words at the start of a name that begin with a relative jurisdiction character but are not one (市场监管局). */
export const NOT_RELATIVE_STARTS: readonly string[] = [
  "市场", "市民", "市政工程", "市政公用", "市容", "区域", "区块链", "县域", "省级", "市级", "县级", "区级", "州级", "省内", "市内", "县内", "区内",
];
