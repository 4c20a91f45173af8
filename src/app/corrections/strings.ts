// The corrections panels' interface text, in English and Chinese (Traditional, as the rest of the interface).
import { useCallback } from "react";
import { format, type Lang } from "../i18n/strings";
import { useLang } from "../i18n/use-t";

const en = {
  correct: "Correct",
  correctedBy: "Corrected by",
  wasValue: "was {was}",
  label: "Label",
  useAsLabel: "Use as label",
  type: "Type",
  changeType: "Change type",
  date: "Date",
  setDate: "Set date",
  deleteNode: "Delete: not an entity",
  splitDoc: "Article",
  split: "Split this article's mentions off",
  mergeWith: "Same as",
  merge: "Merge into this node",
  samePerson: "Same person",
  differentPerson: "Different person",
  relation: "Relation",
  deleteRelation: "Delete relation",
  setRelationDate: "Set relation date",
  addRelation: "Add relation",
  direction: "Direction",
  outgoing: "this → other",
  incoming: "other → this",
  other: "Other node (in the article shown)",
  addWithWords: "Add with the words selected in the article",
  selectWords: "Select the words that state it in the article pane first.",
  corrections: "Corrections",
  undo: "Undo",
  saved: "Saved to graph-data/corrections.json",
  unsaved: "Not saved yet",
  saving: "Saving…",
  saveError: "Not saved: {message}",
  download: "Download corrections.json",
  downloadHint: "This page has no server: download the file, put it in graph-data/ (or drop it here later).",
  stale: "stale",
  invalid: "invalid",
  applied: "applied",
  none: "No corrections yet.",
};

const zh: typeof en = {
  correct: "更正",
  correctedBy: "已更正",
  wasValue: "原為 {was}",
  label: "名稱",
  useAsLabel: "用作名稱",
  type: "類型",
  changeType: "更改類型",
  date: "日期",
  setDate: "設定日期",
  deleteNode: "刪除：不是實體",
  splitDoc: "文章",
  split: "把這篇文章的提及分出",
  mergeWith: "同一實體",
  merge: "合併到此節點",
  samePerson: "同一人",
  differentPerson: "不同的人",
  relation: "關係",
  deleteRelation: "刪除關係",
  setRelationDate: "設定關係日期",
  addRelation: "新增關係",
  direction: "方向",
  outgoing: "此節點 → 另一節點",
  incoming: "另一節點 → 此節點",
  other: "另一節點（所示文章中的）",
  addWithWords: "以文章中選取的文字新增",
  selectWords: "請先在文章窗格中選取陳述此關係的文字。",
  corrections: "更正",
  undo: "復原",
  saved: "已存入 graph-data/corrections.json",
  unsaved: "尚未儲存",
  saving: "儲存中…",
  saveError: "未能儲存：{message}",
  download: "下載 corrections.json",
  downloadHint: "此頁面沒有伺服器：請下載檔案，放入 graph-data/（或稍後拖放到此頁）。",
  stale: "已失效",
  invalid: "無效",
  applied: "已套用",
  none: "尚無更正。",
};

export type CorrectionKey = keyof typeof en;
const STRINGS: Record<Lang, typeof en> = { en, zh };

export function useCT(): (key: CorrectionKey, values?: Record<string, string | number>) => string {
  const lang = useLang();
  return useCallback((key: CorrectionKey, values?: Record<string, string | number>) => format(STRINGS[lang][key], values), [lang]);
}
