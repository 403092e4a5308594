// Personalised programmes on the stricter stand-in: Docs made through Drive REST under drive.file,
// a run stops at about 4.5 of Apps Script's 6 minutes or on the daily Docs quota and the next run
// makes exactly the missing ones; a second editor never duplicates them and is told whose
// template it is.
import { describe, expect, it } from 'vitest';
import { callEntry } from '../../testkit/apps-script/bundle';
import { startAddon } from '../../testkit/apps-script/addon-build';
import type { AppsScript, AppsScriptOptions } from '../../testkit/apps-script';
import { programmes, setPairs } from '../../testkit/fixtures/programme-pairs';

async function workspace(pairs: number, options: AppsScriptOptions = {}) {
  const started = await startAddon(options);
  callEntry(started.addon, 'createWorkspace');
  setPairs(started.gas, pairs);
  return started;
}

const lastAlert = (gas: AppsScript) => gas.ui._alerts.at(-1)!.prompt;

describe('programme generation in runs', () => {
  it('stops at about 4.5 minutes with «готово N из M» and the next run makes exactly the missing ones', async () => {
    const { gas, addon } = await workspace(70);
    const start = gas.clock.total;
    callEntry(addon, 'createProgrammes');
    const firstRun = gas.clock.total - start;
    expect(firstRun).toBeGreaterThan(4.5 * 60 * 1000);
    expect(firstRun).toBeLessThan(5 * 60 * 1000);
    const first = programmes(gas);
    expect(first.size).toBeGreaterThan(10);
    expect(first.size).toBeLessThan(70);
    expect(lastAlert(gas)).toContain(`Готово ${first.size} из 70`);
    expect(lastAlert(gas)).toContain('Запустите это действие ещё раз');
    // One property per programme, none growing.
    const props = gas.properties._document.getProperties();
    expect(Object.keys(props).filter((k) => k.startsWith('nastavnik.programme.'))).toHaveLength(first.size);
    expect(props['nastavnik.programmes']).toBeUndefined();

    let runs = 1;
    while (programmes(gas).size < 70 && runs < 5) {
      callEntry(addon, 'createProgrammes');
      runs += 1;
    }
    const all = programmes(gas);
    expect(all.size).toBe(70);
    expect([...all.values()].every((n) => n === 1)).toBe(true);
    expect(lastAlert(gas)).not.toContain('Готово');
    // In one execution the 70 programmes would have passed Apps Script's 6 minutes.
    expect(gas.clock.total - start).toBeGreaterThan(6 * 60 * 1000);
    callEntry(addon, 'createProgrammes');
    expect(lastAlert(gas)).toContain('У всех утверждённых пар программы уже есть');
    expect(programmes(gas).size).toBe(70);
  });

  it('is cut off by the stand-in like by Apps Script when an execution passes its limit', async () => {
    const { gas, addon } = await workspace(3);
    // A limit below one programme's cost: the run cannot even finish its first document.
    gas.clock.limitMs = 4_000;
    expect(() => callEntry(addon, 'createProgrammes')).toThrow('Exceeded maximum execution time');
    gas.clock.limitMs = 6 * 60 * 1000;
    callEntry(addon, 'createProgrammes');
    expect(programmes(gas).size).toBe(3);
  });

  it('stops on the daily quota of created Docs, keeps what it made, and continues the next day', async () => {
    const { gas, addon } = await workspace(8, { docsPerDay: 5 });
    callEntry(addon, 'createProgrammes');
    // The template is one of the five Docs of the day.
    expect(programmes(gas).size).toBe(4);
    expect(lastAlert(gas)).toContain('Google не даёт создать больше документов');
    expect(lastAlert(gas)).toContain('Готово 4 из 8');
    gas.docs.createdToday.clear();
    callEntry(addon, 'createProgrammes');
    const all = programmes(gas);
    expect(all.size).toBe(8);
    expect([...all.values()].every((n) => n === 1)).toBe(true);
  });

  it('writes again, not anew, a programme whose execution was cut off right after Drive made it', async () => {
    const { gas, addon } = await workspace(3);
    const drive = gas.urlFetch._routes[0];
    let armed = true;
    gas.urlFetch._routes.unshift((req) => {
      if (!armed || req.method !== 'POST' || !req.url.startsWith('https://www.googleapis.com/drive/v3/files?'))
        return undefined;
      if (!String(JSON.parse(req.payload ?? '{}').name).startsWith('Программа наставничества — пара П002'))
        return undefined;
      armed = false;
      const made = drive(req);
      gas.clock.limitMs = 0; // Apps Script ends the execution right after Drive answered
      return made;
    });
    expect(() => callEntry(addon, 'createProgrammes')).toThrow('Exceeded maximum execution time');
    gas.clock.limitMs = 6 * 60 * 1000;
    expect(programmes(gas)).toEqual(
      new Map([
        ['П001', 1],
        ['П002', 1],
      ]),
    );
    const cut = [...gas.drive.entries.values()].find((e) => e.name === 'Программа наставничества — пара П002')!;
    expect(gas.docs.text(cut.id)).toBe('');
    expect(gas.properties._document.getProperty('nastavnik.programme.П002')).toBeNull();

    callEntry(addon, 'createProgrammes');
    expect(lastAlert(gas)).toContain('Созданы программы (2)');
    expect(programmes(gas)).toEqual(
      new Map([
        ['П001', 1],
        ['П002', 1],
        ['П003', 1],
      ]),
    );
    expect(gas.docs.text(cut.id)).toContain('Наставник 2');
    expect(JSON.parse(gas.properties._document.getProperty('nastavnik.programme.П002')!)).toEqual({
      id: cut.id,
      by: 'curator@school.example',
    });
  });

  it('moves the old single map of programmes into one property per pair and skips those pairs', async () => {
    const { gas, addon } = await workspace(3);
    gas.properties._document.setProperty('nastavnik.programmes', JSON.stringify({ П001: 'doc-old-1' }));
    callEntry(addon, 'createProgrammes');
    expect([...programmes(gas).keys()].sort()).toEqual(['П002', 'П003']);
    const props = gas.properties._document.getProperties();
    expect(props['nastavnik.programmes']).toBeUndefined();
    expect(JSON.parse(props['nastavnik.programme.П001'])).toEqual({ id: 'doc-old-1', by: '' });
  });
});

