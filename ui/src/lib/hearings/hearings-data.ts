// Hearings, venues, neutrals' imported busy time, and hearings waiting for a time-zone review.
import { DataArea } from '../shell/data-area.svelte';

export const hearingsData = new DataArea();
