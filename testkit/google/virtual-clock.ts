// A clock whose time moves only when someone sleeps, by exactly what they asked for: waits that
// overlap count once. It measures time spent waiting for quota, free of machine speed.
import type { Clock } from '../../sync-service/src/google/clock';

export function virtualClock(): Clock & { slept: number[] } {
  let t = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => t,
    sleep: async (ms) => {
      const from = t;
      slept.push(ms);
      await Promise.resolve(); // sleepers that started together wake together
      t = Math.max(t, from + ms);
    },
  };
}
