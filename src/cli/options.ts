/** Everything the command line decided, validated, as one object: the run reads nothing else. */
export interface CliOptions {
  paths: string[];
  /** Read standard input: no paths and stdin is not a terminal, or `-` given. */
  stdin: boolean;
  mode: 'stdout' | 'write' | 'out-dir' | 'check';
  outDir?: string;
  extensions: string[];
  stripCredits: boolean;
  noRepeats: boolean;
  disabledRules: string[];
  configPath?: string;
  explain: boolean;
  quiet: boolean;
  color: boolean | undefined;
  listRules: boolean;
}

export class UsageError extends Error {}
