// A clock that runs `factor` times faster than real time: a minute of quota passes in 60 ms at 1000×.
import type { Clock } from '../../../sync-service/src/google/clock';

export function fastClock(factor = 1000): Clock {
  const realStart = Date.now();
  return {
    now: () => realStart + (Date.now() - realStart) * factor,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / factor)),
  };
}
