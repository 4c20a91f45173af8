// Each relation rule, pinned by short sentences in Simplified and Traditional,
// with the sentences where it must not fire.
import { describe, expect, it } from "vitest";
import { datedTriples, entities, inBothScripts, triples } from "./helpers";

describe("chaired and organized", () => {
  it("a person who 主持召开 a meeting chairs it; the body named in its name organises it", () => {
    inBothScripts("1月21日,省长王建国主持召开省政府常务会议。5日,省政府召开新闻发布会。", (x, w) => {
      expect(triples(x)).toContain(w("王建国 chaired 省政府常务会议"));
      expect(triples(x)).toContain(w("省政府 organized 新闻发布会"));
      expect(datedTriples(x)).toContain(w("王建国 chaired 省政府常务会议 @2020-01-21"));
    });
  });

  it("分别 with two chairs gives two meetings of the same name", () => {
    inBothScripts("1月22日,局长张伟、副局长李红分别召开专题会议。", (x, w) => {
      expect(entities(x).filter((e) => e === w("meeting:专题会议"))).toHaveLength(2);
      const chairs = x.relations.filter((r) => r.relation === "chaired");
      expect(new Set(chairs.map((r) => r.target)).size).toBe(2);
    });
  });

  it("会议由X主持 and 主持仪式的是X point back at the meeting just held", () => {
    inBothScripts("2月2日,县政府召开第五次常务会议。会议由县委书记赵刚主持。县长孙伟在会上讲话。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("赵刚 chaired 第五次常务会议"), w("孙伟 attended 第五次常务会议"), w("县政府 organized 第五次常务会议")]));
      expect(entities(x).filter((e) => e.startsWith("meeting:"))).toHaveLength(1);
    });
    inBothScripts("2月2日上午,市人民医院举行出征仪式,主持仪式的是党委副书记高阳。", (x, w) => {
      expect(triples(x)).toContain(w("高阳 chaired 出征仪式"));
      // Only agencies organise: the hospital holding its own ceremony gets no edge.
      expect(triples(x).some((t) => t.includes("organized"))).toBe(false);
    });
  });

  it("X主持并讲话 with no object chairs the meeting named before", () => {
    inBothScripts("4月12日下午,市委理论学习中心组举行集体学习会。市委书记周明远主持并讲话。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("周明远 chaired 集体学习会"), w("市委理论学习中心组 organized 集体学习会")]));
      expect(triples(x)).not.toContain(w("周明远 attended 集体学习会"));
    });
  });

  it("X出席由A举办的M: A organises it, X attends", () => {
    inBothScripts("9月2日下午,局长邓颖芝出席由教育局举办的新学年学校领导简介会并致辞。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("教育局 organized 新学年学校领导简介会"), w("邓颖芝 attended 新学年学校领导简介会")]));
    });
  });

  it("会议在X主持下召开 chairs the meeting", () => {
    inBothScripts("6月15日下午,县里召开诉源治理工作联席会议。会议在县委常委林晓东主持下召开。", (x, w) => {
      expect(triples(x)).toContain(w("林晓东 chaired 诉源治理工作联席会议"));
    });
  });

  it("topics joined by 和 stay inside a meeting's name; two bodies joined by 和 do not", () => {
    inBothScripts("5月22日上午,省教育厅召开全省教育系统防溺水和汛期安全工作视频会议。", (x, w) => {
      expect(entities(x)).toContain(w("meeting:全省教育系统防溺水和汛期安全工作视频会议"));
    });
    inBothScripts("5月22日,省政府和省教育厅召开工作会议。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("省政府 organized 工作会议"), w("省教育厅 organized 工作会议")]));
    });
  });

  it("a quoted campaign inside a meeting's name; the headline's form of it is the same meeting", () => {
    inBothScripts("盐城税务春风行动新闻发布会召开\n\n3月20日上午,市政府新闻办举行2024年“便民办税春风行动”新闻发布会。", (x, w) => {
      expect(triples(x)).toContain(w("市政府新闻办 organized 2024年“便民办税春风行动”新闻发布会"));
      expect(entities(x).filter((e) => e.startsWith("meeting:"))).toHaveLength(1);
    });
  });

  it("after the verb that holds it, a meeting's name runs back to the verb; 召开的会议 does not take 的", () => {
    inBothScripts("9月4日,副校长蒋文华主持召开2025年度国家自然科学基金申报动员会。", (x, w) => {
      expect(triples(x)).toContain(w("蒋文华 chaired 2025年度国家自然科学基金申报动员会"));
    });
    inBothScripts("1月23日,司长张建宗今早主持第三次督导委员会会议,这是政府须召开的会议。", (x, w) => {
      expect(entities(x).some((e) => e.includes(w("的会议")))).toBe(false);
    });
  });

  it("a meeting only referred to is no meeting", () => {
    inBothScripts("会议传达学习了省委常委会会议精神。", (x) => {
      expect(entities(x).some((e) => e.startsWith("meeting:"))).toBe(false);
    });
  });
});

