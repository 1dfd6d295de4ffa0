import { run } from '../../../src/cli/main';

/** The command line in-process: its exit code and what it wrote to stdout and stderr. */
export async function runCli(args: string[], cwd?: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, {
    out: { write: (s: string) => (out += s) },
    err: { write: (s: string) => (err += s) },
    ...(cwd ? { cwd } : {}),
  });
  return { code, out, err };
}
