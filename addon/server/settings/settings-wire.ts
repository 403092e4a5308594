// What crosses google.script.run between the settings dialog and its handlers.

export interface SettingField {
  key: string;
  label: string;
  hint: string;
  /** 'text' or 'date' (ДД.ММ.ГГГГ). */
  kind: 'text' | 'date';
  value: string;
}

export interface SettingsDialogData {
  fields: SettingField[];
  problems: string[];
}

export interface SettingsApi {
  settingsDialogData(): SettingsDialogData;
  saveSettings(values: Record<string, string>): SettingsDialogData;
  showWorkspaceSheet(name: string): void;
}
