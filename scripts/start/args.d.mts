export interface StartArgs {
  headless: boolean;
  screenshot: string;
  build: boolean;
  help: boolean;
  browser: 'chromium' | 'firefox';
}
export const USAGE: string;
export function parseStartArgs(
  argv: string[],
  env?: Record<string, string | undefined>,
  cwd?: string,
): StartArgs;
