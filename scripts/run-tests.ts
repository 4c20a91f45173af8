// `npm test`: every check the project has, ending with one plain line
// `N passed, N failed` that CI reads. Steps:
//   1. the prerequisites: Chromium and a CJK font for the browser tests, and the
//      independent readers the export tests check files with (Debian's Python with
//      networkx, igraph and pandas; xmllint), installed with apt-get when missing
//      and we may, else a clear message of what to install;
//   2. the type check (`tsc -p .`), one failed check when it fails;
//   3. vitest, both projects (unit, e2e); the counts come from its JSON report.
//      A skipped or todo test counts as failed: here a skipped case is a defect.
// Extra arguments go to vitest: `npm test -- tests/extract`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CHROMIUM = "/usr/bin/chromium";
const APT_PACKAGES = ["chromium", "fonts-wqy-microhei", "python3-networkx", "python3-igraph", "python3-pandas", "libxml2-utils"];
/** The system's Python, where apt-get installs the readers (a python3 earlier on PATH may be another). */
const SYSTEM_PYTHON = "/usr/bin/python3";
const BIN = (name: string) => join(ROOT, "node_modules", ".bin", name);

interface Tally {
  passed: number;
  failed: number;
}

function hasCjkFont(): boolean {
  const r = spawnSync("fc-list", [":lang=zh"], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim() !== "";
}

function missingPrerequisites(): string[] {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM)) missing.push(`Chromium (${CHROMIUM})`);
  if (!hasCjkFont()) missing.push("a CJK font (fc-list :lang=zh lists none)");
  const readers = spawnSync(SYSTEM_PYTHON, ["-c", "import networkx, igraph, pandas"], { stdio: "ignore" });
  if (readers.status !== 0) missing.push(`networkx, igraph and pandas for ${SYSTEM_PYTHON}`);
  if (!onPath("xmllint")) missing.push("xmllint");
  return missing;
}

const onPath = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;

/** Chromium and a CJK font for the browser tests; a reason when they are missing and cannot be installed. */
function ensurePrerequisites(): string | undefined {
  let missing = missingPrerequisites();
  if (missing.length === 0) return undefined;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && onPath("apt-get")) {
    console.log(`Installing ${APT_PACKAGES.join(", ")} (missing: ${missing.join("; ")})`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const update = spawnSync("apt-get", ["update"], { stdio: "inherit", env });
    if (update.status === 0) spawnSync("apt-get", ["install", "-y", ...APT_PACKAGES], { stdio: "inherit", env });
    missing = missingPrerequisites();
    if (missing.length === 0) return undefined;
  }
  return (
    `The tests need ${missing.join(" and ")}. Install them with:\n` +
    `  sudo apt-get install -y ${APT_PACKAGES.join(" ")}\n` +
    `(or any Chromium at ${CHROMIUM} and a font that covers Chinese), then run npm test again.`
  );
}

function typeCheck(): Tally {
  console.log("\n== type check: tsc -p .");
  const r = spawnSync(BIN("tsc"), ["-p", "."], { cwd: ROOT, stdio: "inherit" });
  if (r.status === 0) {
    console.log("type check passed");
    return { passed: 1, failed: 0 };
  }
  console.log(r.error ? `type check could not run: ${r.error.message} (run npm install)` : "type check failed");
  return { passed: 0, failed: 1 };
}

interface VitestReport {
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; status: string }[];
  }[];
}

function runVitest(extraArgs: string[]): Tally {
  console.log("\n== tests: vitest run (projects unit, e2e)");
  const dir = mkdtempSync(join(tmpdir(), "run-tests-"));
  const reportFile = join(dir, "vitest.json");
  try {
    const r = spawnSync(
      BIN("vitest"),
      ["run", "--reporter=default", "--reporter=json", `--outputFile=${reportFile}`, ...extraArgs],
      { cwd: ROOT, stdio: "inherit", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } },
    );
    if (!existsSync(reportFile)) {
      console.log(`vitest wrote no report (${r.error?.message ?? `exit code ${r.status}`}): counted as 1 failed`);
      return { passed: 0, failed: 1 };
    }
    const report = JSON.parse(readFileSync(reportFile, "utf8")) as VitestReport;
    const tally: Tally = { passed: 0, failed: 0 };
    const notPassed: string[] = [];
    for (const file of report.testResults) {
      let failedHere = 0;
      for (const t of file.assertionResults) {
        if (t.status === "passed") tally.passed++;
        else {
          failedHere++;
          notPassed.push(`${t.status}: ${t.fullName}`);
        }
      }
      // A file that failed to load, or whose hooks failed, with no failing test to show for it.
      if (file.status === "failed" && failedHere === 0) {
        failedHere = 1;
        notPassed.push(`failed: ${file.name}${file.message ? `: ${file.message.split("\n")[0]}` : ""}`);
      }
      tally.failed += failedHere;
    }
    if (r.status !== 0 && tally.failed === 0) {
      tally.failed = 1;
      notPassed.push(`vitest exited with code ${r.status} (an unhandled error, or no test file found)`);
    }
    if (notPassed.length > 0) console.log(`\nNot passed:\n${notPassed.map((l) => `  ${l}`).join("\n")}`);
    return tally;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): number {
  const total: Tally = { passed: 0, failed: 0 };
  const add = (t: Tally) => {
    total.passed += t.passed;
    total.failed += t.failed;
  };

  const missing = ensurePrerequisites();
  if (missing) {
    console.log(`\n${missing}`);
    add({ passed: 0, failed: 1 });
  } else {
    add(typeCheck());
    add(runVitest(process.argv.slice(2)));
  }
  console.log(`\n${total.passed} passed, ${total.failed} failed`);
  return total.failed > 0 ? 1 : 0;
}

process.exitCode = main();
