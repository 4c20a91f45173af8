// A benchmark's child process run to its end: its exit code and everything it
// printed, for the caller to read figures or a complaint from.
import { spawn } from "node:child_process";

export interface ChildOutput {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runChildProcess(cmd: string, args: string[], cwd: string): Promise<ChildOutput> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}
