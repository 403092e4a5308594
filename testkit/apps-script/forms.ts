// FormApp stand-in: forms with items, linked to the spreadsheet as a responses sheet
// («Ответы на форму (N)»), and a test helper that submits answers the way Forms writes them.
// Rules encoded, as Google documents them:
// - a form starts unpublished unless asked: FormApp.create(title, isPublished)
//   (https://developers.google.com/apps-script/reference/forms/form-app#create(String,Boolean)),
//   and forms created by the API after 30 June 2026 are unpublished by default
//   (https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms);
// - an unpublished form, or one not accepting responses, takes no submission; setPublished(true)
//   publishes and opens it for responses
//   (https://developers.google.com/workspace/forms/api/guides/publish-form);
// - FormApp.openById opens only forms the running user may edit: the one who created it, or an
//   editor it was shared with (https://developers.google.com/apps-script/reference/forms/form-app#openById(String)).
import type { CallLog } from './calls';
import type { DriveStore } from './drive';
import { MimeType } from './drive';
import type { SheetImpl, SpreadsheetImpl } from './spreadsheet';

export const ItemType = {
  TEXT: 'TEXT',
  PARAGRAPH_TEXT: 'PARAGRAPH_TEXT',
  MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
  CHECKBOX: 'CHECKBOX',
  LIST: 'LIST',
  SCALE: 'SCALE',
  DATE: 'DATE',
  SECTION_HEADER: 'SECTION_HEADER',
  PAGE_BREAK: 'PAGE_BREAK',
} as const;
type ItemKind = (typeof ItemType)[keyof typeof ItemType];
const ANSWERLESS: ItemKind[] = ['SECTION_HEADER', 'PAGE_BREAK'];

export class ItemImpl {
  _title = '';
  _helpText = '';
  _required = false;
  _choices: string[] = [];
  _other = false;
  _bounds: [number, number] = [1, 5];
  constructor(
    private readonly form: FormImpl,
    readonly _id: number,
    readonly _type: ItemKind,
  ) {}
  private api() {
    return this.form._log.wrap('Item', this);
  }
  getId() {
    return this._id;
  }
  getType() {
    return this._type;
  }
  getIndex() {
    return this.form._items.indexOf(this);
  }
  setTitle(t: string) {
    this._title = String(t);
    this.form._syncHeaders();
    return this.api();
  }
  getTitle() {
    return this._title;
  }
  setHelpText(t: string) {
    this._helpText = String(t);
    return this.api();
  }
  getHelpText() {
    return this._helpText;
  }
  setRequired(r: boolean) {
    this._required = r;
    return this.api();
  }
  isRequired() {
    return this._required;
  }
  setChoiceValues(values: string[]) {
    if (!['MULTIPLE_CHOICE', 'CHECKBOX', 'LIST'].includes(this._type))
      throw new Error(`setChoiceValues is not available on ${this._type} items.`);
    if (values.length === 0) throw new Error('A choice item needs at least one choice.');
    if (new Set(values).size !== values.length) throw new Error(`Duplicate choices in «${this._title}».`);
    this._choices = values.map(String);
    return this.api();
  }
  getChoices() {
    return this._choices.map((v) => this.form._log.wrap('Choice', { getValue: () => v }));
  }
  showOtherOption(enabled: boolean) {
    this._other = enabled;
    return this.api();
  }
  hasOtherOption() {
    return this._other;
  }
  setBounds(lower: number, upper: number) {
    this._bounds = [lower, upper];
    return this.api();
  }
  getLowerBound() {
    return this._bounds[0];
  }
  getUpperBound() {
    return this._bounds[1];
  }
  setLabels(_lower: string, _upper: string) {
    return this.api();
  }
  asTextItem() {
    return this.api();
  }
  asParagraphTextItem() {
    return this.api();
  }
  asMultipleChoiceItem() {
    return this.api();
  }
  asCheckboxItem() {
    return this.api();
  }
  asListItem() {
    return this.api();
  }
  asScaleItem() {
    return this.api();
  }
}

