// Case deadlines and what moves them: overrides, holiday lists, weather warnings.
import { DataArea } from '../shell/data-area.svelte';

export const deadlinesData = new DataArea();
