// Independent readers for the export tests: Debian's Python with networkx,
// igraph and pandas, xmllint, and Python's own csv and sqlite3 modules. A
// missing reader fails the test with the package to install; it never skips.
// The Python of the system is used (not whatever `python3` is first on PATH),
// because that is where apt-get puts python3-networkx and friends.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const SYSTEM_PYTHON = "/usr/bin/python3";

/** The Debian package each Python module comes from, for the message when one is missing. */
const PACKAGE_OF: Record<string, string> = { networkx: "python3-networkx", igraph: "python3-igraph", pandas: "python3-pandas" };

/**
 * Runs a Python script with the given files in a temporary folder (the
 * script finds them by name in the working directory) and returns what it
 * printed as JSON.
 */
export function python<T = unknown>(script: string, files: Record<string, string | Uint8Array> = {}, modules: string[] = []): T {
  if (!existsSync(SYSTEM_PYTHON)) throw new Error(`${SYSTEM_PYTHON} is missing: apt-get install -y python3 ${modules.map((m) => PACKAGE_OF[m] ?? "").join(" ")}`);
  const dir = mkdtempSync(join(tmpdir(), "export-reader-"));
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const probe = modules.map((m) => `import ${m}`).join("; ");
    if (probe) {
      const r = spawnSync(SYSTEM_PYTHON, ["-c", probe], { encoding: "utf8" });
      if (r.status !== 0) throw new Error(`a reader is missing (${r.stderr.trim().split("\n").pop()}): apt-get install -y ${modules.map((m) => PACKAGE_OF[m] ?? m).join(" ")}`);
    }
    const r = spawnSync(SYSTEM_PYTHON, ["-c", script], { cwd: dir, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, env: { ...process.env, PYTHONIOENCODING: "utf-8" } });
    if (r.status !== 0) throw new Error(`python failed (${r.status}):\n${r.stderr}`);
    return JSON.parse(r.stdout) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** xmllint's verdict on well-formedness: "" when the file is well-formed, else its complaint. */
export function xmllint(xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), "export-xmllint-"));
  try {
    const file = join(dir, "file.xml");
    writeFileSync(file, xml);
    const r = spawnSync("xmllint", ["--noout", "--nonet", file], { encoding: "utf8" });
    if (r.error) throw new Error(`xmllint cannot run (${r.error.message}): apt-get install -y libxml2-utils`);
    return r.status === 0 ? "" : r.stderr || `exit code ${r.status}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
