import { describe, expect, it } from "vitest";
import { readPage } from "../../../src/extract/page/read-page";

const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const para = (s: string) => `<p>${s}</p>`;
const BODY_S = para("1月21日，省卫生健康委召开疫情防控工作会议，主任张伟主持会议并讲话，要求各地压实责任。") + para("会议要求，各级医疗机构要加强预检分诊，做好发热病人的排查工作。");
const BODY_T = para("1月21日，衞生署召開疫情防控工作會議，署長陳大文主持會議並講話，要求各部門加強監察。") + para("會議要求，各公立醫院要加強預檢分流，做好發熱病人的排查工作。");

describe("readPage: the article, not the page", () => {
  it("puts the headline first wherever the page shows it, once", () => {
    const html = page(
      "<title>省卫生健康委召开疫情防控工作会议_工作动态_某省卫生健康委员会</title>",
      `<div class="crumb">当前位置：首页 &gt; 工作动态</div><div class="info">发布时间：2020-01-21 来源：办公室</div><h2>省卫生健康委召开疫情防控工作会议</h2>${BODY_S}`,
    );
    const { text } = readPage(html);
    expect(text.split("\n")[0]).toBe("省卫生健康委召开疫情防控工作会议");
    expect(text.split("\n").filter((l) => l === "省卫生健康委召开疫情防控工作会议")).toHaveLength(1);
    expect(text).not.toMatch(/当前位置|发布时间|来源/);
  });

  it("does not lead with a <title> the body never shows: it may be the site's name", () => {
    const { text, meta } = readPage(page("<title>某省卫生健康委员会</title>", BODY_S));
    expect(text.startsWith("1月21日")).toBe(true);
    expect(meta.title).toBe("某省卫生健康委员会");
  });

  it("leads with ArticleTitle when the body has no headline element", () => {
    const { text } = readPage(page('<meta name="ArticleTitle" content="省卫生健康委召开会议">', BODY_S));
    expect(text.split("\n")[0]).toBe("省卫生健康委召开会议");
  });

  it("drops furniture in Simplified and in Traditional", () => {
    const furnitureS =
      '<div>分享到：微信 微博</div><div>扫一扫在手机打开当前页</div><p>【打印】【关闭】</p><p>[责任编辑：某某]</p><div><h3>相关新闻</h3><ul><li><a href="/1">市政府召开常务会议</a></li></ul></div><div>主办单位：某某市人民政府 网站标识码：1234 某ICP备12345号</div>';
    const furnitureT =
      '<div>當前位置：首頁 &gt; 新聞</div><div>分享至：Facebook</div><div>掃一掃在手機打開當前頁</div><p>【關閉】</p><p>責任編輯：某某</p><p>上一篇：<a href="/1">醫院管理局舉行記者會</a></p><div>版權所有 ©</div>';
    const s = readPage(page("", `<h1>省卫生健康委召开会议</h1>${BODY_S}${furnitureS}`)).text;
    const t = readPage(page("", `<h1>衞生署召開會議</h1>${BODY_T}${furnitureT}`)).text;
    expect(s).toBe(`省卫生健康委召开会议\n\n1月21日，省卫生健康委召开疫情防控工作会议，主任张伟主持会议并讲话，要求各地压实责任。\n\n会议要求，各级医疗机构要加强预检分诊，做好发热病人的排查工作。`);
    expect(t).toBe(`衞生署召開會議\n\n1月21日，衞生署召開疫情防控工作會議，署長陳大文主持會議並講話，要求各部門加強監察。\n\n會議要求，各公立醫院要加強預檢分流，做好發熱病人的排查工作。`);
  });

  it("keeps body sentences that only name furniture words in passing", () => {
    const body =
      para("本次活动主办单位为省教育厅，承办单位为郑州大学，来源广泛的志愿者参与其中。") +
      para("相关新闻发布会将于1月25日举行，届时将通报有关情况。") +
      para("上一篇报道中提到的三所学校已全部完成整改。");
    const { text } = readPage(page("", body));
    expect(text).toContain("主办单位为省教育厅");
    expect(text).toContain("相关新闻发布会将于1月25日举行");
    expect(text).toContain("上一篇报道中提到的三所学校");
  });

  it("keeps <br> paragraphs and drops inline scripts and their output", () => {
    const body = `<div id="text">&nbsp;&nbsp;第一段，县长王某主持会议。<br><br><script>document.write("<p>脚本输出</p>")</script>&nbsp;&nbsp;第二段，副县长李某参加会议。<br><br></div>`;
    const { text } = readPage(page("", body));
    expect(text).toBe("第一段，县长王某主持会议。\n\n第二段，副县长李某参加会议。");
  });

  it("keeps markup written as text as text and runs nothing", () => {
    const { text } = readPage(page("", `<h1>标题</h1><p>正文写道 &lt;script&gt;alert(1)&lt;/script&gt; 与 <img src=x onerror="globalThis.__ran=1">图。</p>${BODY_S}`));
    expect(text).toContain("正文写道 <script>alert(1)</script> 与 图。");
    expect((globalThis as { __ran?: number }).__ran).toBeUndefined();
  });

  it("reads a fragment with no <html> and a page with a comment before it", () => {
    expect(readPage(BODY_S).text.startsWith("1月21日")).toBe(true);
    expect(readPage(`<!-- saved from url=(0025)https://example.org/a.htm -->\n<meta charset="gbk">\n${page("", BODY_S)}`).text.startsWith("1月21日")).toBe(true);
  });
});

describe("readPage: attachments", () => {
  it("makes each attached file a document title and keeps file names out of the text", () => {
    const body = `${BODY_S}<p>附件：</p><p><a href="/files/a.pdf">1.某市2020年防汛工作实施方案.pdf</a></p><p><a href="/files/b.docx">2.某市应急管理局联系人名单.docx</a></p><p><a href="/files/c.doc">点击下载</a></p><p><a href="/files/d.wps">附件3：《关于做好值班工作的通知》</a></p>`;
    const { text } = readPage(page("", body));
    expect(text).toContain("1.《某市2020年防汛工作实施方案》");
    expect(text).toContain("2.《某市应急管理局联系人名单》");
    expect(text).toContain("附件3：《关于做好值班工作的通知》");
    expect(text).toContain("点击下载");
    expect(text).not.toMatch(/\.pdf|\.docx|\.wps/);
  });

  it("leaves links to other pages as written", () => {
    const { text } = readPage(page("", `${BODY_S}<p>详见<a href="/news/2020/0121.html">某市政府网站</a>。</p>`));
    expect(text).toContain("详见某市政府网站。");
    expect(text).not.toContain("《");
  });
});
