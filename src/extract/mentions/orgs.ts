// Organisation and team names, found from their suffix (教育厅, 附属医院,
// 督查组) and extended leftwards to the first boundary word.
import type { NodeType } from "../../graph/contract";
import { ORG_SUFFIXES } from "../lexicon/organisations";
import { CharSet, isHan, leftEdge } from "../scan";
import { nameAt } from "./people";

export interface OrgMention {
  start: number;
  end: number;
  type: NodeType;
  /** The name in the matching view. */
  text: string;
  suffix: string;
  /** A short form written in brackets right after the name: 医院管理局(医管局). */
  bracketAlias?: { start: number; end: number; text: string; /** After the closing bracket. */ outerEnd: number };
}

const suffixesByLastChar = new Map<string, [string, NodeType][]>();
const suffixEnds = new CharSet(ORG_SUFFIXES.map(([s]) => s[s.length - 1]));
for (const entry of [...ORG_SUFFIXES].sort((a, b) => b[0].length - a[0].length)) {
  const last = entry[0][entry[0].length - 1];
  if (!suffixesByLastChar.has(last)) suffixesByLastChar.set(last, []);
  suffixesByLastChar.get(last)!.push(entry);
}

/** The next character turns the suffix into another word (局面, 部门, 部署, 院长, 中学生). */
const BLOCKING_NEXT: Record<string, string> = {
  "": "长",
  部: "长员门署分队位属落件",
  局: "长面势",
  委: "长员托",
  办: "长法理公好事学实成税证结件的了",
  处: "长理置于在分室",
  厅: "长堂",
  署: "长名",
  学: "生城",
  院: "士子内外校长舍区",
  心: "城区",
  会: "议长上后前员同商见",
  组: "成建织长员合",
  队: "伍员长列",
};

/** True when the character after a name ending so turns its last word into another (教育部门, 国务院长). */
export function continuesWord(name: string, next: string | undefined): boolean {
  if (!next) return false;
  return (BLOCKING_NEXT[name[name.length - 1]] ?? BLOCKING_NEXT[""]).includes(next);
}

/** One-character suffixes that share their character with the post after them (消防局长, 财政厅长). */
const FUSES_WITH_HEAD = ["局", "厅", "署", "处"];
/** What before such a post is a rank, not the body's name (副局长, 常务副厅长). */
const FUSED_NOT_CORE = /(副|常务|执行|代理|署理|党组|党委|第一|名誉|[省市县区州])$/;

/** Whole names that are generic words, pronouns or parts of speech, never a body. */
const NOT_BODIES = new Set([
  "政府", "医院", "学院", "大学", "中学", "小学", "学校", "幼儿园", "高中", "初中", "中心", "办公室", "委员会",
  "指挥部", "领导小组", "领导组", "工作组", "医疗队", "督查组", "检查组", "督导组", "专家组", "工作队", "党委", "工委",
  "纪委", "党校", "附属医院", "人民政府", "卫生院", "职校", "附中", "附小", "部署", "签署", "大局", "全局", "布局",
  "格局", "结局", "当局", "举办", "主办", "承办", "协办", "督办", "创办", "开办", "全部", "内部", "外部", "局部",
  "干部", "东部", "西部", "南部", "北部", "中部", "本部", "大厅", "住院", "出院", "入院", "科室", "处室", "教室",
  "会议室", "实验室", "值班室", "到处", "各处", "之处", "此处", "公司", "上司", "场所", "住所", "诊所", "网站",
  "车站", "核心", "信心", "决心", "用心", "爱心", "关心", "放心", "齐心", "同心", "民心", "人心", "初心",
  "高校", "院校", "名校", "母校", "全校", "各校", "本校", "我校", "该校", "全院", "本院", "我院", "该院", "该局",
  "本局", "我局", "该厅", "我厅", "该委", "我委", "该办", "该部", "各部", "各局", "各厅", "各委", "各办", "各级政府",
  "特区政府", "卫生中心", "健康中心", "支队", "总队", "大队", "中队", "司局", "政府总部", "上级政府", "地方政府", "各地政府", "基层政府", "市区", "城区", "医学院", "商学院", "法学院", "文学院", "校医院",
  "学校党委", "医院党委", "学院党委", "学校党总支", "学校团委", "医院团委", "东西部", "中西部", "东中西部", "法院", "检察院", "人民法院", "人民检察院", "人民法庭", "法庭", "中级人民法院", "高级人民法院",
  "中小学校", "中小学", "中小学幼儿园", "幼稚园", "小学", "中学", "方舱医院", "定点医院", "隔离医院", "发热门诊", "支部", "党支部", "一中", "二中", "三中", "四中", "五中", "六中", "七中", "八中", "九中", "十中", "一小", "二小", "三小",
]);

