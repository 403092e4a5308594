// The PostgreSQL pass of the suites that run on a real store: TEST_DATABASE_URL, which `.ci/run`
// always sets. Under CI a missing URL fails the suite instead of skipping PostgreSQL quietly.
export function testDatabaseUrl(
  suite: string,
  env: NodeJS.ProcessEnv = process.env,
  warn: (line: string) => void = (line) => console.warn(line),
): string | undefined {
  const url = env.TEST_DATABASE_URL;
  if (url) return url;
  if (env.CI)
    throw new Error(
      `TEST_DATABASE_URL is not set: in CI the ${suite} tests must also run on PostgreSQL (.ci/run sets it)`,
    );
  warn(
    `[${suite}] TEST_DATABASE_URL is not set: the PostgreSQL variant of these tests is skipped (see README, «Тесты на PostgreSQL»).`,
  );
  return undefined;
}
