// Generic word stock for the synthetic corpus, in Simplified script (the
// Traditional half is converted afterwards). Names and places are assembled
// from these characters; nothing here is a name taken from an article.

/** Common surnames, most frequent first (a Zipf pick favours the front). */
export const SURNAMES = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾郝龚邵万钱严覃武戴莫孔向汤",
];

/** Characters for given names. Not 杰: OpenCC's Traditional writes it 傑 in some words (杰秀) and not alone, so such a name would not read back the same. */
export const GIVEN_CHARS = [
  ..."建国华明伟军平志红光辉春林海东玉金秀英丽芳敏静强磊洋勇涛鹏飞斌宇浩文博思雨晨阳峰刚亮波宏新庆世德永安福祥瑞嘉俊凯毅坤振兴忠诚立成学正中天和清泽润晓雪梅兰云霞莉娟婷倩彬琳旭升健卫松柏锋超达宁远航毓岚慧颖佳蕾",
];

/** Syllables for place names: a first and a second character. */
export const PLACE_FIRST = [..."青柳云江安平临东西南北宁泰嘉丰永长兴华明清昌顺阳宜龙凤玉金银石桐松梅兰溪湘沅岳衡崇德怀仁"];
export const PLACE_SECOND = [..."川山河阳州原林湖溪岭宁安平城江水口田谷源泉峰台关陵丘洲浦塘"];

/** Road names for primary schools (X路小学). */
export const ROADS = [..."文化建设人民解放和平胜利新华中山育才光明东风红旗朝阳幸福民主团结"].reduce<string[]>(
  (out, _c, i, all) => (i % 2 === 0 ? [...out, all[i] + all[i + 1]] : out),
  [],
);

/** Chinese numerals 1..10 for 第N中学, 第N附属医院, 第N批. */
export const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** Kinds of university, written after a place name. */
export const UNIVERSITY_KINDS = ["大学", "医科大学", "师范大学", "理工大学", "中医药大学", "财经学院", "医学院", "职业技术学院", "农业大学", "交通学院"];

/** Topics that run through the genre (what meetings and notices are about). */
export const TOPICS = [
  "疫情防控",
  "新型冠状病毒肺炎疫情防控",
  "开学准备",
  "秋季学期开学",
  "春季学期开学",
  "校园安全",
  "线上教学",
  "防汛救灾",
  "安全生产",
  "复工复产",
  "高考组织",
  "招生考试",
  "学生资助",
  "教师培训",
  "食品安全",
  "平安校园建设",
  "心理健康教育",
  "控辍保学",
  "“双减”",
  "寒假留校学生管理",
  "毕业生就业",
  "医疗救治",
  "院感防控",
  "物资保障",
  "春耕生产",
  "民生保障",
  "基础教育高质量发展",
  "师德师风建设",
  "冬季传染病防控",
  "健康监测",
];

/** Opening words of a document title, before the topic. */
export const NOTICE_LEADS = ["关于做好", "关于进一步做好", "关于切实加强", "关于认真做好", "关于全面落实", "关于加快推进", "关于扎实开展", "关于深入开展", "关于规范", "关于统筹做好"];
/** Who a document is about, between its lead and its topic. */
export const NOTICE_SCOPES = ["", "学校", "全省教育系统", "全市中小学", "高等学校", "幼儿园", "寒假期间", "各级各类学校", "医疗机构", "基层"];
/** What kind of document it is. */
export const NOTICE_KINDS = ["工作的通知", "工作的紧急通知", "工作的指导意见", "工作的实施方案", "工作的实施意见", "工作的补充通知", "专项督导的通知", "工作的应急预案"];
/** Titled documents that do not follow the 关于…通知 pattern. */
export const NOTICE_OTHER = ["{scope}{topic}工作提醒卡", "致全体师生的一封信", "致家长的一封信", "{scope}{topic}工作手册", "{scope}{topic}倡议书", "{scope}{topic}应急预案", "{scope}{topic}责任清单"];

/** Meetings named after the body that holds them. */
export const BODY_MEETINGS = ["常务会议", "党组会", "党组扩大会议", "专题会议", "办公会", "工作会议", "视频会议", "调度会", "推进会", "部署会"];
/** Meetings named after their topic. */
export const TOPIC_MEETING_SUFFIXES = ["专题会议", "工作会议", "研判会", "推进会", "调度会", "部署会", "视频会议", "座谈会", "培训会"];
/** Tours, written as a meeting node (调研, 检查, 督导). */
export const TOURS = ["调研", "调研指导", "检查", "督导", "督查", "实地察看", "考察"];

