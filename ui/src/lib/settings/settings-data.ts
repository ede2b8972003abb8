// The centre's settings as data: time limits, checklist templates, conflict rules, backups.
import { DataArea } from '../shell/data-area.svelte';

export const settingsData = new DataArea();
