/** The file system as the commands see it: passed in, so tests can hand over a map. */
export interface FileReader {
  /** undefined when the file does not exist */
  read(path: string): string | undefined;
}
