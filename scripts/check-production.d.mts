export interface StartOptions {
  /** The built tree to run in (the current directory by default). */
  cwd?: string;
  /** The command and its arguments: `npm start --silent` by default. */
  command?: string[];
  /** How the messages name the command: «npm start» by default. */
  label?: string;
}

export interface RunningService {
  base: string;
  adminToken: string;
  /** The started process (node itself when `command` runs node directly). */
  pid: number;
  /** What the service printed so far. */
  output(): string;
  /** Waits until /healthz answers; the milliseconds since the start. Throws when it exits or takes 60 s. */
  ready(): Promise<number>;
  /** Stops the service's process group and removes its data folder. */
  stop(): Promise<void>;
}

/** Starts the service with an empty embedded store and a fresh admin token on a free loopback port. */
export function startService(options?: StartOptions): Promise<RunningService>;

export interface DashboardFetched {
  script: { path: string; length: number; ms: number };
  style: { path: string; length: number };
}

/** Logs in, then fetches the dashboard page, its client script (timed) and its styles; throws when one is wrong. */
export function fetchDashboard(service: RunningService): Promise<DashboardFetched>;
