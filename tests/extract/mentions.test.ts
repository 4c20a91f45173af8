// Mentions: names of bodies, people, documents and places, in both scripts,
// with the look-alikes that must not be taken for them.
import { describe, expect, it } from "vitest";
import { entities, entity, inBothScripts, triples } from "./helpers";

describe("bodies", () => {
  it("runs a name back to the verb before it and types it by its suffix", () => {
    inBothScripts("副市长先后到省教育厅、河南中医药大学、省人民医院和市第七中学调研。", (x, w) => {
      expect(entities(x)).toEqual(
        expect.arrayContaining([w("agency:省教育厅"), w("university:河南中医药大学"), w("hospital:省人民医院"), w("school:市第七中学")]),
      );
    });
  });

  it("keeps 及 and 和 inside a name, but splits two bodies joined by them", () => {
    inBothScripts("食物及卫生局、县人力资源和社会保障局与省政府及省教育厅联合召开会议。", (x, w) => {
      expect(entities(x)).toEqual(
        expect.arrayContaining([w("agency:食物及卫生局"), w("agency:县人力资源和社会保障局"), w("agency:省政府"), w("agency:省教育厅")]),
      );
    });
  });

  it("reads a bracketed short form as an alias and joins short forms to the full name", () => {
    inBothScripts("市卫生健康委员会(市卫健委)召开会议。市卫健委主任陈静出席。河南省教育厅印发通知,省教育厅副厅长刘明讲话。", (x, w) => {
      expect(entity(x, w("市卫生健康委员会"))?.aliases).toContain(w("市卫健委"));
      expect(entity(x, w("河南省教育厅"))?.aliases).toContain(w("省教育厅"));
      expect(entities(x).filter((e) => e.startsWith("agency:"))).toHaveLength(2);
    });
  });

  it("a body, a verb and 与 another body are two bodies (教育局会继续与卫生署)", () => {
    inBothScripts("教育局会继续与卫生署紧密合作。", (x, w) => {
      expect(entities(x).sort()).toEqual([w("agency:卫生署"), w("agency:教育局")].sort());
    });
  });

  it("service slogans ending in 办 and service halls are no bodies; a short form goes to the name it ends", () => {
    inBothScripts("国家税务总局盐城市税务局副局长戴志强介绍,市税务局推行报验一键办、便民办税,并到亭湖区办税服务厅察看。国家税务总局盐城市亭湖区税务局参加。", (x, w) => {
      expect(entities(x).filter((e) => e.startsWith("agency:")).sort()).toEqual([w("agency:国家税务总局盐城市亭湖区税务局"), w("agency:国家税务总局盐城市税务局")].sort());
    });
  });

  it("a quoted short form in brackets is an alias too, and 简称 is no one speaking", () => {
    inBothScripts("2月20日上午,鹿邑县教育体育局(以下简称“县教体局”)召开全县教育工作会议。副县长葛志华出席会议。县教体局印发了《工作要点》。", (x, w) => {
      expect(triples(x)).toEqual(expect.arrayContaining([w("葛志华 attended 全县教育工作会议"), w("鹿邑县教育体育局 issued 工作要点")]));
      expect(entities(x).filter((e) => e.startsWith("meeting:"))).toHaveLength(1);
      expect(x.entities.find((e) => e.label === w("鹿邑县教育体育局"))?.aliases).toContain(w("县教体局"));
    });
  });

  it("a university inside its hospital's name makes no node of its own", () => {
    inBothScripts("郑州大学第一附属医院选派医生组成医疗队。", (x, w) => {
      expect(entities(x)).toContain(w("hospital:郑州大学第一附属医院"));
      expect(entities(x).some((e) => e.startsWith("university:"))).toBe(false);
    });
  });

  it("words that end like a body are not bodies (部署, 大局, 局面, 方舱医院, 各县教体局)", () => {
    inBothScripts("会议对工作进行安排部署,服务防控大局,稳定局面,建设方舱医院,各县(区)教体局负责人参加。", (x) => {
      expect(entities(x).filter((e) => !e.startsWith("meeting:"))).toEqual([]);
    });
  });
});

describe("people", () => {
  it("a name after a post, before a post, in a post chain, sharing a post, or before an honorific", () => {
    inBothScripts(
      "省委常委、常务副省长王建国,县教育局副局长陈伟明、邓璎,郑邦山厅长,食物及卫生局局长陈肇始教授和校党委书记弓永华出席会议。",
      (x, w) => {
        for (const name of ["王建国", "陈伟明", "邓璎", "郑邦山", "陈肇始", "弓永华"]) expect(entities(x)).toContain(w(`official:${name}`));
        expect(entity(x, w("王建国"))?.titles).toEqual([w("省委常委"), w("常务副省长")]);
        expect(entity(x, w("陈肇始"))?.titles).toEqual([w("局长")]); // 教授 is an honorific
      },
    );
  });

  it("a name once known is found again before any verb", () => {
    inBothScripts("县委书记苏小康主持会议。随后,苏小康来到县人民医院。", (x, w) => {
      expect(entity(x, w("苏小康"))?.mentions).toHaveLength(2);
    });
  });

  it("Tibetan names, which have no surname, next to a post", () => {
    inBothScripts("学院党委书记次仁多吉、院长扎西顿珠出席会议。", (x, w) => {
      expect(entities(x)).toEqual(expect.arrayContaining([w("official:次仁多吉"), w("official:扎西顿珠")]));
    });
  });

  it("words that begin with a surname are not names (全省校长, 有关负责同志, 各校校长)", () => {
    inBothScripts("号召全省校长团结协作,市商务局有关负责同志参加,各校校长和托管机构负责人交流。", (x) => {
      expect(entities(x).filter((e) => e.startsWith("official:"))).toEqual([]);
    });
  });

  it("a roster of team members", () => {
    inBothScripts("副院长宣读了医疗队队员名单:重症医学科张亚枝、申成芳,急诊科李瑞云和耿德胜。", (x, w) => {
      for (const name of ["张亚枝", "申成芳", "李瑞云", "耿德胜"]) expect(entities(x)).toContain(w(`official:${name}`));
    });
  });
});

describe("documents and places", () => {
  it("《》 and document-like 「」 are notices; a newspaper, an app or a quotation is not", () => {
    inBothScripts("印发《关于做好开学工作的通知》,按「应变计划」执行,在《江城日报》和《江城发布》客户端刊发,他说「要抓紧」。", (x, w) => {
      expect(entities(x).filter((e) => e.startsWith("notice:"))).toEqual([w("notice:关于做好开学工作的通知"), w("notice:应变计划")]);
    });
  });

  it("an agreement in 《》 with a bracketed term is a notice", () => {
    inBothScripts("会上,双方签署了《甲大学 乙学院对口支援合作协议(2024—2028年)》。", (x, w) => {
      expect(entities(x)).toContain(w("notice:甲大学 乙学院对口支援合作协议(2024—2028年)"));
    });
  });

  it("a place on its own is a place; inside a body's name it is not", () => {
    inBothScripts("医疗队驰援武汉,与湖北人民并肩作战。郑州市教育局召开会议。", (x, w) => {
      expect(entities(x).filter((e) => e.startsWith("place:")).sort()).toEqual([w("place:武汉"), w("place:湖北")].sort());
    });
  });
});
