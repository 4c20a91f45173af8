// "Open…" (graph files and articles through the file picker) and "Paste
// article…", for the top bar. Dropping files on the page does the same
// (see FileDrop.tsx).
import { useRef, useState } from "react";
import { useT } from "../i18n/use-t";
import { useExplorer, useExplorerStore } from "../store/context";
import { ACCEPTED_FILES } from "./classify";
import { importData } from "./import-flow";
import { PasteDialog } from "./PasteDialog";
import { extracting } from "./report";

export function ImportControls() {
  const store = useExplorerStore();
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const busy = useExplorer((s) => extracting(s.importReport));
  return (
    <>
      <button type="button" disabled={busy} onClick={() => input.current?.click()} title={t("openFileLabel")}>
        {t("openFile")}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        hidden
        aria-label={t("openFileLabel")}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = "";
          if (files.length) void importData(store, files);
        }}
      />
      <button type="button" aria-haspopup="dialog" disabled={busy} onClick={() => setPasting(true)}>
        {t("pasteOpen")}
      </button>
      {pasting && (
        <PasteDialog
          onClose={() => setPasting(false)}
          onSubmit={(article) => {
            setPasting(false);
            void importData(store, [], [article]);
          }}
        />
      )}
    </>
  );
}