export class FormImpl {
  _title: string;
  _description = '';
  _confirmation = '';
  _collectEmail = false;
  _items: ItemImpl[] = [];
  _destination: SheetImpl | null = null;
  _published = false;
  _accepting = false;
  /** Who may open it with FormApp: its creator, and editors it was shared with. */
  readonly _editors = new Set<string>();
  private nextItemId = 1000;
  constructor(
    readonly _log: CallLog,
    private readonly forms: FormStore,
    readonly _id: string,
    title: string,
  ) {
    this._title = title;
  }
  private api() {
    return this._log.wrap('Form', this);
  }
  private add(type: ItemKind) {
    const item = new ItemImpl(this, this.nextItemId++, type);
    this._items.push(item);
    this._syncHeaders();
    return this._log.wrap('Item', item);
  }
  _headers(): string[] {
    const titles = this._items.filter((i) => !ANSWERLESS.includes(i._type)).map((i) => i._title);
    return ['Отметка времени', ...(this._collectEmail ? ['Адрес электронной почты'] : []), ...titles];
  }
  /** Forms keeps the responses sheet's header row in step with the questions. */
  _syncHeaders() {
    if (!this._destination) return;
    const headers = this._headers();
    const sheet = this._destination;
    if (headers.length > sheet._maxColumns) sheet._maxColumns = headers.length;
    const row = (sheet._cells[0] ??= []);
    headers.forEach((h, i) => (row[i] = h));
  }
  getId() {
    return this._id;
  }
  getTitle() {
    return this._title;
  }
  setTitle(t: string) {
    this._title = t;
    return this.api();
  }
  getDescription() {
    return this._description;
  }
  setDescription(d: string) {
    this._description = d;
    return this.api();
  }
  setConfirmationMessage(m: string) {
    this._confirmation = m;
    return this.api();
  }
  setCollectEmail(c: boolean) {
    this._collectEmail = c;
    this._syncHeaders();
    return this.api();
  }
  collectsEmail() {
    return this._collectEmail;
  }
  setAllowResponseEdits(_b: boolean) {
    return this.api();
  }
  setProgressBar(_b: boolean) {
    return this.api();
  }
  setShowLinkToRespondAgain(_b: boolean) {
    return this.api();
  }
  isPublished() {
    return this._published;
  }
  setPublished(enabled: boolean) {
    this._published = enabled;
    this._accepting = enabled;
    return this.api();
  }
  isAcceptingResponses() {
    return this._accepting;
  }
  setAcceptingResponses(enabled: boolean) {
    this._accepting = enabled && this._published;
    return this.api();
  }
  deleteItem(index: number) {
    if (index < 0 || index >= this._items.length)
      throw new Error(`Index ${index} is out of range for the form's ${this._items.length} items.`);
    this._items.splice(index, 1);
    this._syncHeaders();
  }
  getEditUrl() {
    return `https://docs.google.com/forms/d/${this._id}/edit`;
  }
  getPublishedUrl() {
    return `https://docs.google.com/forms/d/e/${this._id}/viewform`;
  }
  getItems() {
    return this._items.map((i) => this._log.wrap('Item', i));
  }
  addTextItem() {
    return this.add('TEXT');
  }
  addParagraphTextItem() {
    return this.add('PARAGRAPH_TEXT');
  }
  addMultipleChoiceItem() {
    return this.add('MULTIPLE_CHOICE');
  }
  addCheckboxItem() {
    return this.add('CHECKBOX');
  }
  addListItem() {
    return this.add('LIST');
  }
  addScaleItem() {
    return this.add('SCALE');
  }
  addDateItem() {
    return this.add('DATE');
  }
  addSectionHeaderItem() {
    return this.add('SECTION_HEADER');
  }
  addPageBreakItem() {
    return this.add('PAGE_BREAK');
  }
  setDestination(type: string, destinationId: string) {
    if (type !== 'SPREADSHEET') throw new Error(`Unsupported destination type ${type}.`);
    const ss = this.forms.spreadsheets.get(destinationId);
    if (!ss)
      throw new Error(
        `No item with the given ID could be found, or you do not have permission to access it. (${destinationId})`,
      );
    let n = 1;
    while (ss._sheet(`Ответы на форму (${n})`)) n++;
    const sheet = ss._addSheet(`Ответы на форму (${n})`, 0);
    sheet._formUrl = this.getEditUrl();
    this._destination = sheet;
    this._syncHeaders();
    return this.api();
  }
  getDestinationId() {
    if (!this._destination) throw new Error('This form has no response destination.');
    return this._destination._spreadsheet._id;
  }
  getDestinationType() {
    return this._destination ? 'SPREADSHEET' : null;
  }
}

