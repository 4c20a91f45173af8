// A link to a node: opening it in a new tab restores the view there; a
// plain click selects the node in place and moves the map to it.
import { useRef, type MouseEvent, type ReactNode } from "react";
import { TYPE_COLORS } from "../../graph/style";
import type { ViewState } from "../store/view-state";
import { useExplorer, useExplorerStore } from "../store/context";
import { nodeName } from "../text/labels";
import { encodeView, sameButQuery } from "../url";

/**
 * The address of a node in the current view. The search text is left out of
 * it, so typing in the search box does not redraw every link (an article
 * holds hundreds).
 */
export function useNodeHref(): (node: string) => string {
  const kept = useRef<ViewState | null>(null);
  const view = useExplorer((s) => (kept.current && sameButQuery(kept.current, s.view) ? kept.current : (kept.current = s.view)));
  return (node) => encodeView({ ...view, q: "", node }, typeof location === "undefined" ? "" : location.search) || "?";
}

export function NodeLink({ node, children, className, swatch = true }: { node: string; children?: ReactNode; className?: string; swatch?: boolean }) {
  const store = useExplorerStore();
  const graph = useExplorer((s) => s.loaded?.graph);
  const script = useExplorer((s) => s.view.script);
  const href = useNodeHref();
  if (!graph?.hasNode(node)) return <span>{node}</span>;
  const attrs = graph.getNodeAttributes(node);
  const onClick = (e: MouseEvent) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    // The link is gone once the panel shows the new node: keep the keyboard in the panel, on its heading.
    const panel = e.currentTarget.closest(".details");
    store.getState().select(node, { moveCamera: true });
    if (panel) requestAnimationFrame(() => panel.querySelector<HTMLElement>(".node-title")?.focus());
  };
  return (
    <a href={href(node)} onClick={onClick} className={`node-link ${className ?? ""}`} data-node={node}>
      {swatch && <span className="swatch" style={{ background: TYPE_COLORS[attrs.type] }} aria-hidden="true" />}
      {children ?? nodeName(graph, node, script)}
    </a>
  );
}
