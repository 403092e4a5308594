// The region's tokens are base64url, so one in 64 begins with «-»: `--token -x…` must still pass the
// token, where parseArgs would refuse the word as an ambiguous option.

/** `--token <word beginning with «-»>` joined into `--token=<word>`, unless the word is one of the options. */
export function joinTokenValue(argv: readonly string[], options: Record<string, unknown>): string[] {
  const known = (word: string) => word.startsWith('--') && word.slice(2).split('=')[0] in options;
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    if (argv[i] === '--token' && next !== undefined && next.startsWith('-') && !known(next)) {
      args.push(`--token=${next}`);
      i++;
    } else args.push(argv[i]);
  }
  return args;
}
