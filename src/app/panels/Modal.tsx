// A modal dialog on the native <dialog> element: the browser keeps focus
// inside it, closes it with Escape and gives focus back to where it was.
import { useEffect, useId, useRef, type ReactNode } from "react";

export function Modal({ title, onClose, children, className }: { title: string; onClose: () => void; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ""}`}
      aria-labelledby={titleId}
      // "close" arrives a task after close(): after a remount (React's strict
      // mode mounts twice) the dialog is open again and that close is stale.
      onClose={() => {
        if (!ref.current?.open) onClose();
      }}
    >
      <div className="modal-head">
        <h2 id={titleId}>{title}</h2>
      </div>
      {children}
    </dialog>
  );
}