/** A name opening like this is a generic or deictic reference (全厅, 各类学校, 该局, 校医院). */
const GENERIC_OPENERS = /^(全|各|该|本|我|其他|其|每|此|这|那|某|上级|下属|所属|相关|有关|校|院|厅|局)/;
const LEADING_GROUP = /领导小组|领导组|指挥部|工作组|专班/;

/** Ends of names that are words, not bodies (…工作部署, …服务大局). */
const NOT_BODY_ENDINGS = ["东西部", "中西部", "检查站", "卡点", "服务厅", "办事厅", "一键办", "便民办", "高效办", "网上办", "掌上办", "马上办", "就近办", "预约办", "通办", "网办", "帮办", "代办", "即办", "快办", "大厅", "车站", "网站", "加油站", "地铁站", "公交站", "过路处", "住院", "出院", "入院", "急诊部", "门诊部", "住院部", "医务部", "护理部", "一处", "两处", "多处", "该处", "境内", "营办", "承办", "经办", "护老院", "安老院", "老人院", "养老院", "敬老院", "院舍", "合办", "联办", "常委", "部署", "签署", "大局", "全局", "布局", "格局", "举办", "主办", "承办", "督办", "全部", "内部", "局部", "干部", "处室", "科室", "办公", "场所", "网站", "核心", "中心城", "之处"];

/**
 * 食物及卫生局, 工业和信息化部: a 及 or 和 inside a name. The name runs on
 * through it when the words after it are short and the words before it do not
 * end like a body of their own (省政府及省教育厅 are two bodies).
 */
function throughConjunction(view: string, start: number, headStart: number, floor: number, blocked: (i: number) => boolean): number {
  const joiner = view[start - 1];
  // 破裂及医院: nothing of a name after the 及, only the suffix.
  if ((joiner !== "及" && joiner !== "和" && joiner !== "与") || headStart - start > 8 || start >= headStart) return start;
  const left = leftEdge(view, start - 1, { minCore: 1, floor, maxLength: 7, blocked, soft: true });
  if (left < 0) return start;
  const before = view.slice(left, start - 1);
  if (before.length < 2 || before.length > 6) return start;
  // 重要指示和省委: what follows the 和 is a body of its own when it starts with a level.
  if (/^[省市县区州]/.test(view.slice(start, headStart + 1))) return start;
  // 署长邓卓轩及卫生防护中心: a person with a post before the 及 is no part of a name.
  if (/长|记|主任|总监|专员|同志|负责|人员/.test(before)) return start;
  if (ORG_SUFFIXES.some(([suffix]) => before.endsWith(suffix))) return start;
  // 教育局会继续与卫生署: a body then more words before the 与 is a clause, not a name.
  if (/[局署厅委部办院]./.test(before)) return start;
  // 某某有限公司和市中医院: a company before the 和 is a name of its own.
  if (/(公司|集团|企业|市场|超市|商场|宾馆|酒店|工厂|厂)$/.test(before)) return start;
  return left;
}

const CENTRE_KINDS = /(推广|养老服务|居家养老服务|监察及支援|支援|监察|事故|防护|疾病预防控制|疾控|指挥|急救|血液|应急|政务服务|服务|监测|检测|管理|研究|发展|培训|评估|救助|调度|信息|数据|卫生|医疗|保健|指导|控制|防治|救治|教育|考试|技术|保障|治理|执法|应变|应急指挥|调解|服务保障)中心$/;

