/** What is wrong with a clasp project file's text, in Russian, or null when it can be pushed to. */
export function claspTargetProblem(file: string, text: string): string | null;
