// A case's preparation: checklist, documents, bundle, notes and disclosures.
import { DataArea } from '../shell/data-area.svelte';

export const prepData = new DataArea();
