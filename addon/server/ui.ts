// Talking to the curator: alerts for menu actions, modal dialogs for the pages built from
// addon/sidebar/<page>.html.

export function alertCurator(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

export function confirmWithCurator(title: string, message: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

export function showDialog(page: string, title: string, width: number, height: number): void {
  const html = HtmlService.createHtmlOutputFromFile(page).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}

/** Runs a menu action; a failure reaches the curator as a Russian alert instead of a stack trace. */
export function runMenuAction(title: string, action: () => void): void {
  try {
    action();
  } catch (error) {
    console.error(error);
    alertCurator(title, error instanceof Error ? error.message : String(error));
  }
}
