/** Builds the CLI and the service into `outRoot` (dist/ by default). */
export function buildNode(outRoot?: string): Promise<void>;