describe("attended", () => {
  it("出席, 一同出席 and 陪同 attend the meeting or tour in progress", () => {
    inBothScripts("3月5日,市长王建国主持召开市政府常务会议,副市长李明、张华出席会议。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("李明 attended 市政府常务会议"), w("张华 attended 市政府常务会议")]));
    });
    inBothScripts("3月5日,副市长刘洋先后到市第一中学和市实验小学调研,市教育局局长王芳陪同调研。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("刘洋 chaired 调研"), w("王芳 attended 调研")]));
    });
  });

  it("an unnamed representative stands for the body", () => {
    inBothScripts("4月10日,县委书记李强深入县第一中学检查开学准备工作,县教育局局长张伟、县卫健委主要负责人陪同。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("张伟 attended 检查"), w("县卫健委 attended 检查")]));
    });
  });

  it("A、B等28个部门主要负责同志参加: each listed body attends", () => {
    inBothScripts("11月6日,督察进驻动员会在南宁召开。自治区发展改革委、财政厅等28个部门主要负责同志在主会场参加会议。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("自治区发展改革委 attended 动员会"), w("财政厅 attended 动员会")]));
    });
  });

  it("bodies sent by unnamed representatives attend, however long the list before the verb", () => {
    inBothScripts("昨天下午,市政府召开推进会。市民政局、市财政局、市医保局相关负责人,各区政府分管负责同志和县民政局局长参加会议。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("市民政局 attended 推进会"), w("市财政局 attended 推进会"), w("市医保局 attended 推进会")]));
    });
    inBothScripts("4月12日上午,揭牌仪式在市公安局举行。副市长龙振华、市委政法委副书记谭爱华共同为中心揭牌。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("谭爱华 attended 揭牌仪式")]));
    });
  });

  it("everyone listed before 出席, over commas and 以及; the bodies that co-host it do not attend", () => {
    inBothScripts("5月12日上午,开幕式在学校举行。副局长孟庆华,市人社局科长高书文,学院副院长吕文静,以及5家企业负责人应邀出席。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("孟庆华 attended 开幕式"), w("高书文 attended 开幕式"), w("吕文静 attended 开幕式")]));
    });
    inBothScripts("5月8日上午,局长林家豪主持道路安全周开幕礼。开幕礼由运输署与警务处合办,运输署署长邓慧敏、警务处副处长蔡志强亦有出席。", (x, w) => {
      expect(triples(x)).toContain(w("邓慧敏 attended 道路安全周开幕礼"));
      expect(triples(x)).not.toContain(w("运输署 attended 道路安全周开幕礼"));
    });
  });

  it("a name in quotation marks after 举行 is the meeting held", () => {
    inBothScripts("4月18日,市政府在体育公园举行“2024年度防灾演习”。", (x, w) => {
      expect(triples(x)).toContain(w("市政府 organized 2024年度防灾演习"));
    });
  });

  it("the chair is not also an attendee of his own meeting", () => {
    inBothScripts("会议由县长孙伟主持。孙伟在会上讲话。", (x) => {
      expect(triples(x).some((t) => t.includes("attended"))).toBe(false);
    });
  });
});

