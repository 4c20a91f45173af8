// The map as drawn now, as a PNG (sigma's own image export, loaded on use).
import type Sigma from "sigma";

export async function mapAsPng(renderer: Sigma): Promise<Blob> {
  const { toBlob } = await import("@sigma/export-image");
  return toBlob(renderer, { format: "png", backgroundColor: "#ffffff" });
}
