// Neutrals, parties, counsel and firms, their connections, and appointments to cases.
import { DataArea } from '../shell/data-area.svelte';

export const rosterData = new DataArea();
