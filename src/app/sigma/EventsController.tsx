// Map events into store actions: hover, click to select, shift-click to add
// a node to the hand-picked set or take it out (paths have their buttons in
// the details panel), click on empty space to clear the selection, drag a
// node to move it (the camera stays still meanwhile).
import { useRegisterEvents, useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { useExplorerStore } from "../store/context";

export function EventsController() {
  const registerEvents = useRegisterEvents();
  const sigma = useSigma();
  const store = useExplorerStore();
  useEffect(() => {
    const container = sigma.getContainer();
    let dragged: string | null = null;
    const drop = () => {
      dragged = null;
      container.style.cursor = "";
    };
    registerEvents({
      downNode: ({ node }) => {
        dragged = node;
        // Without a fixed frame sigma would rescale the whole map as the node leaves it.
        if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
      },
      moveBody: ({ event }) => {
        if (!dragged) return;
        const at = sigma.viewportToGraph(event);
        sigma.getGraph().mergeNodeAttributes(dragged, { x: at.x, y: at.y });
        container.style.cursor = "grabbing";
        event.preventSigmaDefault();
        event.original.preventDefault();
        event.original.stopPropagation();
      },
      upNode: drop,
      upStage: drop,
      enterNode: ({ node }) => {
        store.getState().hover(node);
        container.style.cursor = "pointer";
      },
      leaveNode: () => {
        store.getState().hover(null);
        container.style.cursor = "";
      },
      clickNode: ({ node, event }) => {
        const s = store.getState();
        if (event.original.shiftKey) s.togglePicked(node);
        else s.select(node);
      },
      clickStage: () => store.getState().select(null),
    });
  }, [registerEvents, sigma, store]);
  return null;
}
