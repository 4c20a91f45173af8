/** Where the development server takes the corrections file (scripts/lib/corrections-server.ts). */
export const CORRECTIONS_ENDPOINT = "/__corrections";
