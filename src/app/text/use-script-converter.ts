// Text that has no search keys (posts, edge titles, article words) in the
// script the person chose: OpenCC, loaded the first time a script is asked
// for. Until it arrives, and for "as written", the text stays as it is.
import { useEffect, useState } from "react";
import { loadConverter } from "../../export/opencc";
import type { Script } from "../store/view-state";

const SAME = (text: string) => text;

export function useScriptConverter(script: Script): (text: string) => string {
  const [convert, setConvert] = useState<{ script: Script; fn: (text: string) => string } | null>(null);
  useEffect(() => {
    if (script === "source") return;
    let live = true;
    void loadConverter(script === "hans" ? "simplified" : "traditional").then((fn) => {
      if (live) setConvert({ script, fn });
    });
    return () => {
      live = false;
    };
  }, [script]);
  return script !== "source" && convert?.script === script ? convert.fn : SAME;
}