describe("issued", () => {
  it("a named body issues; a dropped subject is the article's own body, marked inferred", () => {
    const text = "市教育局全力做好开学工作\n\n3月1日,市卫生局印发《关于做好春季传染病防控工作的通知》。3月2日,印发《致全市家长的一封信》。";
    inBothScripts(text, (x, w) => {
      expect(triples(x)).toContain(w("市卫生局 issued 关于做好春季传染病防控工作的通知"));
      const letter = x.relations.find((r) => r.relation === "issued" && r.inferred);
      expect(letter).toBeDefined();
      expect(triples(x)).toContain(w("市教育局 issued 致全市家长的一封信"));
    });
  });

  it("会同A、B联合下发 with no subject: the article's body (or the clause's) issues it with them", () => {
    inBothScripts("伊春市林业和草原局召开会议。3月13日,会同市应急管理局、市气象局联合下发《关于加强预警的通知》。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("伊春市林业和草原局 issued 关于加强预警的通知"), w("市气象局 issued 关于加强预警的通知")]));
    });
    inBothScripts("县委召开会议。8月30日,县教体局印发《开学通知》,并会同县公安局制定《排查清单》。", (x, w) => {
      expect(triples(x)).toContain(w("县教体局 issued 排查清单"));
      expect(triples(x)).not.toContain(w("县委 issued 排查清单"));
    });
  });

  it("approving a document or naming a newspaper issues nothing", () => {
    inBothScripts("会议原则同意《市区道路改造方案》。市民可通过《江城日报》和《江城发布》客户端了解详情。", (x, w) => {
      expect(entities(x)).toEqual([w("notice:市区道路改造方案")]);
      expect(triples(x)).toEqual([]);
    });
  });

  it("a body named inside another body's name in a title is not mentioned by it", () => {
    inBothScripts("会前,市委办公室印发了《关于做好市委理论学习中心组学习的通知》。市委召开会议。市委理论学习中心组举行学习会。", (x, w) => {
      expect(triples(x)).toContain(w("关于做好市委理论学习中心组学习的通知 mentions 市委理论学习中心组"));
      expect(triples(x)).not.toContain(w("关于做好市委理论学习中心组学习的通知 mentions 市委"));
    });
  });

  it("a notice whose title names an entity of the article mentions it", () => {
    inBothScripts("据了解,清风县教育局此前印发了《清风县教育局关于开学工作的通知》。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("清风县教育局 issued 清风县教育局关于开学工作的通知"), w("清风县教育局关于开学工作的通知 mentions 清风县教育局")]));
    });
  });
});

describe("visited and tours", () => {
  it("先后到A、B和C调研: a visit to each body and one tour, but no visit to a company or a place", () => {
    inBothScripts("3月5日,副市长刘洋先后到市第一中学、红星有限公司和市实验小学调研。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("刘洋 visited 市第一中学"), w("刘洋 visited 市实验小学"), w("刘洋 chaired 调研")]));
      expect(triples(x).filter((t) => t.includes("visited"))).toHaveLength(2);
    });
  });

  it("G在P带领下 gives the team its leader; G赴A开展督查 visits A under the leader", () => {
    inBothScripts("5月23日,省教育厅派出的第一督查组在副厅长苏婉清带领下赴眉山市开展督查。5月24日,督查组即赴眉山市教育局开展督查。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("苏婉清 leads 第一督查组"), w("苏婉清 visited 眉山市教育局")]));
    });
    inBothScripts("5月5日,院长王建国宣读了专家名单,专家分赴茨芭镇卫生院开展帮扶。", (x, w) => {
      expect(triples(x).some((t) => t.includes("visited"))).toBe(false);
    });
  });

  it("P在A、B陪同下视察: P's tour, the others go along", () => {
    inBothScripts("司长林嘉欣今日(十月二十五日)上午在体育局局长潘志明、副局长陈咏诗陪同下,视察全民健身节的筹备情况。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("林嘉欣 chaired 视察"), w("潘志明 attended 视察"), w("陈咏诗 attended 视察")]));
    });
  });

  it("a team sent by a bureau holds the tour its leader chairs", () => {
    inBothScripts("9月7日,市教育局派出第二督查组到县里开展开学工作督查。督查组由市教育局副局长赵亮带队,先后走访了县第一中学和县实验小学。", (x, w) => {
      expect(triples(x)).toEqual(
        expect.arrayContaining([
          w("市教育局 dispatched 第二督查组"),
          w("赵亮 leads 第二督查组"),
          w("市教育局 organized 开学工作督查"),
          w("赵亮 chaired 开学工作督查"),
          w("赵亮 visited 县第一中学"),
        ]),
      );
    });
  });
});

