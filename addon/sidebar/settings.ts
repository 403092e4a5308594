// The settings dialog: organisation, signatory, curator, order numbers and dates — the rows of the
// «Настройки» sheet that orders and reports use.
import type { SettingsApi, SettingsDialogData } from '../server/settings/settings-wire';
import { banner, busy, byId, h } from './dialog/dom';
import { closeDialog, serverOf } from './dialog/server';

const call = serverOf<SettingsApi>();

function render(data: SettingsDialogData): void {
  const form = byId('fields');
  form.replaceChildren(
    ...data.fields.flatMap((f) => [
      h('label', { for: `f-${f.key}` }, f.label, f.hint ? h('span', { class: 'hint' }, ` ${f.hint}`) : null),
      h('input', {
        id: `f-${f.key}`,
        type: 'text',
        name: f.key,
        value: f.value,
        placeholder: f.kind === 'date' ? 'ДД.ММ.ГГГГ' : '',
      }),
    ]),
  );
  if (data.problems.length > 0) banner(data.problems.join('\n'), 'error');
}

function values(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const input of document.querySelectorAll<HTMLInputElement>('#fields input')) out[input.name] = input.value;
  return out;
}

async function save(): Promise<void> {
  banner('');
  try {
    const data = await busy('Сохраняю…', () => call('saveSettings', values()));
    render(data);
    // What else is wrong on the sheet stays in view: the save does not make it right.
    if (data.problems.length === 0) banner('Сохранено на листе «Настройки».', 'ok');
    else banner(`Сохранено на листе «Настройки». Ещё исправьте на листе:\n${data.problems.join('\n')}`, 'error');
  } catch (error) {
    banner((error as Error).message, 'error');
  }
}

async function openSheet(name: string): Promise<void> {
  try {
    await call('showWorkspaceSheet', name);
    closeDialog();
  } catch (error) {
    banner((error as Error).message, 'error');
  }
}

async function start(): Promise<void> {
  byId('close').addEventListener('click', closeDialog);
  byId('save').addEventListener('click', () => void save());
  byId('open-settings').addEventListener('click', () => void openSheet('Настройки'));
  byId('open-lists').addEventListener('click', () => void openSheet('Списки для анкет'));
  try {
    render(await busy('Загрузка…', () => call('settingsDialogData')));
  } catch (error) {
    banner((error as Error).message, 'error');
  }
}

void start();
