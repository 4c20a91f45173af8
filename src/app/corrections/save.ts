// Where the corrections file goes. Under `npm start` the development server
// writes graph-data/corrections.json (vite plugin, scripts/lib/corrections-server.ts);
// a statically hosted page has no server and offers the file as a download.
import { CORRECTIONS_ENDPOINT } from "./endpoint";

export const savesToServer: boolean = import.meta.env?.DEV === true;

export async function saveToServer(text: string): Promise<void> {
  const res = await fetch(CORRECTIONS_ENDPOINT, { method: "POST", headers: { "content-type": "application/json" }, body: text });
  if (!res.ok) throw new Error(`the server did not save the corrections (${res.status}): ${await res.text()}`);
}