export class FormStore {
  readonly forms = new Map<string, FormImpl>();
  /** Spreadsheets a form may send answers to, by id. */
  readonly spreadsheets = new Map<string, SpreadsheetImpl>();
  constructor(
    private readonly log: CallLog,
    private readonly drive: DriveStore,
  ) {}
  /** A new form owned by the running user; `viaApi`: made through the Forms REST API (drive.file reaches it). */
  create(title: string, options: { published?: boolean; viaApi?: boolean } = {}): FormImpl {
    const id = this.drive.newId('form');
    const entry = this.drive.add({
      id,
      name: title,
      mimeType: MimeType.GOOGLE_FORMS,
      byApp: true,
      viaApi: options.viaApi,
    });
    const form = new FormImpl(this.log, this, id, title);
    form._editors.add(entry.owner);
    if (options.published) form.setPublished(true);
    this.forms.set(id, form);
    return form;
  }
  /** The form, if the running user may open it with FormApp (its creator or an editor). */
  editable(id: string): FormImpl {
    const form = this.forms.get(id);
    const entry = this.drive.entries.get(id);
    if (!form || !entry || entry.trashed || !form._editors.has(this.drive.identity.current)) {
      throw new Error(
        `No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it. (${id})`,
      );
    }
    return form;
  }
  /**
   * Submits one response the way Google Forms records it: a timestamp, then each answer in the
   * question's column; checkbox answers joined with ", ". Checks required questions and choices.
   */
  submit(formId: string, answers: Record<string, string | string[] | number>, when = new Date()): void {
    const form = this.forms.get(formId);
    if (!form) throw new Error(`No form ${formId}`);
    if (!form._published) throw new Error(`Form «${form._title}» is not published: it does not accept responses.`);
    if (!form._accepting) throw new Error(`Form «${form._title}» is not accepting responses.`);
    if (!form._destination) throw new Error(`Form «${form._title}» has no responses sheet.`);
    const known = new Set(form._items.map((i) => i._title));
    for (const title of Object.keys(answers))
      if (!known.has(title)) throw new Error(`Form «${form._title}» has no question «${title}».`);
    const cells: (string | number | Date)[] = [when];
    if (form._collectEmail) cells.push(String(answers['Адрес электронной почты'] ?? ''));
    for (const item of form._items) {
      if (ANSWERLESS.includes(item._type)) continue;
      const raw = answers[item._title];
      const list = raw === undefined || raw === '' ? [] : Array.isArray(raw) ? raw : [raw];
      if (item._required && list.length === 0) throw new Error(`Question «${item._title}» is required.`);
      if (item._choices.length && !item._other) {
        for (const v of list)
          if (!item._choices.includes(String(v))) throw new Error(`«${v}» is not a choice of «${item._title}».`);
      }
      if (item._type === 'SCALE' || (typeof raw === 'number' && list.length === 1))
        cells.push(list.length ? Number(list[0]) : '');
      else cells.push(list.map(String).join(', '));
    }
    const sheet = form._destination;
    const row = sheet._lastRow() + 1;
    if (row > sheet._maxRows) sheet._maxRows = row;
    sheet._cells[row - 1] = cells;
  }
}

export class FormAppImpl {
  readonly DestinationType = { SPREADSHEET: 'SPREADSHEET' };
  readonly ItemType = ItemType;
  constructor(
    private readonly log: CallLog,
    private readonly store: FormStore,
    private readonly drive: DriveStore,
  ) {}
  create(title: string, isPublished = false) {
    if (!title) throw new Error('Invalid argument: title');
    return this.log.wrap('Form', this.store.create(title, { published: isPublished === true }));
  }
  openById(id: string) {
    this.drive.reachable(id);
    return this.log.wrap('Form', this.store.editable(id));
  }
  openByUrl(url: string) {
    const m = /\/forms\/d\/(?:e\/)?([^/]+)/.exec(url);
    if (!m) throw new Error(`Invalid form URL: ${url}`);
    return this.openById(m[1]);
  }
}
