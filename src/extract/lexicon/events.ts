// Documents, meetings, tours and the verbs that relate people and bodies to
// them (Simplified).

/** A title ending in one of these is a document (a notice in the contract). */
export const DOCUMENT_ENDINGS = [
  "通知", "紧急通知", "补充通知", "方案", "预案", "意见", "指导意见", "实施意见", "办法", "规定", "决定", "通报",
  "公告", "通告", "倡议书", "倡议", "一封信", "公开信", "慰问信", "感谢信", "信", "提醒卡", "明白卡", "卡", "指南",
  "手册", "措施", "计划", "规划", "要点", "细则", "条例", "制度", "清单", "须知", "守则", "标准", "指引", "纲要",
  "报告", "函", "批复", "意见书", "承诺书", "责任书", "流程图", "流程", "告知书", "公约", "章程", "决议", "纪要",
  "答问", "问答", "读本", "策略", "蓝图", "纲领", "计画", "协议", "协议书", "备忘录", "白皮书", "工作方案", "行动方案", "应急预案", "通令", "令",
  // Forms and lists, attached to notices (附件：2.《…统计表》).
  "表", "名单",
];

/** A title ending in one of these names a medium, not a document. */
export const MEDIA_ENDINGS = [
  "报", "日报", "晚报", "网", "台", "电视台", "频道", "栏目", "杂志", "周刊", "APP", "客户端", "公众号", "微博",
  "发布", "在线", "新闻", "之声", "头条", "联播", "早班车", "平台", "号",
];

/** Words around a 《》 that say it is a medium or a platform (在《X》上, 《X》等平台). */
export const MEDIA_CONTEXT_AFTER = ["等平台", "平台", "上发布", "上刊发", "刊发", "报道", "播出", "栏目", "客户端", "微信公众号", "公众号"];
export const MEDIA_CONTEXT_BEFORE = ["在", "登上", "通过", "借助", "做客", "接受"];

/** Meeting nouns, longest first; a meeting name ends in one of them. */
export const MEETING_NOUNS = [
  "电视电话会议", "视频会议", "常务会议", "扩大会议", "专题会议", "工作会议", "联席会议", "全体会议", "座谈会议",
  "会议", "新闻发布会", "发布会", "记者会", "记者招待会", "座谈会", "调度会", "推进会", "部署会", "动员会",
  "培训会", "视频会", "工作会", "专题会", "协调会", "见面会", "恳谈会", "交流会", "分析会", "汇报会", "现场会",
  "研判会", "办公会", "党组会", "常委会", "常务会", "例会", "大会", "全会", "碰头会", "通气会", "说明会",
  "观摩会", "讲评会", "总结会", "启动会", "对接会", "论证会", "评审会", "报告会", "宣讲会", "誓师会", "欢送会",
  "厅务会", "局务会", "院务会", "校务会", "委务会", "党委会", "务虚会", "会商会", "研判会", "分享会", "推介会", "表彰会", "茶话会", "联谊会", "招聘会", "听证会", "展示会", "恳谈会", "协商会",
  "开幕礼", "揭幕礼", "启动礼", "毕业礼", "出征仪式", "仪式", "典礼", "开幕式", "闭幕式", "启动式", "揭牌式", "论坛", "研讨会", "培训班", "讲座", "学习会", "简介会", "介绍会", "简报会", "吹风会", "通报会",
  "应急演练", "演练", "演习", "预演", "专题培训", "集中培训",
];

/** Verbs that hold a meeting (the subject chairs it, or organises it when a body). */
export const HOLD_VERBS = ["主持召开", "组织召开", "召开", "召集", "主持", "举行", "举办", "组织"];

/** Verbs of taking part in a meeting. */
export const ATTEND_VERBS = ["参加", "出席", "列席", "参会", "与会"];

/** What an official does at a meeting when speaking or reporting there. */
export const SPEAK_VERBS = [
  "讲话", "致辞", "发言", "作动员", "作部署", "作报告", "作介绍", "作说明", "汇报", "通报", "传达", "介绍", "宣读",
  "表态", "回答", "答问", "主讲", "解读", "部署", "指出", "强调", "要求", "表示", "提出", "总结", "点评", "宣布",
  "授旗", "授予", "献上", "送上", "献花", "发表", "作了", "做了", "说", "揭牌", "揭幕", "剪彩", "授牌", "颁奖", "签约",
];

/** Tour verbs: going to bodies to inspect or research (a tour is a meeting node). */
export const TOUR_VERBS = [
  "考察交流", "调研交流", "巡回指导", "蹲点指导", "上门指导", "现场指导", "调研指导", "督导检查", "检查指导", "实地检查", "实地督导", "实地调研", "实地察看", "调研", "检查", "督导",
  "督查", "督察", "考察", "视察", "慰问", "巡查", "暗访", "察看", "查看", "看望", "走访",
];

/** Going to a place: 到, 赴, 来到, 深入 … then the bodies visited. */
export const GO_VERBS = ["先后到", "先后来到", "先后深入", "先后赴", "先后走访", "先后到访", "到访", "来到", "前往", "深入", "走进", "走访", "参观", "到", "赴"];

/** Issuing a document. */
export const ISSUE_VERBS = ["印发", "下发", "发布", "发出", "制定", "制订", "编制", "出台", "发放", "公布"];

/** Reviewing or referring to a document, which is not issuing it. */
export const NOT_ISSUE_CONTEXT = ["审议", "原则同意", "同意", "根据", "按照", "依据", "按", "遵照", "学习", "传达", "贯彻", "落实"];

/** Sending people who form a team. */
export const DISPATCH_VERBS = ["选派", "派出", "组建", "抽调", "派遣", "委派", "选拔", "组派"];

/** A team going to help a place. */
export const AID_VERBS = ["驰援", "支援", "援助", "奔赴", "赶赴", "出征", "援"];

/** After a meeting noun: the meeting is only referred to (传达…会议精神). */
export const REFERRED_MEETING_AFTER = ["精神", "要求", "部署", "决策"];
export const REFERRED_MEETING_BEFORE = ["传达", "学习", "贯彻", "落实", "按照", "根据", "参照", "会后", "会议精神"];