/** What leaders do at a meeting: clauses to follow 会议/主持召开…. */
export const MEETING_PURPOSES = [
  "传达学习上级有关会议精神",
  "研究部署下一阶段工作",
  "分析研判当前形势",
  "听取有关情况汇报",
  "安排部署近期重点工作",
  "对{topic}工作进行再动员、再部署",
  "研究解决{topic}中的突出问题",
  "通报前期{topic}工作开展情况",
  "审议有关工作方案",
  "总结前一阶段工作",
];

/** Requirements a leader states: 要求…/强调…. */
export const REQUIREMENTS = [
  "压实工作责任",
  "细化各项措施",
  "加强值班值守",
  "做好信息报送",
  "强化督促检查",
  "确保各项工作落到实处",
  "守牢安全底线",
  "坚持问题导向",
  "加强统筹协调",
  "做到早发现、早报告、早处置",
  "切实维护师生健康安全",
  "把各项工作抓细抓实",
  "关口前移、精准施策",
  "畅通信息渠道",
];

/** What a tour looks at: 实地察看…情况. */
export const INSPECTED = ["值班值守", "校园环境", "食堂卫生", "物资储备", "防控措施执行", "学生宿舍管理", "开学准备", "线上教学开展", "预检分诊", "安全隐患排查"];

/** Background and closing sentences with no event in them. */
export const BACKGROUND = [
  "疫情就是命令,防控就是责任。",
  "当前正值{topic}的关键时期,形势严峻复杂。",
  "{main}高度重视,第一时间成立工作专班,嵌入式推进各项工作。",
  "全系统上下闻令而动,各项工作有序推进。",
  "为切实做好{topic}工作,{main}迅速行动,周密部署。",
  "各地各校认真落实各项要求,工作取得阶段性成效。",
  "下一步,{main}将继续坚持问题导向,推动各项措施落地见效。",
  "广大干部职工坚守岗位,连续奋战,展现了良好的精神风貌。",
  "据了解,此前相关部门已多次召开会议进行专题研究。",
  "截至目前,各项工作进展顺利,秩序总体平稳。",
];

/** Longer sentences of comment that follow the events of a day. */
export const COMMENTARY = [
  "会议强调,要把思想和行动统一到上级决策部署上来,坚定信心、压实责任,确保各项工作措施落细落小落实。",
  "会议要求,各地各单位要增强责任感和紧迫感,主要负责同志要靠前指挥,分管负责同志要盯紧抓实,确保不留死角、不留盲区。",
  "会议指出,当前工作形势依然复杂,要坚持底线思维,密切跟踪研判,及时调整完善工作预案,做到科学应对、有序处置。",
  "各部门各单位要加强沟通协调,建立健全信息共享和联动机制,形成工作合力,切实做到守土有责、守土担责、守土尽责。",
  "要加强宣传引导,及时回应社会关切,引导广大师生和家长科学认识、理性看待,营造良好的舆论氛围。",
  "要严格落实值班值守和信息报告制度,对重要情况第一时间报告、第一时间处置,坚决杜绝迟报、漏报、瞒报。",
  "要关心关爱一线工作人员,统筹安排好轮休轮换,做好后勤服务保障,让大家安心、放心投入工作。",
  "要坚持分类指导,针对不同地区、不同学段的实际情况,细化工作方案,做到一校一策、精准施策。",
  "与会同志围绕有关工作进行了深入讨论,并结合各自分管领域提出了具体意见和建议。",
  "要加强督促检查,对工作不力、措施不实的单位和个人,依规依纪严肃追究责任。",
];

/** Purposes of a document, after 印发《…》,. */
export const NOTICE_PURPOSES = [
  "从{n}个方面对{topic}工作提出明确要求",
  "明确了各项工作的时间表和责任人",
  "对重点群体、重点环节、重点措施进一步强化部署",
  "要求各地各校结合实际抓好贯彻落实",
  "为全系统做好{topic}工作提供了可操作的工作方案",
  "全面部署{topic}各项任务",
];

/** Medical teams and working teams. */
export const TEAM_KINDS = ["医疗队", "援助医疗队", "医疗救治队", "工作组", "督导组", "检查组", "专家组"];
/** Places a team goes to help (generic provinces and cities are added by the world). */
export const AID_VERBS = ["驰援", "支援", "奔赴"];
