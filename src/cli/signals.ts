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
    if (watching === toggle) watching = null;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const handler = () => {
      requested ??= signal;
      dispose();
    };
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
  // Off for a read that may block (see whileBlocking), on again after it unless a signal came.
  const toggle = {
    off: () => handlers.forEach((handler, signal) => process.off(signal, handler)),
    on: () => handlers.forEach((handler, signal) => process.on(signal, handler)),
  };
  watching = toggle;
  return {
    get requested() {
      return requested;
    },
    dispose,
  };
}

let watching: { off(): void; on(): void } | null = null;

/**
 * Run a read that may block for as long as another program pleases (a named pipe no one writes to yet):
 * the signals' handlers, which only run between files, are off meanwhile, so SIGINT and SIGTERM end the
 * process at once, as they would `cat`. Nothing is being written on this thread then.
 */
export function whileBlocking<T>(read: () => T): T {
  const w = watching;
  w?.off();
  try {
    return read();
  } finally {
    if (w !== null && watching === w) w.on();
  }
}

/** For runs that are not the process (tests, the library): never asked to stop. */
export const neverStop: StopWatch = { requested: null, dispose() {} };

/** Let pending signal handlers run: the per-file work is synchronous, so a run yields between files. */
export const yieldToSignals = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
