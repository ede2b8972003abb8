// The data the screens show, in areas (roster, cases, preparation, deadlines, calendar, settings).
// A screen loads in an effect that watches every area it shows, so it loads again when one of them
// changes and not otherwise; a save marks every area it altered as changed.
const areas: DataArea[] = [];

export class DataArea {
  #version = $state(0);

  constructor() {
    areas.push(this);
  }

  /** Read inside an effect: the effect runs again after the next change. */
  get version(): number {
    return this.#version;
  }

  /** The area's data changed: every effect watching it runs again. */
  changed(): void {
    this.#version += 1;
  }
}

/** Makes the running effect run again whenever one of these areas changes. */
export function watch(...watched: DataArea[]): void {
  for (const area of watched) void area.version;
}

/** Demo data loaded, a backup restored, a package imported: every area may have changed. */
export function everythingChanged(): void {
  for (const area of areas) area.changed();
}
