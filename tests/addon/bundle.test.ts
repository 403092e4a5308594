// The built Code.js in node:vm with the stand-in as its globals, as Apps Script runs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MenuItem, RecordedMenu } from '../../testkit/apps-script';
import { callEntry, callFromPage } from '../../testkit/apps-script/bundle';
import { builtAddon, startAddon } from '../../testkit/apps-script/addon-build';
import type { SettingsDialogData } from '../../addon/server/settings/settings-wire';

let dir: string;
beforeAll(async () => {
  dir = await builtAddon();
});

function items(menu: RecordedMenu): MenuItem[] {
  return menu.items.flatMap((i) => (i.submenu ? items(i.submenu) : [i]));
}

describe('Code.js', () => {
  it('is a classic script whose entry points are top-level functions', () => {
    const code = readFileSync(join(dir, 'Code.js'), 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    for (const name of [
      'onOpen',
      'onInstall',
      'createWorkspace',
      'openImportDialog',
      'importAnswers',
      'createOrder',
      'openPairingSidebar',
    ]) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(\\) \\{$`, 'm'));
    }
  });

  it('builds only the menu in onOpen under AuthMode.NONE, and every item calls a top-level function', async () => {
    const { gas, addon } = await startAddon({ authMode: 'NONE' });
    callEntry(addon, 'onOpen', { authMode: 'NONE' });
    expect(
      Object.keys(gas.calls.snapshot()).every((name) =>
        /^(SpreadsheetApp\.getUi|Ui\.create(Addon)?Menu|Menu\.)/.test(name),
      ),
    ).toBe(true);
    expect(gas.calls.dataOps).toEqual([]);
    const menu = gas.ui._menus.find((m) => m.addon)!;
    const all = items(menu).filter((i) => !i.separator);
    expect(all.map((i) => i.caption)).toEqual([
      'Создать или восстановить рабочее пространство',
      'Создать анкету наставника «Чем я могу быть полезен…»',
      'Создать анкету наставляемого (запросы)',
      'Создать анкету входного и итогового замера',
      'Создать итоговую анкету удовлетворённости',
      'Создать анкету для SWOT-анализа',
      'Создать листы для ответов без Google Форм',
      'Импортировать ответы анкеты…',
      'Подбор пар…',
      'О закреплении наставнических пар/групп…',
      'Об утверждении реестра наставников…',
      'Добавить встречу, завершить пару…',
      'Обновить ход работы пар',
      'Пары без встреч больше недели',
      'Мониторинг: обновить лист «Мониторинг»',
      'Показатели: обновить лист «Показатели»',
      'Дорожная карта: создать или обновить',
      'Персонализированные программы наставничества',
      'Информационная карта наставнической практики…',
      'Упаковать в практику (банк практик региона)…',
      'Обновить статусы практик',
      'Обновить рейтинг и шорт-лист «Наставник года»',
      'Документ для комиссии по стимулирующим выплатам',
      'Благодарственные письма наставникам',
      'Отчёт в регион…',
      'Снять снимок квартала',
      'Снимки по расписанию: включить или выключить',
      'Новый учебный год…',
      'Настройки',
      'Проверить работу надстройки',
    ]);
    expect(all.filter((i) => /скоро/i.test(i.caption))).toEqual([]);
    for (const item of all) expect(typeof addon[item.functionName!]).toBe('function');
  });

  it('onInstall builds the same menu', async () => {
    const { gas, addon } = await startAddon({ authMode: 'NONE' });
    callEntry(addon, 'onInstall', { authMode: 'NONE' });
    expect(gas.ui._menus).toHaveLength(1);
    expect(gas.ui._menus[0].addon).toBe(true);
  });

  it('turns a failure of a menu action into a Russian alert', async () => {
    const { gas, addon } = await startAddon();
    callEntry(addon, 'openImportDialog');
    expect(gas.ui._alerts.at(-1)).toMatchObject({
      title: 'Импорт ответов',
      prompt: expect.stringContaining('Нет листа «Наставники»'),
    });
    expect(gas.consoleLines.some((l) => l.startsWith('error:'))).toBe(true);
  });

  it('opens the dialogs from the built, self-contained pages', async () => {
    const { gas, addon } = await startAddon();
    callEntry(addon, 'createWorkspace');
    for (const [entry, page] of [
      ['openImportDialog', 'import.ts'],
      ['openSettings', 'settings.ts'],
      ['openPairOrderDialog', 'orders.ts'],
      ['openMeetingDialog', 'meetings.ts'],
      ['openReportDialog', 'report.ts'],
      ['openPracticeDialog', 'practice.ts'],
    ] as const) {
      callEntry(addon, entry);
      const shown = gas.ui._shown.at(-1)!;
      expect(shown.kind).toBe('modal');
      expect(shown.html).toMatch(/<script>\n/);
      expect(shown.html).toMatch(/<style>\n/);
      expect(shown.html).toContain(`// addon/sidebar/${page}`);
      expect(shown.html).not.toMatch(/src="\.\/|href="\.\//);
    }
  });

  it('saves the settings dialog into «Настройки» by parameter name, keeping the curator’s rows', async () => {
    const { gas, addon } = await startAddon();
    callEntry(addon, 'createWorkspace');
    const settings = gas.sheetValues('Настройки');
    gas.setSheetValues('Настройки', [...settings, ['Мой параметр', 'моё значение', '']]);
    const data = callFromPage<SettingsDialogData>(addon, 'settingsDialogData');
    expect(data.fields.find((f) => f.key === 'directorPosition')!.value).toBe('Директор');
    gas.calls.reset();
    const saved = callFromPage<SettingsDialogData>(addon, 'saveSettings', {
      organizationName: 'МБОУ «Лицей № 3»',
      pairOrderDate: '01.09.2024',
    });
    expect(saved.fields.find((f) => f.key === 'organizationName')!.value).toBe('МБОУ «Лицей № 3»');
    expect(gas.calls.writes('Настройки')).toHaveLength(1);
    const after = gas.sheetValues('Настройки');
    expect(after.find((r) => r[0] === 'Наименование организации')![1]).toBe('МБОУ «Лицей № 3»');
    expect(after.at(-1)).toEqual(['Мой параметр', 'моё значение', '']);
    expect(() => callFromPage(addon, 'saveSettings', { pairOrderDate: '1 сентября' })).toThrow(/ДД\.ММ\.ГГГГ/);
    expect(() =>
      callFromPage(addon, 'saveSettings', { organizationName: 'Другая', pairOrderDate: '31.02.2025' }),
    ).toThrow('Настройки не сохранены: «Приказ о закреплении пар: дата»: нет такой даты: 31.02.2025.');
    expect(gas.sheetValues('Настройки')).toEqual(after);
    expect(() => callFromPage(addon, 'showWorkspaceSheet', 'Чужой лист')).toThrow(/Неизвестный лист/);
    callFromPage(addon, 'showWorkspaceSheet', 'Списки для анкет');
    expect(gas.spreadsheet._active._name).toBe('Списки для анкет');
  });
});
