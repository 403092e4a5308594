// The «Наставничество» menu (Extensions → Наставничество). onOpen runs in AuthMode.NONE until the
// add-on is used in the file, so it builds the menu and touches nothing else.

export const COMING_SOON = 'скоро';

export function buildMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const questionnaires = ui
    .createMenu('Анкеты')
    .addItem('Создать анкету наставника «Чем я могу быть полезен…»', 'createMentorQuestionnaire')
    .addItem('Создать анкету наставляемого (запросы)', 'createMenteeQuestionnaire')
    .addSeparator()
    .addItem('Импортировать ответы анкеты…', 'openImportDialog');
  const orders = ui
    .createMenu('Приказы')
    .addItem('О закреплении наставнических пар/групп…', 'openPairOrderDialog')
    .addItem('Об утверждении реестра наставников…', 'openRegistryOrderDialog');
  ui.createAddonMenu()
    .addItem('Создать или восстановить рабочее пространство', 'createWorkspace')
    .addSeparator()
    .addSubMenu(questionnaires)
    .addItem('Подбор пар…', 'openPairingSidebar')
    .addSubMenu(orders)
    .addSeparator()
    .addItem(`Встречи (${COMING_SOON})`, 'showComingSoon')
    .addItem(`Мониторинг (${COMING_SOON})`, 'showComingSoon')
    .addItem(`Показатели (${COMING_SOON})`, 'showComingSoon')
    .addItem(`Отчёт в регион (${COMING_SOON})`, 'showComingSoon')
    .addSeparator()
    .addItem('Настройки', 'openSettings')
    .addToUi();
}

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function showComingSoon(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(
    'Раздел в разработке',
    'Встречи, мониторинг, показатели и отчёт в регион появятся в следующем обновлении дополнения. ' +
      'Пока вы можете вести эти данные на своих листах — дополнение их не изменит.',
    ui.ButtonSet.OK,
  );
}
