// A node type in colour and in words (colour is never the only cue).
import type { NodeType } from "../../graph/contract";
import { TYPE_COLORS } from "../../graph/style";
import { TYPE_NAMES } from "../i18n/strings";
import { useLang } from "../i18n/use-t";

export function TypeBadge({ type }: { type: NodeType }) {
  const lang = useLang();
  return (
    <span className="type-badge">
      <span className="swatch" style={{ background: TYPE_COLORS[type] }} aria-hidden="true" />
      {TYPE_NAMES[lang][type]}
    </span>
  );
}
