// Organisation names end in a suffix that gives their type. Longest suffix wins
// (附属医院 before 医院, 领导小组 before 小组).
import type { NodeType } from "../../graph/contract";

export const ORG_SUFFIXES: [string, NodeType][] = [
  // hospitals
  ["附属医院", "hospital"], ["医院", "hospital"], ["卫生院", "hospital"], ["妇幼保健院", "hospital"],
  ["保健院", "hospital"], ["中医院", "hospital"],
  // universities and colleges
  ["大学", "university"], ["学院", "university"], ["高等专科学校", "university"], ["专科学校", "university"],
  ["党校", "university"],
  // schools
  ["幼儿园", "school"], ["幼稚园", "school"], ["中学", "school"], ["小学", "school"], ["高中", "school"], ["初中", "school"],
  ["学校", "school"], ["职校", "school"], ["一中", "school"], ["二中", "school"], ["三中", "school"],
  ["四中", "school"], ["五中", "school"], ["六中", "school"], ["七中", "school"], ["八中", "school"],
  ["九中", "school"], ["十中", "school"], ["一小", "school"], ["二小", "school"], ["三小", "school"],
  ["四小", "school"], ["五小", "school"], ["六小", "school"], ["七小", "school"], ["八小", "school"],
  ["九小", "school"], ["实验学校", "school"], ["附中", "school"], ["附小", "school"],
  // groups formed for a task
  ["医疗队", "group"], ["医疗组", "group"], ["工作组", "group"], ["督查组", "group"], ["检查组", "group"],
  ["督导组", "group"], ["巡查组", "group"], ["专家组", "group"], ["调研组", "group"], ["指导组", "group"],
  ["工作队", "group"], ["突击队", "group"], ["服务队", "group"], ["志愿队", "group"], ["小分队", "group"],
  ["救援队", "group"], ["防疫队", "group"], ["考察团", "group"], ["代表团", "group"], ["巡视组", "group"], ["督察组", "group"], ["监督组", "group"], ["工作专班", "group"], ["专班", "group"], ["专家团队", "group"], ["医疗团队", "group"], ["帮扶团队", "group"], ["专家服务团", "group"], ["应急队", "group"], ["救护队", "group"], ["保障队", "group"], ["巡察组", "group"], ["核查组", "group"], ["调查组", "group"], ["评估组", "group"], ["验收组", "group"], ["考核组", "group"], ["暗访组", "group"], ["宣讲团", "group"],
  // agencies: leading groups and command centres first
  ["领导小组", "agency"], ["领导组", "agency"], ["指挥部", "agency"],
  ["委员会", "agency"], ["人民政府", "agency"], ["政府", "agency"], ["办公室", "agency"], ["办公厅", "agency"],
  ["新闻办", "agency"], ["招办", "agency"], ["教体局", "agency"], ["卫健委", "agency"], ["发改委", "agency"],
  ["工委", "agency"], ["党委", "agency"], ["省委", "agency"], ["市委", "agency"], ["县委", "agency"],
  ["区委", "agency"], ["州委", "agency"], ["纪委", "agency"], ["监委", "agency"], ["国务院", "agency"],
  ["天文台", "agency"], ["议会", "agency"], ["站", "agency"], ["总队", "agency"], ["支队", "agency"], ["大队", "agency"], ["中心", "agency"], ["督导室", "agency"], ["厅", "agency"], ["局", "agency"], ["委", "agency"],
  ["办", "agency"], ["部", "agency"], ["署", "agency"], ["处", "agency"], ["院", "agency"], ["研究所", "agency"], ["派出所", "agency"],
  ["事务所", "agency"], ["理论学习中心组", "agency"], ["人民法庭", "agency"], ["法庭", "agency"], ["学习中心组", "agency"], ["人大常委会", "agency"], ["政协", "agency"], ["区公所", "agency"], ["乡公所", "agency"], ["镇公所", "agency"], ["市公所", "agency"],
];

/**
 * Words that end in a suffix character but are not organisations
 * (部署 ends in 署, 大局 in 局). Checked against the text ending at the suffix.
 */
export const NOT_ORG_ENDINGS = [
  "部署", "签署", "大局", "全局", "布局", "格局", "结局", "当局", "开局", "举办", "主办", "承办", "协办",
  "督办", "创办", "开办", "兴办", "包办", "查办", "怎么办", "全部", "内部", "外部", "局部", "干部", "基层",
  "东部", "西部", "南部", "北部", "中部", "头部", "本部", "大厅", "餐厅", "客厅", "展厅", "住院", "出院",
  "入院", "全院", "本院", "我院", "该院", "此院", "教室", "科室", "会议室", "实验室", "处室", "值班室",
  "诊室", "病室", "寝室", "一处", "各处", "到处", "好处", "难处", "之处", "何处", "此处", "公司", "上司",
  "场所", "处所", "住所", "诊所", "所", "车站", "网站", "站", "中心", "市中心", "核心", "重心", "信心",
  "决心", "用心", "爱心", "耐心", "细心", "关心", "放心", "安心", "暖心", "齐心", "同心", "民心", "人心",
  "核心", "初心", "开会", "大会", "会", "常委会", "学会", "社会", "机会", "体会", "领会", "理会", "约会",
  "不会", "都会", "将会", "才会", "就会", "也会", "还会", "协会", "晚会", "宴会", "聚会", "例会", "年会",
  "省委", "市委", "县委", "区委", "党委", "纪委", "工委", "主委", "编委", "常委", "委", "政府", "医院",
  "卫生院", "学院", "大学", "中学", "小学", "学校", "幼儿园", "高中", "初中", "党校", "该局", "本局",
  "我局", "该厅", "本厅", "我厅", "该委", "我委", "该办", "我办", "本办", "该部", "我部", "本部", "该校",
  "我校", "本校", "全校", "各校", "高校", "院校", "名校", "母校", "学校", "各地", "办公", "局", "厅", "部",
  "署", "处", "司", "室", "院", "办", "该中心", "本中心", "各部", "各局", "各厅", "各委", "各办",
];

/**
 * Words that may start an organisation's name without a place before them:
 * a body of the whole country or a province-level short form (省教育厅).
 */
export const ORG_LEVEL_PREFIXES = ["省", "市", "县", "区", "州", "镇", "乡", "村", "国家", "中央", "全国", "自治区", "校", "院"];

/** Abbreviation pairs: the short form stands for the full one inside names. */
export const ABBREVIATIONS: [string, string][] = [
  ["教体局", "教育体育局"],
  ["卫健委", "卫生健康委员会"],
  ["卫健局", "卫生健康局"],
  ["卫计委", "卫生和计划生育委员会"],
  ["发改委", "发展和改革委员会"],
  ["人社局", "人力资源和社会保障局"],
  ["人社厅", "人力资源和社会保障厅"],
  ["市监局", "市场监督管理局"],
  ["新闻办", "新闻办公室"],
  ["招办", "招生办公室"],
  ["招办", "招生考试办公室"],
  ["医管局", "医院管理局"],
  ["工信厅", "工业和信息化厅"],
  ["工信局", "工业和信息化局"],
  ["住建局", "住房和城乡建设局"],
  ["住建厅", "住房和城乡建设厅"],
  ["政府办", "政府办公室"],
  ["疾控中心", "疾病预防控制中心"],
  ["应急局", "应急管理局"],
  ["教育工委", "教育工作委员会"],
  ["高校工委", "高校工作委员会"],
];