describe('the template', () => {
  it('is read once per run, and one of an older version (made by DocumentApp) is read, not made again', async () => {
    const { gas, addon } = await workspace(3);
    const DocumentApp = gas.globals.DocumentApp as {
      create(name: string): { getId(): string; getBody(): { appendParagraph(text: string): unknown } };
    };
    const old = DocumentApp.create('Шаблон программы школы');
    old.getBody().appendParagraph('Программа школы № 7 для {{наставник}}');
    gas.properties._document.setProperty('nastavnik.documentTemplate.programme', JSON.stringify(old.getId()));
    gas.calls.reset();
    callEntry(addon, 'createProgrammes');
    expect(programmes(gas).size).toBe(3);
    // One open per programme written, one for the template.
    expect(gas.calls.count('DocumentApp.openById')).toBe(3 + 1);
    const made = [...gas.drive.entries.values()].find((e) => e.name === 'Программа наставничества — пара П002')!;
    expect(gas.docs.text(made.id)).toContain('Программа школы № 7 для Наставник 2');
    expect([...gas.drive.entries.values()].filter((e) => e.name.startsWith('Шаблон —'))).toEqual([]);
  });
});

describe('a second editor', () => {
  it('gets no duplicates, is told whose template it is, and may use it once shared or make their own', async () => {
    const { gas, addon } = await workspace(2);
    callEntry(addon, 'createProgrammes');
    expect(programmes(gas).size).toBe(2);
    const templateId = JSON.parse(gas.properties._document.getProperty('nastavnik.documentTemplate.programme')!)
      .id as string;

    gas.actAs('deputy@school.example');
    callEntry(addon, 'createProgrammes');
    expect(lastAlert(gas)).toContain('У всех утверждённых пар программы уже есть');
    expect(programmes(gas).size).toBe(2);

    // A new pair: the deputy cannot read the curator's template; declines a personal one.
    setPairs(gas, 3);
    gas.ui._answers.push({ button: 'NO' });
    callEntry(addon, 'createProgrammes');
    const refusal = gas.ui._alerts.at(-1)!;
    expect(refusal.buttons).toBe('YES_NO');
    expect(refusal.prompt).toContain('Общий шаблон программы наставничества создал(а) curator@school.example');
    expect(refusal.prompt).toContain('попросите curator@school.example открыть вам доступ');
    expect(programmes(gas).size).toBe(2);

    // Shared with the deputy: the curator's template is used, the Doc goes to the deputy's own folder.
    gas.drive.share(templateId, 'deputy@school.example');
    callEntry(addon, 'createProgrammes');
    expect(lastAlert(gas)).toContain('Созданы программы (1)');
    const made = [...gas.drive.entries.values()].find((e) => e.name === 'Программа наставничества — пара П003')!;
    expect(made.owner).toBe('deputy@school.example');
    const folder = gas.drive.entries.get([...made.parents][0])!;
    expect(folder).toMatchObject({ name: 'Наставничество — документы', owner: 'deputy@school.example' });
    expect(JSON.parse(gas.properties._document.getProperty('nastavnik.documentTemplate.programme')!)).toEqual({
      id: templateId,
      by: 'curator@school.example',
    });

    // The curator's template was never made again.
    const templates = [...gas.drive.entries.values()].filter(
      (e) => e.name === 'Шаблон — Персонализированная программа наставничества',
    );
    expect(templates).toHaveLength(1);
  });

  it('may deliberately make a personal template, keeping the shared one', async () => {
    const { gas, addon } = await workspace(1);
    callEntry(addon, 'createProgrammes');
    gas.actAs('deputy@school.example');
    setPairs(gas, 2);
    gas.ui._answers.push({ button: 'YES' });
    callEntry(addon, 'createProgrammes');
    expect(lastAlert(gas)).toContain('Созданы программы (1)');
    const templates = [...gas.drive.entries.values()].filter(
      (e) => e.name === 'Шаблон — Персонализированная программа наставничества',
    );
    expect(templates.map((t) => t.owner).sort()).toEqual(['curator@school.example', 'deputy@school.example']);
    expect(JSON.parse(gas.properties._document.getProperty('nastavnik.documentTemplate.programme')!).by).toBe(
      'curator@school.example',
    );
  });

  it('makes the template again when its own creator’s Drive answers 404 or it is in the trash', async () => {
    const { gas, addon } = await workspace(2);
    callEntry(addon, 'createProgrammes');
    const first = JSON.parse(gas.properties._document.getProperty('nastavnik.documentTemplate.programme')!)
      .id as string;
    // Drive no longer gives the curator's add-on this file: 404.
    gas.drive.entries.get(first)!.grants.clear();
    setPairs(gas, 3);
    callEntry(addon, 'createProgrammes');
    const second = JSON.parse(gas.properties._document.getProperty('nastavnik.documentTemplate.programme')!);
    expect(second.id).not.toBe(first);
    expect(second.by).toBe('curator@school.example');
    expect(programmes(gas).size).toBe(3);
    gas.drive.entries.get(second.id)!.trashed = true;
    setPairs(gas, 4);
    callEntry(addon, 'createProgrammes');
    const third = JSON.parse(gas.properties._document.getProperty('nastavnik.documentTemplate.programme')!);
    expect(third.id).not.toBe(second.id);
    expect(programmes(gas).size).toBe(4);
  });
});
