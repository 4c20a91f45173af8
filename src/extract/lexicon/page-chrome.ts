// The words of Chinese government web pages' furniture: what a reader of the
// page skips. General to such sites; no site is named here. Matched on the
// text as written (Simplified or Traditional forms are both listed).

/** Labels of a page's info line (发布时间：… 来源：… 【字体：大 中 小】【打印】). Two or more in one short block make it one. */
export const INFO_LABELS = [
  "发布时间", "發布時間", "發佈時間", "发布日期", "發布日期", "發佈日期", "时间：", "時間：", "日期：", "来源：", "來源：",
  "信息来源", "信息來源", "文章来源", "文章來源", "作者：", "浏览次数", "瀏覽次數", "阅读次数", "閱讀次數", "点击数", "點擊數",
  "访问量", "訪問量", "阅读量", "閱讀量", "字体", "字體", "字号", "字號", "打印", "关闭", "關閉", "分享", "收藏", "责任编辑", "責任編輯",
];

/** A short block that starts with one of these is furniture wherever it stands. */
export const CHROME_LINE_STARTS = [
  // Breadcrumbs.
  "当前位置", "當前位置", "您的位置", "您现在的位置", "您現在的位置", "所在位置", "现在位置", "現在位置",
  // Share bars, QR blocks, print and close buttons.
  "分享到", "分享至", "扫一扫", "掃一掃", "微信扫一扫", "微信掃一掃", "手机扫", "手機掃", "【打印", "【关闭", "【關閉", "[打印", "打印本页",
  "打印本頁", "关闭窗口", "關閉窗口", "【字体", "【字體", "字体：", "字體：", "【纠错", "【糾錯", "返回顶部", "返回頂部",
  // Editors' credits.
  "责任编辑", "責任編輯", "责编", "責編", "编辑：", "編輯：", "审核：", "審核：", "校对：", "校對：",
];

/** Markers only a site footer carries; the block holding one is footer through and through. */
export const FOOTER_MARKERS = ["ICP备", "ICP備", "ICP证", "ICP證", "公网安备", "公網安備", "网站标识码", "網站標識碼", "版权所有", "版權所有", "Copyright", "©"];

/** A short block that starts with one of these is a footer line (a body sentence may name 主办单位 in passing). */
export const FOOTER_LINE_STARTS = ["主办单位", "主辦單位", "承办单位", "承辦單位", "主办：", "主辦：", "网站地图", "網站地圖", "联系我们", "聯繫我們", "关于本网", "關於本網"];

/** Headings of the lists that follow an article: related news, previous and next. */
export const LIST_HEADINGS = [
  "相关文章", "相關文章", "相关新闻", "相關新聞", "相关阅读", "相關閱讀", "相关链接", "相關鏈接", "相关信息", "相關信息", "相关稿件",
  "相關稿件", "推荐阅读", "推薦閱讀", "延伸阅读", "延伸閱讀", "热点推荐", "熱點推薦", "猜你喜欢", "猜你喜歡", "更多阅读", "更多閱讀",
  "往期回顾", "往期回顧", "上一篇", "下一篇", "上一条", "下一條", "下一条", "上一條", "相关附件",
];

/** Elements that are never article text. */
export const CHROME_TAGS = ["script", "style", "noscript", "template", "iframe", "object", "embed", "form", "nav", "header", "footer", "aside", "select", "button", "input", "textarea", "svg", "canvas"];

/** Class and id words sites use for furniture (English and pinyin); a whole word of the attribute must match. */
export const CHROME_CLASS_WORDS = [
  "nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "position", "location", "dqwz", "weizhi",
  "share", "bdshare", "fenxiang", "qrcode", "ewm", "erweima", "footer", "foot", "copyright", "banquan", "related", "relate",
  "xgwz", "xgxw", "xgxx", "prevnext", "pre-next", "sxp", "print", "comment", "pinglun", "sidebar", "toolbar", "search",
  "login", "friendlink", "yqlj", "logo", "skip", "topbar",
];

/** File types of attachments (附件) a page links to. */
export const ATTACHMENT_EXTENSIONS = ["doc", "docx", "wps", "pdf", "ofd", "xls", "xlsx", "et", "csv", "ppt", "pptx", "zip", "rar", "7z", "txt", "rtf", "jpg", "png"];

/** Meta tags of Chinese government sites and the common standards, by what they hold; first present wins. */
export const META_KEYS = {
  title: ["articletitle", "og:title", "twitter:title", "dc.title"],
  date: [
    "pubdate", "publishdate", "article:published_time", "og:article:published_time", "datepublished", "publish_date",
    "publication_date", "firstpublishedtime", "dc.date.issued", "dc.date", "date", "maketime",
  ],
  publisher: ["contentsource", "source", "dc.publisher", "article:publisher"],
  site: ["sitename", "og:site_name", "application-name"],
  url: ["url", "og:url"],
} as const;

/** Separators between a page title and the column and site names <title> adds. */
export const TITLE_SEPARATORS = /\s*(?:_|\||｜|\s[-–—]\s|(?<!\d)-(?!\d)|--|>>)\s*/;
