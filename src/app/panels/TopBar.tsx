// The top bar: title, search, language and script switches, "copy link",
// and the place where the Export menu goes (passed in by the page).
import { useState, type ReactNode } from "react";
import { useT } from "../i18n/use-t";
import { useExplorer, useExplorerStore } from "../store/context";
import type { Script } from "../store/view-state";
import { SearchBox } from "./SearchBox";

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without clipboard permission: the old way, through a selected field.
    const field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.style.position = "fixed";
    field.style.opacity = "0";
    document.body.appendChild(field);
    field.select();
    const ok = document.execCommand("copy");
    field.remove();
    return ok;
  }
}

export function TopBar({ exportMenu }: { exportMenu?: ReactNode }) {
  const store = useExplorerStore();
  const { t, lang } = useT();
  const script = useExplorer((s) => s.view.script);
  const [copied, setCopied] = useState<"" | "ok" | "failed">("");
  const copy = async () => {
    setCopied((await copyText(location.href)) ? "ok" : "failed");
    setTimeout(() => setCopied(""), 2500);
  };
  return (
    <header className="top-bar">
      <h1 className="app-title">{t("appTitle")}</h1>
      <SearchBox />
      <div className="top-controls">
        <label className="inline-select">
          <span className="sr-only">{t("script")}</span>
          <select value={script} onChange={(e) => store.getState().setScript(e.target.value as Script)} aria-label={t("script")}>
            <option value="source">{t("scriptSource")}</option>
            <option value="hans">{t("scriptHans")}</option>
            <option value="hant">{t("scriptHant")}</option>
          </select>
        </label>
        <div className="lang-switch" role="group" aria-label={t("language")}>
          <button type="button" lang="zh-Hant" aria-pressed={lang === "zh"} onClick={() => store.getState().setLang("zh")}>
            中文
          </button>
          <button type="button" lang="en" aria-pressed={lang === "en"} onClick={() => store.getState().setLang("en")}>
            EN
          </button>
        </div>
        <button type="button" onClick={copy}>
          {t("copyLink")}
        </button>
        <span className="copy-status" role="status">
          {copied === "ok" ? t("copied") : copied === "failed" ? t("copyFailed") : ""}
        </span>
        {/* Open, paste and export (src/app/import, src/app/export), passed in by the page. */}
        <div className="export-slot">{exportMenu}</div>
      </div>
    </header>
  );
}
