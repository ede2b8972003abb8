// Shell-wide state: which screen is open, what the database holds, and the error to show.
import { commands, IpcError, toIpcError, type AppInfoDto, type Locale, type OverviewDto, type SettingsDto } from '../ipc';
import { applyLocale, localeFromSystem } from '../i18n/i18n.svelte';
import type { MessageKey } from '../i18n/catalogue';

/** A confirmation kept as a message key, so it follows a later change of language. */
export type Notice = { key: MessageKey; params?: Record<string, string | number> };

export type Screen = 'roster' | 'cases' | 'calendar' | 'deadlines' | 'settings';
export const screens: Screen[] = ['roster', 'cases', 'calendar', 'deadlines', 'settings'];

class Shell {
  screen = $state<Screen>('cases');
  /** The case whose page is open on the Cases screen, by reference. */
  openCase = $state<string | null>(null);
  overview = $state<OverviewDto | null>(null);
  settings = $state<SettingsDto | null>(null);
  info = $state<AppInfoDto | null>(null);
  error = $state<IpcError | null>(null);
  notice = $state<Notice | null>(null);
  ready = $state(false);
  /** The path the window was started on when it holds no database yet (the clerk is asked). */
  missingDatabase = $state<string | null>(null);

  /** First start: restore the saved language (or pick the system's and remember it), then load. */
  async start(systemLanguages: readonly string[]): Promise<void> {
    this.missingDatabase = null;
    await this.guard(async () => {
      let settings: SettingsDto;
      try {
        settings = await commands.getSettings();
      } catch (raw) {
        const e = toIpcError(raw);
        if (e.payload.kind !== 'noDatabase') throw e;
        // Asked in the window's language until the clerk has a database to keep a choice in.
        applyLocale(localeFromSystem(systemLanguages));
        this.missingDatabase = e.payload.detail.path;
        return;
      }
      let language = settings.language;
      if (!language) {
        language = localeFromSystem(systemLanguages);
        this.settings = await commands.setLanguage(language);
      } else {
        this.settings = settings;
      }
      applyLocale(language);
      const [overview, info] = await Promise.all([commands.getOverview(), commands.appInfo()]);
      this.overview = overview;
      this.info = info;
    });
    this.ready = true;
  }

  async setLanguage(language: Locale): Promise<void> {
    applyLocale(language);
    await this.guard(async () => {
      this.settings = await commands.setLanguage(language);
    });
  }

  async refreshOverview(): Promise<void> {
    await this.guard(async () => {
      this.overview = await commands.getOverview();
    });
  }

  /** Opens a case's page on the Cases screen. */
  openCaseRef(reference: string): void {
    this.openCase = reference;
    this.screen = 'cases';
  }

  /** Shows an error in the banner; a plain function, so forms can pass it as their error handler. */
  report = (error: IpcError): void => {
    this.error = error;
  };

  /** Runs an action; a failure is shown in the error banner instead of being thrown. */
  async guard<T>(action: () => Promise<T>): Promise<T | undefined> {
    try {
      return await action();
    } catch (raw) {
      this.error = toIpcError(raw);
      return undefined;
    }
  }
}

export const shell = new Shell();
