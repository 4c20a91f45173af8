// Loads the OpenCC converter for a script on first use: the dictionaries
// (about 0.1 MB to Simplified, 1 MB to Traditional) stay out of the first
// page load and out of exports that keep the original script.
import type { Converter, Script } from "./script";

const loaded = new Map<Script, Promise<Converter>>();

export function loadConverter(script: Script): Promise<Converter> {
  let converter = loaded.get(script);
  if (!converter) {
    converter = load(script);
    loaded.set(script, converter);
  }
  return converter;
}

async function load(script: Script): Promise<Converter> {
  if (script === "original") return (text) => text;
  if (script === "simplified") {
    // Hong Kong variants first, then standard Traditional: covers both kinds of source.
    const { Converter } = await import("opencc-js/t2cn");
    return Converter({ from: "hk", to: "cn" });
  }
  const { Converter } = await import("opencc-js/cn2t");
  return Converter({ from: "cn", to: "t" });
}
