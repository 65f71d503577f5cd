/**
 * Ends the process once stdout and stderr have been written out. Exiting is needed because idle
 * keep-alive sockets or a pending retry timer must not hold a finished step open; waiting first
 * matters where pipes are asynchronous (macOS, Windows runners), or the end of the log is lost.
 */
export async function exitWhenFlushed(): Promise<never> {
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise<void>((resolve) => stream.write('', () => resolve()))));
  process.exit(process.exitCode ?? 0);
}
