/**
 * Runs a command-line script's `main` and exits with its code; an error is printed as one line
 * (`prefix` before it), with exit code 2 where `isUsageError` says the user's input was wrong.
 */
export function runCommand(
  main: () => Promise<number>,
  options: { prefix?: string; isUsageError?: (e: unknown) => boolean } = {},
): void {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(`${options.prefix ?? "Error: "}${e instanceof Error ? e.message : String(e)}`);
      process.exit(options.isUsageError?.(e) ? 2 : 1);
    },
  );
}
