// Files dropped anywhere on the explorer go where "Open…" sends them; while
// files are dragged over it, a sheet says what dropping does.
import { useEffect, useState, type RefObject } from "react";
import { useT } from "../i18n/use-t";
import { useExplorerStore } from "../store/context";
import { importData } from "./import-flow";

const carriesFiles = (e: DragEvent) => Boolean(e.dataTransfer && [...e.dataTransfer.types].includes("Files"));

export function FileDrop({ target }: { target: RefObject<HTMLElement | null> }) {
  const store = useExplorerStore();
  const { t } = useT();
  const [over, setOver] = useState(false);
  useEffect(() => {
    const el = target.current;
    if (!el) return;
    // dragenter/dragleave fire for every child crossed: count them.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const overIt = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = "copy";
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (!depth) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length) void importData(store, files);
    };
    el.addEventListener("dragenter", enter);
    el.addEventListener("dragover", overIt);
    el.addEventListener("dragleave", leave);
    el.addEventListener("drop", drop);
    return () => {
      el.removeEventListener("dragenter", enter);
      el.removeEventListener("dragover", overIt);
      el.removeEventListener("dragleave", leave);
      el.removeEventListener("drop", drop);
    };
  }, [store, target]);
  return over ? (
    <div className="drop-sheet" aria-hidden="true">
      <p>{t("dropHere")}</p>
    </div>
  ) : null;
}
