// Types for electronSqlite.mjs (kept as plain ESM so the build tool runs it without a compiler).
export declare const BINDING_FILE: string;
export declare const STAMP_FILE: string;
export interface SqliteBuildStamp {
  electronVersion: string;
  betterSqlite3Version: string;
  platform: string;
  arch: string;
}
export interface BuildStep {
  name: string;
  command: string;
  args: string[];
  cwd: string;
}
export declare function electronSqliteDir(root: string, electronVersion: string, platform: string, arch: string): string;
export declare function electronSqliteBindingPath(root: string, electronVersion: string, platform: string, arch: string): string;
export declare function isStampCurrent(stamp: unknown, expected: SqliteBuildStamp): boolean;
export declare function buildSteps(opts: {
  packageDir: string;
  electronVersion: string;
  platform: string;
  arch: string;
  nodePath: string;
  prebuildInstallBin: string | null;
  nodeGypBin: string | null;
}): BuildStep[];
export declare function childEnv(env: Record<string, string | undefined>): Record<string, string | undefined>;
export declare function nodeGypCandidates(root: string, execPath: string, npmExecPath: string | undefined): string[];
export declare function failureMessage(opts: {
  electronVersion: string;
  platform: string;
  arch: string;
  target: string;
  failures: { name: string; reason: string }[];
}): string;
