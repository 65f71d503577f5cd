/** The machine the figures came from, printed beside them. */
import { readFileSync } from 'node:fs';
import { cpus, freemem, release, totalmem } from 'node:os';

export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly freeMemoryGb: number;
  readonly node: string;
  readonly os: string;
}

/** The first `model name` of /proc/cpuinfo (Linux); os.cpus() elsewhere. */
export function cpuModelFrom(cpuinfo: string | undefined): string | undefined {
  const match = cpuinfo ? /^model name\s*:\s*(.+)$/m.exec(cpuinfo) : null;
  return match ? match[1]!.trim() : undefined;
}

function readCpuinfo(): string | undefined {
  try {
    return readFileSync('/proc/cpuinfo', 'utf8');
  } catch {
    return undefined;
  }
}

export function machineInfo(): MachineInfo {
  const gb = (bytes: number) => Math.round((bytes / 1024 ** 3) * 10) / 10;
  return {
    cpuModel: cpuModelFrom(readCpuinfo()) ?? cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: gb(totalmem()),
    freeMemoryGb: gb(freemem()),
    node: process.version,
    os: `${process.platform} ${release()}`,
  };
}
