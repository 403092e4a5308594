// Ui (menus, alerts, prompts, sidebars, dialogs) and HtmlService stand-ins. What the add-on shows
// is recorded for tests; answers to alerts and prompts are queued by the test.
import type { CallLog } from './calls';

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

export interface MenuItem {
  caption: string;
  functionName?: string;
  separator?: boolean;
  submenu?: RecordedMenu;
}
export interface RecordedMenu {
  caption: string;
  addon: boolean;
  items: MenuItem[];
}

export class MenuImpl {
  readonly _menu: RecordedMenu;
  constructor(
    private readonly ui: UiImpl,
    caption: string,
    addon: boolean,
  ) {
    this._menu = { caption, addon, items: [] };
  }
  private self() {
    return this.ui._log.wrap('Menu', this);
  }
  addItem(caption: string, functionName: string) {
    this._menu.items.push({ caption, functionName });
    return this.self();
  }
  addSeparator() {
    this._menu.items.push({ caption: '', separator: true });
    return this.self();
  }
  addSubMenu(menu: MenuImpl) {
    this._menu.items.push({ caption: menu._menu.caption, submenu: menu._menu });
    return this.self();
  }
  addToUi() {
    this.ui._menus.push(this._menu);
  }
}

export interface Shown {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width: number;
  height: number;
}
export interface Alerted {
  title: string;
  prompt: string;
  buttons: string;
}

export class UiImpl {
  readonly _menus: RecordedMenu[] = [];
  readonly _shown: Shown[] = [];
  readonly _alerts: Alerted[] = [];
  readonly _prompts: Alerted[] = [];
  /** Answers the next alerts/prompts will return (default: OK / YES). */
  readonly _answers: { button: string; text?: string }[] = [];
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(readonly _log: CallLog) {}

  createAddonMenu() {
    return this._log.wrap('Menu', new MenuImpl(this, '', true));
  }
  createMenu(caption: string) {
    return this._log.wrap('Menu', new MenuImpl(this, caption, false));
  }
  private args(a: string, b?: string, c?: string): Alerted {
    if (c !== undefined) return { title: a, prompt: b ?? '', buttons: c };
    if (b !== undefined && b in ButtonSet) return { title: '', prompt: a, buttons: b };
    return { title: '', prompt: a, buttons: 'OK' };
  }
  private answer(buttons: string) {
    const next = this._answers.shift();
    if (next) return next;
    return { button: buttons.startsWith('YES') ? Button.YES : Button.OK, text: '' };
  }
  alert(a: string, b?: string, c?: string) {
    const rec = this.args(a, b, c);
    this._alerts.push(rec);
    return this.answer(rec.buttons).button;
  }
  prompt(a: string, b?: string, c?: string) {
    const rec = this.args(a, b, c);
    this._prompts.push(rec);
    const ans = this.answer(rec.buttons);
    return this._log.wrap('PromptResponse', {
      getResponseText: () => ans.text ?? '',
      getSelectedButton: () => ans.button,
    });
  }
  private show(kind: Shown['kind'], out: HtmlOutputImpl, title?: string) {
    this._shown.push({ kind, title: title ?? out._title, html: out._content, width: out._width, height: out._height });
  }
  showSidebar(out: HtmlOutputImpl) {
    this.show('sidebar', out);
  }
  showModalDialog(out: HtmlOutputImpl, title: string) {
    this.show('modal', out, title);
  }
  showModelessDialog(out: HtmlOutputImpl, title: string) {
    this.show('modeless', out, title);
  }
}

export class HtmlOutputImpl {
  _title = '';
  _width = 300;
  _height = 400;
  constructor(
    private readonly log: CallLog,
    public _content: string,
  ) {}
  private self() {
    return this.log.wrap('HtmlOutput', this);
  }
  setTitle(t: string) {
    this._title = t;
    return this.self();
  }
  getTitle() {
    return this._title;
  }
  setWidth(w: number) {
    this._width = w;
    return this.self();
  }
  getWidth() {
    return this._width;
  }
  setHeight(h: number) {
    this._height = h;
    return this.self();
  }
  getHeight() {
    return this._height;
  }
  getContent() {
    return this._content;
  }
  setContent(c: string) {
    this._content = c;
    return this.self();
  }
  append(c: string) {
    this._content += c;
    return this.self();
  }
  setSandboxMode(_mode: string) {
    return this.self();
  }
  setXFrameOptionsMode(_mode: string) {
    return this.self();
  }
  addMetaTag(_name: string, _content: string) {
    return this.self();
  }
}

export class HtmlServiceImpl {
  readonly SandboxMode = { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' };
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' };
  constructor(
    private readonly log: CallLog,
    /** Project html files by name without `.html` (what clasp uploads from dist/addon). */
    readonly _files: Map<string, string>,
  ) {}
  createHtmlOutput(html = '') {
    return this.log.wrap('HtmlOutput', new HtmlOutputImpl(this.log, html));
  }
  createHtmlOutputFromFile(filename: string) {
    const html = this._files.get(filename.replace(/\.html$/, ''));
    if (html === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return this.log.wrap('HtmlOutput', new HtmlOutputImpl(this.log, html));
  }
}
