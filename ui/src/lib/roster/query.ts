// The roster query that filters nothing; screens spread their own filters over it.
import type { NeutralQueryDto } from '../ipc';

export function neutralQuery(filters: Partial<NeutralQueryDto> = {}): NeutralQueryDto {
  return { text: null, role: null, language: null, panel: null, nationality: null, ...filters };
}
