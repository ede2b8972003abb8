// Cases: their stages and event dates, parties and tribunal, and history.
import { DataArea } from '../shell/data-area.svelte';

export const casesData = new DataArea();
