// The «Наставничество» menu (Extensions → Наставничество). onOpen runs in AuthMode.NONE until the
// add-on is used in the file, so it builds the menu and touches nothing else.

export function buildMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const questionnaires = ui
    .createMenu('Анкеты')
    .addItem('Создать анкету наставника «Чем я могу быть полезен…»', 'createMentorQuestionnaire')
    .addItem('Создать анкету наставляемого (запросы)', 'createMenteeQuestionnaire')
    .addSeparator()
    .addItem('Создать анкету входного и итогового замера', 'createMeasurementForm')
    .addItem('Создать итоговую анкету удовлетворённости', 'createSatisfactionForm')
    .addItem('Создать анкету для SWOT-анализа', 'createSwotForm')
    .addItem('Создать листы для ответов без Google Форм', 'createAnswerSheets')
    .addSeparator()
    .addItem('Импортировать ответы анкеты…', 'openImportDialog');
  const orders = ui
    .createMenu('Приказы')
    .addItem('О закреплении наставнических пар/групп…', 'openPairOrderDialog')
    .addItem('Об утверждении реестра наставников…', 'openRegistryOrderDialog');
  const meetings = ui
    .createMenu('Встречи')
    .addItem('Добавить встречу, завершить пару…', 'openMeetingDialog')
    .addItem('Обновить ход работы пар', 'refreshPairProgress')
    .addItem('Пары без встреч больше недели', 'showOverduePairs');
  const documents = ui
    .createMenu('Документы')
    .addItem('Персонализированные программы наставничества', 'createProgrammes')
    .addItem('Информационная карта наставнической практики…', 'createPracticeCard')
    .addSeparator()
    .addItem('Упаковать в практику (банк практик региона)…', 'openPracticeDialog')
    .addItem('Обновить статусы практик', 'refreshPractices');
  const rating = ui
    .createMenu('Рейтинг наставников')
    .addItem('Обновить рейтинг и шорт-лист «Наставник года»', 'refreshRating')
    .addItem('Документ для комиссии по стимулирующим выплатам', 'createCommissionDocument')
    .addItem('Благодарственные письма наставникам', 'createThanksLetters');
  const accounting = ui
    .createMenu('Учёт участников')
    .addItem('Снять снимок квартала', 'takeParticipationSnapshot')
    .addItem('Снимки по расписанию: включить или выключить', 'switchScheduledSnapshots');
  ui.createAddonMenu()
    .addItem('Создать или восстановить рабочее пространство', 'createWorkspace')
    .addSeparator()
    .addSubMenu(questionnaires)
    .addItem('Подбор пар…', 'openPairingSidebar')
    .addSubMenu(orders)
    .addSeparator()
    .addSubMenu(meetings)
    .addItem('Мониторинг: обновить лист «Мониторинг»', 'refreshMonitoring')
    .addItem('Показатели: обновить лист «Показатели»', 'refreshIndicators')
    .addItem('Дорожная карта: создать или обновить', 'refreshRoadmap')
    .addSubMenu(documents)
    .addSubMenu(rating)
    .addItem('Отчёт в регион…', 'openReportDialog')
    .addSubMenu(accounting)
    .addItem('Новый учебный год…', 'startNewYear')
    .addSeparator()
    .addItem('Настройки', 'openSettings')
    .addItem('Проверить работу надстройки', 'checkAddon')
    .addToUi();
}

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