describe("teams: dispatched, aided, leads, member_of", () => {
  it("选派…组成的医疗队驰援 a place, led by its 队长", () => {
    inBothScripts("3月6日,市第一人民医院选派20名医护人员组成市第二批援鄂医疗队驰援武汉,由副院长张强任队长。", (x, w) => {
      expect(triples(x)).toEqual(
        expect.arrayContaining([w("市第一人民医院 dispatched 市第二批援鄂医疗队"), w("市第二批援鄂医疗队 aided 武汉"), w("张强 leads 市第二批援鄂医疗队")]),
      );
    });
  });

  it("队员来自A、B: each hospital dispatched the team", () => {
    inBothScripts("3月6日,省卫健委组建省第一批医疗队,队员来自省人民医院、省中医院。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("省人民医院 dispatched 省第一批医疗队"), w("省中医院 dispatched 省第一批医疗队")]));
    });
  });

  it("督察组以X为组长: the team named before; a bare 督察组 refers back to it and names no team", () => {
    inBothScripts("11月6日,国家统计局派出的第二统计督察组进驻。此次督察组以陈立言为组长,王晓春、刘畅为副组长。督察组将坚持依法依规。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("陈立言 leads 第二统计督察组"), w("王晓春 member_of 第二统计督察组"), w("国家统计局 dispatched 第二统计督察组")]));
      expect(entities(x).filter((e) => e.startsWith("group:"))).toEqual([w("group:第二统计督察组")]);
    });
  });

  it("专家组成 is 组成 (forming), not a team called 专家组", () => {
    inBothScripts("5月12日,市教育局选派3名专家组成竞赛监督组,由科长韩立新担任组长。", (x, w) => {
      expect(entities(x).filter((e) => e.startsWith("group:"))).toEqual([w("group:竞赛监督组")]);
      expect(triples(x)).toEqual(expect.arrayContaining([w("韩立新 leads 竞赛监督组")]));
    });
  });

  it("由X担任领队 leads the team just formed; 东西部协作 names no body", () => {
    inBothScripts("7月19日,市委组织部组建第三批人才工作队,由市乡村振兴局副局长王立新担任领队。根据东西部协作安排开展帮扶。", (x, w) => {
      expect(triples(x)).toContain(w("王立新 leads 第三批人才工作队"));
      expect(entities(x).some((e) => e.includes(w("东西部")))).toBe(false);
    });
  });

  it("组建两个督导组 is a count of teams, not a team; a checkpoint is no body", () => {
    inBothScripts("3月18日,市林草局组建两个春防督导组。3月24日,第二督导组赴南岔县督导,察看了5处防火检查站。", (x, w) => {
      expect(entities(x).filter((e) => e.startsWith("group:"))).toEqual([w("group:第二督导组")]);
      expect(entities(x).some((e) => e.includes(w("检查站")))).toBe(false);
    });
  });

  it("a 工作专班 and an 应急队 are teams; 应急队伍 is not one", () => {
    inBothScripts("6月18日,省卫健委成立防汛救灾医疗卫生保障工作专班,由林振东任组长。省卫健委组建第一批省级医疗卫生应急队,由黄德武任队长。各地要确保应急队伍到位。", (x, w) => {
      expect(entities(x).filter((e) => e.startsWith("group:")).sort()).toEqual([w("group:第一批省级医疗卫生应急队"), w("group:防汛救灾医疗卫生保障工作专班")].sort());
      expect(triples(x)).toEqual(expect.arrayContaining([w("林振东 leads 防汛救灾医疗卫生保障工作专班"), w("黄德武 leads 第一批省级医疗卫生应急队")]));
    });
  });

  it("a roster of an expert team (专家团队名单:X任队长,A、B为队员); 乡镇卫生院 and 县级医院 are kinds, not bodies", () => {
    inBothScripts("3月6日,院长王建国宣读了本院选派的首批下沉专家团队名单:副院长李志刚任队长,赵敏、周红为队员,分赴乡镇卫生院开展帮扶,与县级医院对接。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("李志刚 leads 首批下沉专家团队"), w("赵敏 member_of 首批下沉专家团队"), w("周红 member_of 首批下沉专家团队")]));
      expect(entities(x).some((e) => e.includes(w("乡镇卫生院")) || e.includes(w("县级医院")))).toBe(false);
    });
  });

  it("a leading group's 组长 leads it and its 副组长 are members", () => {
    inBothScripts("会议决定成立市疫情防控领导小组,由市长王建国任组长,副市长李明、张华任副组长。", (x, w) => {
      expect(triples(x)).toEqual(
        expect.arrayContaining([w("王建国 leads 市疫情防控领导小组"), w("李明 member_of 市疫情防控领导小组"), w("张华 member_of 市疫情防控领导小组")]),
      );
    });
    inBothScripts("成立以厅长郑明为组长、副厅长陈立为副组长的厅疫情防控工作领导小组。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("郑明 leads 厅疫情防控工作领导小组"), w("陈立 member_of 厅疫情防控工作领导小组")]));
    });
  });

  it("aid to something that is not a place gives no edge", () => {
    inBothScripts("3月6日,省人民医院组建省援鄂医疗队,圆满完成支援任务。", (x) => {
      expect(triples(x).some((t) => t.includes("aided"))).toBe(false);
      expect(entities(x).some((e) => e.startsWith("place:"))).toBe(false);
    });
  });
});

