import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { labSchema, type Lab } from './lab-schema';

export type { Lab, LabUser, LabDevice, LabAdministrator } from './lab-schema';

/** Path of the embedded lab that ships with the simulator. */
export const defaultLabFile = fileURLToPath(new URL('./default-lab.json', import.meta.url));

/** A lab file that cannot be read or is not a valid lab; the message lists every problem. */
export class LabError extends Error {
  override name = 'LabError';
}

/** Validates lab data (already parsed from JSON) and returns it with its defaults filled in. */
export function parseLab(data: unknown, source = 'lab'): Lab {
  const parsed = labSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `  - ${where}: ${issue.message}`;
  });
  throw new LabError(`${source} is not a valid lab:\n${problems.join('\n')}`);
}

/** Reads and validates a lab file; without a path, the embedded lab. */
export function loadLab(file: string = defaultLabFile): Lab {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new LabError(`cannot read lab file ${file}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LabError(`lab file ${file} is not JSON: ${(error as Error).message}`);
  }
  return parseLab(data, `lab file ${file}`);
}