function typeOfSingleCharYuan(name: string): NodeType {
  if (/医|附/.test(name.slice(0, -1))) return "hospital";
  if (/学/.test(name.slice(0, -1)) && !/研究/.test(name)) return "university";
  return "agency";
}

export function findOrgs(view: string, from: number, to: number, blocked: (i: number) => boolean): OrgMention[] {
  const found: OrgMention[] = [];
  for (let i = from; i < to; i++) {
    if (!suffixEnds.has(view, i)) continue;
    const candidates = suffixesByLastChar.get(view[i]);
    if (!candidates || blocked(i)) continue;
    const end = i + 1;
    for (const [suffix, suffixType] of candidates) {
      const headStart = end - suffix.length;
      if (headStart < from || !view.startsWith(suffix, headStart)) continue;
      const next = view[end] ?? "";
      const blocking = (suffix.length === 1 ? BLOCKING_NEXT[suffix] ?? BLOCKING_NEXT[""] : BLOCKING_NEXT[suffix[suffix.length - 1]]) ?? "";
      // …长 after any suffix is a post word (总队长, 院长), unless the body fuses with it (消防局长 = 消防局 + 局长).
      // Only before the holder's name (消防局长陈建宏): in 郑邦山厅长 the name is the person's.
      const fusedPost = next === "长" && suffix.length === 1 && FUSES_WITH_HEAD.includes(suffix) && nameAt(view, end + 1, to, () => false) !== null;
      if (next && (blocking.includes(next) || next === "长") && !fusedPost) continue;
      let start = leftEdge(view, headStart, {
        minCore: suffix.length === 1 ? 1 : 0,
        // 联合工作组, 督导委员会: a team or a body may be named by what it does.
        keepInternalAtHead: suffixType === "group" || /^(领导小组|领导组|指挥部|委员会|工作专班|中心)$/.test(suffix),
        floor: from,
        maxLength: 26,
        blocked,
      });
      if (start < 0) continue;
      // 劳工及福利局局长 is the body and its full post, not a fused one.
      if (fusedPost && (headStart - start < 2 || view[headStart - 1] === suffix || FUSED_NOT_CORE.test(view.slice(start, headStart)))) continue;
      start = throughConjunction(view, start, headStart, from, blocked);
      // 各县(区)教体局: a class of bodies, not one of them.
      if (/各[\u4e00-\u9fff]{0,3}(\([\u4e00-\u9fff]{1,3}\))?$/.test(view.slice(Math.max(from, start - 8), start))) continue;
      // 熟食中心, 市中心: a centre is a body only when its name says what it does.
      if (suffix === "中心" && !CENTRE_KINDS.test(view.slice(start, end))) continue;
      const text = view.slice(start, end);
      // A generic name under the longest suffix (医院党委) is not saved by a shorter one (…党|委).
      if (GENERIC_OPENERS.test(text) && !LEADING_GROUP.test(suffix)) break;
      if (!isHan(view[start]) || NOT_BODIES.has(text) || NOT_BODY_ENDINGS.some((w) => text.endsWith(w))) {
        if (suffix.length >= 2 && NOT_BODIES.has(text.slice(text.length - suffix.length - 2))) break;
        if (/^(学校|医院|学院)/.test(text) && suffix.length >= 2) break;
        continue;
      }
      if (suffix.length === 1 && text.length < 2) continue;
      // 组建两个春防督导组: a count of teams is a kind of team, not one of them.
      if (suffixType === "group" && /(?:[两二三四五六七八九十\d]+|多|若干)[个支批]$/.test(view.slice(Math.max(from, start - 4), start))) break;
      // 此次督察组: a bare team word refers back to a team; it names none.
      if (suffixType === "group" && text === suffix) break;
      // 学校医院, 部分学校: a kind of body, not a name.
      const core = text.slice(0, text.length - suffix.length);
      if (/^约?[\d一二三四五六七八九十百千万两]+[名个所家位]/.test(text)) continue;
      // 乡镇卫生院, 县级医院: a level of body, not one of them.
      if (/^(山区)?(乡镇|县级|市级|省级|村级|镇级|区级|基层|山区|城区|农村|社区)$/.test(text.slice(0, text.length - suffix.length))) break;
      if (/^(学校|医院|单位|部门|企业|机关)$/.test(core) || /^(部分|有关|相关|一些|多所|各类|基层|市州|县区|市县|县市)/.test(text) || /方舱|定点|隔离/.test(core)) continue;
      if (suffixType === "school" && /学年|学期/.test(text)) continue;
      // 市民政局党委: a body's own party committee is the body's, not one of its own.
      if (/^(党委|党组|党总支|党工委)$/.test(suffix) && ORG_SUFFIXES.some(([x, t]) => t === "agency" && x.length === 1 && text.slice(0, -suffix.length).endsWith(x))) break;
      if (suffix === "站" && text.length < 4) continue;
      // 小法庭, 新时代人民法庭: a court is named by its place.
      if (/法庭$/.test(suffix) && (text.length - suffix.length < 2 || /^新时代/.test(text))) continue;
      // 实处, 好处: a 处 body has a name of two characters or more (消防处, 入境处).
      if (suffix === "处" && text.length < 3) continue;
      const type = suffix === "院" ? typeOfSingleCharYuan(text) : suffixType;
      const mention: OrgMention = { start, end, type, text, suffix };
      // 医院管理局(医管局), 洛阳市市场监督管理局(以下简称市市场监管局): the short form in brackets.
      // The short form may be quoted: (以下简称“县教体局”).
      const alias = /^\((以下简称|以下称|下称|简称)?([“"「]?)([\u3400-\u9fff]{2,10})[”"」]?\)/.exec(view.slice(end, end + 20));
      if (alias && alias[3].length < text.length) {
        const at = end + 1 + (alias[1]?.length ?? 0) + alias[2].length;
        mention.bracketAlias = { start: at, end: at + alias[3].length, text: alias[3], outerEnd: end + alias[0].length };
      }
      // 领导小组办公室: the leading group's office stands for the leading group.
      if (/(领导小组|领导组|指挥部)办公室$/.test(text)) {
        const parentEnd = end - 3;
        const parent = view.slice(start, parentEnd);
        if (!NOT_BODIES.has(parent)) found.push({ start, end: parentEnd, type: "agency", text: parent, suffix: parent.slice(-4) });
        break;
      }
      // 政府飞行服务队: a government department named like a team.
      if (type === "group" && /^政府/.test(text)) {
        found.push({ ...mention, type: "agency" });
        break;
      }
      // 党员突击队, 志愿服务队: a kind of team, not a team of the story.
      if (type === "group" && /^(党员|青年|志愿者?|医务|专家|巾帼|青年志愿)$/.test(text.slice(0, text.length - suffix.length))) break;
      // 市教育局督查组: a body's own team, named by the body; the team word is a generic re-mention.
      if (type === "group") {
        const core = text.slice(0, text.length - suffix.length);
        const owner = ORG_SUFFIXES.find(([sfx, t]) => t !== "group" && sfx.length >= 1 && core.endsWith(sfx) && core.length > sfx.length);
        if (owner) {
          found.push({ start, end: headStart, type: owner[1], text: core, suffix: owner[0] });
          break;
        }
      }
      found.push(mention);
      break;
    }
  }
  return found;
}

/**
 * Keeps the outermost names: one inside another (the university inside its
 * hospital's name) is returned apart as nested, for relations that need it.
 */
export function outermost<T extends { start: number; end: number }>(mentions: T[]): { top: T[]; nested: T[] } {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const top: T[] = [];
  const nested: T[] = [];
  for (const m of sorted) {
    const last = top[top.length - 1];
    if (last && m.start >= last.start && m.end <= last.end) nested.push(m);
    else if (last && m.start < last.end) {
      // Overlap without containment: keep the longer one.
      if (m.end - m.start > last.end - last.start) {
        nested.push(top.pop()!);
        top.push(m);
      } else nested.push(m);
    } else top.push(m);
  }
  return { top, nested };
}