describe("holds_post", () => {
  it("the body written before the post, or implied by the post word", () => {
    inBothScripts("3月5日,县教育局副局长陈伟明、邓璎和副县长唐红星到县第一中学检查。县政府召开会议。", (x, w) => {
      expect(triples(x)).toEqual(
        expect.arrayContaining([w("陈伟明 holds_post 县教育局"), w("邓璎 holds_post 县教育局"), w("唐红星 holds_post 县政府")]),
      );
    });
  });

  it("a post chain at one body is one edge titled with the whole chain", () => {
    inBothScripts("市教育局召开会议,市教育局党组书记、局长王强出席。", (x, w) => {
      const post = x.relations.find((r) => r.relation === "holds_post");
      expect(post?.title).toBe(w("党组书记、局长"));
    });
  });

  it("a body fused with its post (消防局长X) holds the post; 郑邦山厅长 and 劳工及福利局局长 are not fused", () => {
    inBothScripts("4月18日,市政府举行演练,消防局长陈建宏、警察局长蔡明哲参加。消防局昨日进行预演。警察局负责交通。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("陈建宏 holds_post 消防局"), w("蔡明哲 holds_post 警察局")]));
    });
    inBothScripts("1月22日,郑邦山厅长主持召开会议。省教育厅印发通知。", (x, w) => {
      expect(entities(x).some((e) => e.includes(w("郑邦山厅")))).toBe(false);
    });
    inBothScripts("劳工及福利局局长黄嘉颖今日到访社会福利署。", (x, w) => {
      expect(triples(x)).toContain(w("黄嘉颖 holds_post 劳工及福利局"));
      expect(entities(x).some((e) => e.endsWith(w("局局")))).toBe(false);
    });
  });

  it("a chain across bodies goes by each post's head word (党委常委、常务副主席)", () => {
    inBothScripts("11月6日,自治区党委常委、常务副主席罗建华主持会议。自治区党委、自治区政府表示支持。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("罗建华 holds_post 自治区党委"), w("罗建华 holds_post 自治区政府")]));
    });
  });

  it("人大常委会 and 政协 are bodies, not meetings; an academic rank is a post only right after its institution", () => {
    inBothScripts("4月12日,市委召开学习会。市人大常委会主任沈国华、市政协主席钱立群参加。会议邀请浙江大学教授吴启帆作报告。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("沈国华 holds_post 市人大常委会"), w("钱立群 holds_post 市政协"), w("吴启帆 holds_post 浙江大学")]));
      expect(entities(x).filter((e) => e.startsWith("meeting:"))).toEqual([w("meeting:学习会")]);
    });
    inBothScripts("陈肇始教授、卫生署署长陈汉仪一同出席记者会。", (x, w) => {
      expect(triples(x)).toContain(w("陈汉仪 holds_post 卫生署"));
      expect(x.entities.find((e) => e.label === w("陈肇始"))?.titles ?? []).not.toContain(w("教授"));
    });
  });

  it("a post at a section of a body (…局…科科长) is held at the body", () => {
    inBothScripts("5月12日,市人力资源和社会保障局职业能力建设科科长高书文、市教育局职业教育与成人教育科科长韩立新出席仪式。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("高书文 holds_post 市人力资源和社会保障局"), w("韩立新 holds_post 市教育局")]));
    });
  });

  it("courts: 庭长 at the court just named, 检察长, a bare post again is the post given in full, the lead's body is 我院", () => {
    inBothScripts("6月15日,南充市中级人民法院党组书记、院长王建平带队深入仪陇县调研。我院副院长何春梅一同调研。王建平一行先后来到仪陇县人民法院、新政人民法庭。在新政人民法庭,庭长冯丽介绍了做法。王建平院长给予肯定。县人民检察院检察长郑海燕参会。仪陇县人民法院院长杨志刚陪同。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("冯丽 holds_post 新政人民法庭"), w("郑海燕 holds_post 县人民检察院"), w("何春梅 holds_post 南充市中级人民法院")]));
      expect(triples(x)).not.toContain(w("王建平 holds_post 仪陇县人民法院"));
    });
  });

  it("X及副Y: the deputy of the post just named is at its body; another kind of post is not", () => {
    inBothScripts("教育局常任秘书长吴家伟及副秘书长侯嘉欣一同出席。卫生署署长陈汉仪、旅游事务专员黄智祖出席。", (x, w) => {
      expect(triples(x)).toContain(w("侯嘉欣 holds_post 教育局"));
      expect(triples(x)).not.toContain(w("黄智祖 holds_post 卫生署"));
    });
  });

  it("a post whose body the text never names stays a title only", () => {
    inBothScripts("省委常委、宣传部长江凌出席会议。", (x, w) => {
      expect(triples(x).some((t) => t.includes("holds_post"))).toBe(false);
      expect(x.entities.find((e) => e.label === w("江凌"))?.titles).toEqual([w("省委常委"), w("宣传部长")]);
    });
  });
});

