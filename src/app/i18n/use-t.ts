// The interface language of this explorer instance and its strings.
import { useCallback } from "react";
import { useExplorer } from "../store/context";
import { format, STRINGS, type Lang, type StringKey } from "./strings";

export function useLang(): Lang {
  return useExplorer((s) => s.view.lang ?? s.browserLang);
}

export function useT(): { lang: Lang; t: (key: StringKey, values?: Record<string, string | number>) => string } {
  const lang = useLang();
  const t = useCallback((key: StringKey, values?: Record<string, string | number>) => format(STRINGS[lang][key], values), [lang]);
  return { lang, t };
}
