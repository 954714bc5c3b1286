import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";
import { Worker } from "node:worker_threads";

export interface EventLoopStats {
  /** 99th percentile of the event loop's delay since the last reading, in ms. */
  delayP99Ms: number;
  /** The longest delay of the event loop since the last reading, in ms (20 ms resolution). */
  longestDelayMs: number;
  /** The longest stall the watchdog has seen since start, in ms. */
  longestStallMs: number;
}

export interface WatchdogOptions {
  /** A stall this long is logged. */
  warnAfterMs?: number;
  /** A stall this long kills the process (0: never), for a supervisor (systemd, Kubernetes) to restart it. */
  killAfterMs?: number;
  /** How often the main thread beats. */
  beatMs?: number;
}

/**
 * The watchdog thread: it cannot be stalled by the main thread, so it is the one that notices a
 * stalled event loop (a beat that stops), says so on stderr with how long, and, when told to,
 * kills the process so something outside restarts it. Written as source text because a worker
 * runs a file or a string, and this one must not depend on how the API itself is loaded (tsx).
 */
const WATCHDOG_SOURCE = `
const { workerData } = require("node:worker_threads");
const { writeSync } = require("node:fs");
// Straight to file descriptor 2: a worker's process.stderr goes through the stalled main thread.
const say = (line) => writeSync(2, line + "\\n");
const { beats, warnAfterMs, killAfterMs, checkMs } = workerData;
let warned = 0;
setInterval(() => {
  const last = Number(Atomics.load(beats, 0));
  const stalled = Date.now() - last;
  Atomics.store(beats, 1, BigInt(Math.max(Number(Atomics.load(beats, 1)), stalled)));
  if (stalled >= warnAfterMs && stalled - warned >= warnAfterMs) {
    warned = stalled;
    say("Event loop stalled for " + stalled + " ms: requests and /healthz are not being answered.");
  } else if (stalled < warnAfterMs) {
    warned = 0;
  }
  if (killAfterMs > 0 && stalled >= killAfterMs) {
    say("Event loop stalled for " + stalled + " ms (STALL_KILL_SECONDS): killing the process.");
    process.kill(process.pid, "SIGKILL");
  }
}, checkMs);
`;

/** Watches the main thread's event loop from a worker thread; see WATCHDOG_SOURCE. */
export class EventLoopWatchdog {
  private readonly beats = new BigInt64Array(new SharedArrayBuffer(16));
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: 20 });
  private beat: NodeJS.Timeout | undefined;
  private worker: Worker | undefined;

  constructor(private readonly options: WatchdogOptions = {}) {}

  start(): void {
    const beatMs = this.options.beatMs ?? 250;
    Atomics.store(this.beats, 0, BigInt(Date.now()));
    this.beat = setInterval(() => Atomics.store(this.beats, 0, BigInt(Date.now())), beatMs).unref();
    this.histogram.enable();
    this.worker = new Worker(WATCHDOG_SOURCE, {
      eval: true,
      workerData: {
        beats: this.beats,
        warnAfterMs: this.options.warnAfterMs ?? 2_000,
        killAfterMs: this.options.killAfterMs ?? 0,
        checkMs: beatMs,
      },
    });
    this.worker.unref();
  }

  /** The delay since the last reading and the longest stall so far. */
  stats(): EventLoopStats {
    const delayP99Ms = Math.round(this.histogram.percentile(99) / 1e6);
    const longestDelayMs = Math.round(this.histogram.max / 1e6);
    this.histogram.reset();
    return { delayP99Ms, longestDelayMs, longestStallMs: Number(Atomics.load(this.beats, 1)) };
  }

  async stop(): Promise<void> {
    clearInterval(this.beat);
    this.histogram.disable();
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
