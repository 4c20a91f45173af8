// "Paste article": the text, with an optional title, date and year, goes to
// the extractor like a dropped .txt file.
import { useId, useState, type FormEvent } from "react";
import { useT } from "../i18n/use-t";
import { Modal } from "../panels/Modal";
import type { PastedArticle } from "./import-flow";

export function PasteDialog({ onSubmit, onClose }: { onSubmit: (article: PastedArticle) => void; onClose: () => void }) {
  const { t } = useT();
  const id = useId();
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [date, setDate] = useState("");
  const [year, setYear] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    onSubmit({
      text,
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(date ? { date } : {}),
      ...(year ? { year: Number(year) } : {}),
    });
  };
  return (
    <Modal title={t("pasteTitle")} onClose={onClose} className="paste-dialog">
      <form className="paste-form" onSubmit={submit}>
        <label htmlFor={`${id}-text`}>{t("pasteText")}</label>
        <textarea id={`${id}-text`} value={text} onChange={(e) => setText(e.target.value)} required rows={12} autoFocus lang="zh" />
        <div className="paste-meta">
          <label>
            <span>{t("pasteDocTitle")}</span>
            <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label>
            <span>{t("pasteDate")}</span>
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <label>
            <span>{t("pasteYear")}</span>
            <input type="number" min={1000} max={9999} step={1} inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
          </label>
        </div>
        <p className="muted small">{t("pasteHint")}</p>
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={!text.trim()}>
            {t("pasteSubmit")}
          </button>
          <button type="button" onClick={onClose}>
            {t("cancel")}
          </button>
        </div>
      </form>
    </Modal>
  );
}
