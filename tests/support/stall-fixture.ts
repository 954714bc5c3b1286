/** A process whose event loop stalls for 1.5 s under the watchdog: recovery.int.test.ts reads what it says. */
import { setTimeout as sleep } from "node:timers/promises";
import { EventLoopWatchdog } from "@lombardy-kg/api";

const watchdog = new EventLoopWatchdog({ warnAfterMs: 300, beatMs: 50 });
watchdog.start();
await sleep(200);
const until = Date.now() + 1_500;
while (Date.now() < until) {
  // Busy: nothing else runs on this thread meanwhile.
}
await sleep(400);
console.log(`longest stall ${watchdog.stats().longestStallMs} ms`);
await watchdog.stop();
