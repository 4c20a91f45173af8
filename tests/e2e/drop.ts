// Dropping files on the explorer as a person dragging them from the desktop would.
import type { Page } from "playwright-core";

export interface DroppedFile {
  name: string;
  text?: string;
  bytes?: number[];
}

export async function dropFiles(page: Page, files: DroppedFile[]): Promise<void> {
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text ?? new Uint8Array(f.bytes!)], f.name));
    const target = document.querySelector(".explorer")!;
    for (const type of ["dragenter", "dragover", "drop"]) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);
}
