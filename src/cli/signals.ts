/**
 * SIGINT and SIGTERM during a run: the file in hand is finished (its write is atomic, so no temp file is
 * left), the run stops before the next one, reports what was done and exits 130 (SIGINT) or 143
 * (SIGTERM), the shell's codes for "killed by that signal". A second signal is not waited on: the
 * default action applies, which an atomic write survives too.
 */
export interface StopWatch {
  /** The signal that asked the run to stop, or null. */
  readonly requested: StopSignalName | null;
  dispose(): void;
}

export type StopSignalName = 'SIGINT' | 'SIGTERM';

export const SIGNAL_EXIT_CODES: Record<StopSignalName, number> = { SIGINT: 130, SIGTERM: 143 };

export function watchStopSignals(): StopWatch {
  let requested: StopSignalName | null = null;
  const handlers = new Map<StopSignalName, () => void>();
  const dispose = () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    handlers.clear();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const handler = () => {
      requested ??= signal;
      dispose();
    };
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
  return {
    get requested() {
      return requested;
    },
    dispose,
  };
}

/** For runs that are not the process (tests, the library): never asked to stop. */
export const neverStop: StopWatch = { requested: null, dispose() {} };

/** Let pending signal handlers run: the per-file work is synchronous, so a run yields between files. */
export const yieldToSignals = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