describe("the article's own body", () => {
  it("a headline where a guest comes to 我校 makes 我校 the other university, the one the guest visits", () => {
    inBothScripts("西藏农牧学院代表团来我校交流\n\n5月16日,西藏农牧学院党委书记次仁多吉、院长何志军率代表团来我校考察交流。我校党委书记陈立民出席座谈会。陈立民代表南京农业大学致辞。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("陈立民 holds_post 南京农业大学"), w("次仁多吉 holds_post 西藏农牧学院"), w("次仁多吉 visited 南京农业大学")]));
      expect(triples(x)).not.toContain(w("陈立民 holds_post 西藏农牧学院"));
    });
  });

  it("a school named only inside its own event's name is the one 我校 and 学校 stand for", () => {
    inBothScripts("我校举办技能节开幕式\n\n5月12日上午,邢台市百泉职业技术学校第八届职业技能节开幕式在学校举行。冀南职业技术学院副院长吕文静出席。仪式由副校长张丽娟主持。当天下午,局长孟庆华到学校调研。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("张丽娟 holds_post 邢台市百泉职业技术学校"), w("孟庆华 visited 邢台市百泉职业技术学校")]));
      expect(triples(x)).not.toContain(w("孟庆华 visited 冀南职业技术学院"));
    });
  });

  it("a hospital's own news (我院 in the headline): 院党委书记 and 院长 are posts at that hospital", () => {
    inBothScripts("我院医疗队驰援修水\n\n6月24日晚,接到市卫健委紧急通知后,九江市第一人民医院迅速组建医疗队。当晚,院党委书记卢国华、院长邹建平召开紧急动员会。修水县人民医院派人对接。九江市第一人民医院副院长施卫东任队长。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("卢国华 holds_post 九江市第一人民医院"), w("邹建平 holds_post 九江市第一人民医院")]));
      expect(entities(x).some((e) => e.includes(w("学校党委")) || e.includes(w("医院党委")))).toBe(false);
    });
  });

  it("来 is a going only right before the body gone to", () => {
    inBothScripts("5月16日,局长王强来市第一中学检查。近年来市第一中学发展迅速。", (x, w) => {
      expect(triples(x)).toContain(w("王强 visited 市第一中学"));
    });
    inBothScripts("5月16日,局长王强表示,多年来市第一中学发展迅速。", (x, w) => {
      expect(triples(x).some((t) => t.includes("visited"))).toBe(false);
    });
  });
});

describe("references", () => {
  it("他 is the person who was the subject before; 该局 the bureau the text is about", () => {
    inBothScripts("3月5日,县长孙伟主持召开县政府常务会议。他强调,要抓好安全生产。据了解,该局此前印发了《关于安全生产的通知》。县应急局局长王明出席会议。县应急局召开会议。", (x, w) => {
      expect(triples(x)).toContain(w("县应急局 issued 关于安全生产的通知"));
      expect(triples(x).some((t) => t.startsWith(w("孙伟 attended")))).toBe(false);
    });
  });
});
