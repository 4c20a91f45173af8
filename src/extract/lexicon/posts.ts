// Posts (Simplified). A post is an optional rank prefix, an optional party or
// body prefix, and a head word. The head word also says which kind of body
// the post belongs to, used when the text gives the post without its body.

/** Head words of posts, longest first when matched. */
export const POST_HEADS = [
  "行政长官", "行政总裁", "总经理", "董事长", "理事长", "秘书长", "主任委员", "总督学", "督学", "巡视员",
  "调研员", "专员", "总指挥", "指挥长", "护士长", "总监", "总裁", "司令员", "政委", "首席执行官", "秘书长", "助理",
  "省长", "市长", "县长", "区长", "州长", "镇长", "乡长", "村长", "旗长", "盟长",
  "厅长", "局长", "处长", "科长", "股长", "部长", "司长", "署长", "院长", "校长", "园长", "所长", "站长",
  "总队长", "支队长", "大队长", "中队长", "馆长", "社长", "台长", "行长", "会长", "组长", "队长", "团长", "主任", "主席", "书记", "常委",
  "委员", "经理", "主管", "干事", "党组成员", "党委委员", "议员", "教授", "研究员", "检察长", "庭长",
  "总工程师", "总会计师", "总经济师", "总统计师", "总规划师", "总农艺师", "总审计师", "总师",
];

/** Rank and party prefixes that may stand before a head word (常务副省长, 党委副书记, 四级调研员). */
export const POST_PREFIXES = [
  "常务副", "第一副", "执行副", "副", "常务", "常任", "执行", "第一", "首席", "总", "署理", "代理", "名誉", "政治",
  "党组", "党委", "党工委", "党总支", "党支部", "工会",
  "一级", "二级", "三级", "四级", "正厅级", "副厅级", "正处级", "副处级",
];

/**
 * Short body words that fuse with a head word into one post word, kept whole
 * as the title (省委常委, 宣传部长, 政务司司长). The value names the body the
 * post belongs to, when the text names that body on its own.
 */
export const FUSED_POSTS: Record<string, string | null> = {
  省委常委: "省委",
  市委常委: "市委",
  县委常委: "县委",
  区委常委: "区委",
  州委常委: "州委",
  宣传部长: null,
  组织部长: null,
  统战部长: null,
  政法委书记: null,
  纪委书记: null,
  工会主席: null,
  政务司司长: null,
  财政司司长: null,
  律政司司长: null,
  办公室主任: null,
};

/**
 * For a post written without its body: the kinds of body it belongs to,
 * by the ending of the body's name. 副省长 → a body ending in 省政府 or 省人民政府.
 */
export const POST_BODY_ENDINGS: Record<string, string[]> = {
  省长: ["省人民政府", "省政府"],
  市长: ["市人民政府", "市政府"],
  县长: ["县人民政府", "县政府"],
  区长: ["区人民政府", "区政府"],
  州长: ["州人民政府", "州政府"],
  镇长: ["镇人民政府", "镇政府"],
  乡长: ["乡人民政府", "乡政府"],
  厅长: ["厅"],
  局长: ["局"],
  总队长: ["总队"],
  支队长: ["支队"],
  大队长: ["大队"],
  处长: ["处"],
  部长: ["部"],
  署长: ["署"],
  司长: ["司"],
  院长: ["医院", "学院", "研究院", "院"],
  校长: ["大学", "学院", "学校", "中学", "小学", "学校"],
  园长: ["幼儿园"],
  督学: ["厅", "局"],
  总督学: ["厅", "局"],
  巡视员: ["厅", "局"],
  调研员: ["厅", "局"],
  常委: ["省委", "市委", "县委", "区委", "自治区党委", "州委"],
  主席: ["自治区人民政府", "自治区政府"],
  检察长: ["检察院"],
  庭长: ["法庭", "法院"],
};

/** Heads that mean leading a group (leads), or belonging to it (member_of). */
export const LEADER_HEADS = ["组长", "队长", "团长", "领队", "总指挥", "指挥长"];
export const MEMBER_POSTS = ["副组长", "副队长", "副团长", "副总指挥", "副指挥长", "成员", "组员", "队员", "办公室主任"];

/** Words after a name that are honorifics or forms of address, not posts. */
export const HONORIFICS = ["同志", "先生", "女士", "教授", "医生", "博士", "院士", "老师", "大夫", "主任医师", "护士"];
