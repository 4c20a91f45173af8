// What makes a name generic: one every jurisdiction has (人民医院, 第一中学,
// 教育局, 督导组, 专题会议), so the name alone never says two articles mean
// the same one. Simplified; read as regular-expression sources.

/** Modifiers that name no particular institution: ordinals, 人民, 中心, 实验 … */
const MODIFIER =
  "(?:第?[一二三四五六七八九十百零〇两\\d]+|人民|中心|实验|职业|中医|中西医结合|妇幼保健|妇幼|儿童|精神卫生|传染病|附属|中等|高级|初级|九年制|十二年制|完全|民族|特殊教育|" +
  "市|县|区|省|州|镇|乡|街道|城关|城区|城南|城北|城东|城西|新区|开发区|机关|直属|公立|私立|民办|公办|示范|重点|寄宿制|技工|卫生|疾病预防控制|疾控|急救|血液|康复|肿瘤|口腔|眼科|骨科|胸科|结核病防治|第?[一二三四五六七八九十]+批)";

/** Nouns of schools, hospitals and universities. */
const INSTITUTION = "(?:医院|卫生院|卫生服务中心|门诊部|诊所|中学|小学|中学校|学校|完小|幼儿园|中心校|高中|初中|高级中学|初级中学|职中|职高|大学|学院|高等专科学校|技师学院|技工学校|中专)";

export const GENERIC_INSTITUTION = new RegExp(`^${MODIFIER}*${INSTITUTION}$`, "u");

/** Words before a meeting noun that name no particular gathering (专题, 视频, 工作, 第3次 …). */
export const GENERIC_MEETING_MODIFIER = new RegExp(
  "^(?:全体|专题|工作|扩大|视频|电视电话|紧急|常务|党组|党委|理论学习中心组|中心组|推进|部署|调度|协调|联席|现场|座谈|汇报|反馈|动员|培训|总结|" +
    "表彰|新闻|情况|疫情防控|防控|出征|欢送|启动|揭牌|第[一二三四五六七八九十百\\d]+次)",
  "u",
);

/** Tours and visits named by their verb alone (调研, 督导检查). */
export const TOUR_WORDS = ["调研", "督导", "检查", "督导检查", "督查", "视察", "考察", "走访", "慰问", "暗访", "巡查", "指导", "调研指导", "检查指导", "督导调研"];

/** Team names with nothing particular: 督导组, 工作组, 医疗队, 检查组 … */
export const GENERIC_TEAM = new RegExp(
  "^(?:联合|专项|综合|临时|巡回|疫情防控|防控|应急|医疗|救援|技术|专家|指导|督导|督查|检查|核查|调查|工作|服务|志愿|宣讲)*(?:组|队|团|小分队|专班)$",
  "u",
);
