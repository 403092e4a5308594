// Every export here becomes a top-level Apps Script function (menus, triggers, google.script.run).
export * from './pairing/handlers';
