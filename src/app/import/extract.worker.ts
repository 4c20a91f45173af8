// The extractor off the page's thread: each article prepared (decoded,
// markup stripped, front matter read) and extracted in turn, with a message
// per step. A bad article is reported by its index and the next one goes on.
import { extractDocument } from "../../extract/index";
import { prepareArticle, preparePastedArticle, type PrepareResult } from "../../extract/prepare";
import type { ArticleJob, ExtractEvent, ExtractRequest } from "./extract-messages";

const scope = self as unknown as { postMessage(message: ExtractEvent): void; onmessage: ((e: MessageEvent<ExtractRequest>) => void) | null };

function prepare(job: ArticleJob): Promise<PrepareResult> {
  if (job.kind === "file") return prepareArticle(job.bytes, { id: job.id, format: job.format });
  return preparePastedArticle(job.text, { id: job.id, title: job.title, date: job.date, year: job.year });
}

async function run(jobs: ArticleJob[]): Promise<void> {
  for (let index = 0; index < jobs.length; index++) {
    try {
      scope.postMessage({ type: "stage", index, stage: "reading" });
      const prepared = await prepare(jobs[index]);
      if (!prepared.ok) {
        scope.postMessage({ type: "failed", index, reason: prepared.reason });
        continue;
      }
      scope.postMessage({ type: "stage", index, stage: "extracting", chars: prepared.article.doc.chars });
      const extraction = extractDocument(prepared.article.doc, { year: prepared.article.year });
      scope.postMessage({ type: "extracted", index, extraction });
    } catch (e) {
      scope.postMessage({ type: "failed", index, reason: `the extractor stopped: ${(e as Error).message ?? e}` });
    }
  }
  scope.postMessage({ type: "finished" });
}

scope.onmessage = (e) => void run(e.data.jobs);
