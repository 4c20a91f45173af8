import { describe, expect, it } from "vitest";
import { readPage } from "../../../src/extract/page/read-page";
import { readInfoLine, splitPageTitle } from "../../../src/extract/page/metadata";

const page = (head: string, body = "<p>1月21日，省教育厅召开会议，厅长王某主持会议并讲话，要求各地压实责任，做好各项工作。</p>") =>
  `<html><head>${head}</head><body>${body}</body></html>`;
const meta = (head: string, body?: string) => readPage(page(head, body)).meta;

describe("page metadata", () => {
  it("reads the standard meta tags of government sites", () => {
    const head =
      '<title>某某_工作动态_某站</title><meta name="ArticleTitle" content="省教育厅召开会议"><meta name="PubDate" content="2020-1-21 10:05"><meta name="ContentSource" content="省教育厅办公室"><meta name="SiteName" content="河南省教育厅"><meta name="Url" content="https://example.org/a.html">';
    expect(meta(head)).toEqual({ title: "省教育厅召开会议", date: "2020-01-21", publisher: "省教育厅办公室", site: "河南省教育厅", url: "https://example.org/a.html" });
  });

  it("reads Open Graph and the canonical link, canonical first", () => {
    const head =
      '<meta property="og:title" content="標題"><meta property="og:site_name" content="新聞公報"><meta property="og:url" content="https://example.org/og"><link rel="canonical" href="https://example.org/c?a=1&amp;b=2"><meta property="article:published_time" content="2020-02-01T09:30:00+08:00">';
    expect(meta(head)).toEqual({ title: "標題", site: "新聞公報", url: "https://example.org/c?a=1&b=2", date: "2020-02-01" });
  });

  it("falls back to the info line, then to <title> without its column and site", () => {
    const body = '<div class="info">發佈時間：2020年2月3日 來源：衞生署 瀏覽次數：12 【打印】</div><h1>衞生署召開會議</h1><p>衞生署今日召開會議，署長陳大文主持會議並講話，要求各部門加強監察，做好防控工作。</p>';
    expect(meta("<title>衞生署召開會議 - 香港衞生署</title>", body)).toEqual({ title: "衞生署召開會議", date: "2020-02-03", publisher: "衞生署", site: "香港衞生署" });
  });

  it("takes the date of a closing dateline when nothing else gives one", () => {
    const body = "<p>衞生署今日召開會議，署長陳大文主持會議並講話，要求各部門加強監察。</p><p>完</p><p>2020年2月3日（星期一）</p>";
    expect(meta("", body).date).toBe("2020-02-03");
  });

  it("uses the address a saved page records when the page names none, http(s) only", () => {
    expect(readPage(`<!-- saved from url=(0025)https://example.org/a.htm -->${page("")}`).meta.url).toBe("https://example.org/a.htm");
    expect(meta('<link rel="canonical" href="javascript:alert(1)">').url).toBeUndefined();
  });

  it("gives no metadata a page does not carry and ignores a date that is no calendar day", () => {
    expect(meta("")).toEqual({});
    expect(meta('<meta name="PubDate" content="2020-02-30">')).toEqual({});
  });
});

describe("readInfoLine", () => {
  it("reads date and source in both scripts", () => {
    expect(readInfoLine("发布时间：2021-06-18  来源：县政府办公室  浏览次数：356")).toEqual({ date: "2021-06-18", publisher: "县政府办公室" });
    expect(readInfoLine("發佈日期：2020年2月3日 信息來源：醫院管理局【字體：大 中 小】")).toEqual({ date: "2020-02-03", publisher: "醫院管理局" });
    expect(readInfoLine("2020-01-22 20:15:08 来源：长沙晚报 作者：记者 某某")).toEqual({ date: "2020-01-22", publisher: "长沙晚报" });
  });

  it("reads nothing from a line that states neither", () => {
    expect(readInfoLine("浏览次数：356 【打印】【关闭】")).toEqual({});
  });
});

describe("splitPageTitle", () => {
  it("cuts the column and the site off <title>", () => {
    expect(splitPageTitle("市政府召开调度会_工作动态_太原市人民政府")).toEqual({ title: "市政府召开调度会", site: "太原市人民政府" });
    expect(splitPageTitle("醫院管理局公布措施 | 新聞公報")).toEqual({ title: "醫院管理局公布措施", site: "新聞公報" });
    expect(splitPageTitle("县政府召开部署会-固始县人民政府")).toEqual({ title: "县政府召开部署会", site: "固始县人民政府" });
  });

  it("does not cut a title at a hyphen between digits or at a dash inside it", () => {
    expect(splitPageTitle("2020-2021学年第一学期工作总结")).toEqual({ title: "2020-2021学年第一学期工作总结" });
    expect(splitPageTitle("奋进新时代——记某某县脱贫攻坚")).toEqual({ title: "奋进新时代——记某某县脱贫攻坚" });
  });

  it("keeps a known title whole and takes the site after it", () => {
    expect(splitPageTitle("A_B标题_栏目_网站", "A_B标题")).toEqual({ title: "A_B标题", site: "网站" });
  });
});
