// The two orders of the programme (the Target Model roadmap: stage 4 «Приказ об утверждении реестра наставников»,
// stage 5 «Приказ о закреплении наставнических пар/групп»; the regional methodology requires the latter with the
// participants' written consent) as default templates. The add-on copies them into Google Docs the
// curator may edit; placeholders in double braces are filled from «Настройки» and the dialog.

export type OrderKind = 'pairs' | 'registry';

export type ParagraphStyle = 'title' | 'heading' | 'center' | 'right' | 'normal';

export interface TemplateParagraph {
  text: string;
  style: ParagraphStyle;
}

/** Placeholder → what it stands for (shown in the template's help line). */
export const PLACEHOLDERS = {
  Организация: 'наименование организации',
  Номер: 'номер приказа',
  Дата: 'дата приказа',
  Подписант: 'ФИО руководителя',
  Должность: 'должность руководителя',
  Куратор: 'ФИО куратора наставничества',
  Количество: 'число пар или наставников в приказе',
  Таблица: 'таблица пар или наставников (отдельным абзацем)',
} as const;

export type Placeholder = keyof typeof PLACEHOLDERS;

export const TABLE_PLACEHOLDER = '{{Таблица}}';

export const ORDER_TITLES: Record<OrderKind, string> = {
  pairs: 'Приказ о закреплении наставнических пар/групп',
  registry: 'Приказ об утверждении реестра наставников',
};

const HEAD: TemplateParagraph[] = [
  { text: '{{Организация}}', style: 'center' },
  { text: 'ПРИКАЗ', style: 'title' },
  { text: '{{Дата}}\t\t\t\t\t\t№ {{Номер}}', style: 'normal' },
];

const SIGNATURE: TemplateParagraph[] = [
  { text: '4. Контроль за исполнением настоящего приказа оставляю за собой.', style: 'normal' },
  { text: '', style: 'normal' },
  { text: '{{Должность}}\t\t\t\t\t\t{{Подписант}}', style: 'normal' },
];

export const DEFAULT_TEMPLATES: Record<OrderKind, TemplateParagraph[]> = {
  pairs: [
    ...HEAD,
    { text: 'О закреплении наставнических пар/групп', style: 'heading' },
    {
      text:
        'В соответствии с Положением о системе наставничества {{Организация}}, по итогам формирования наставнических пар/групп ' +
        'и с письменного согласия их участников',
      style: 'normal',
    },
    { text: 'ПРИКАЗЫВАЮ:', style: 'normal' },
    { text: '1. Закрепить наставнические пары/группы ({{Количество}}) согласно списку:', style: 'normal' },
    { text: TABLE_PLACEHOLDER, style: 'normal' },
    {
      text: '2. Наставникам в течение месяца разработать персонализированные программы наставничества и провести встречи-знакомства с наставляемыми.',
      style: 'normal',
    },
    {
      text: '3. Куратору наставничества {{Куратор}} обеспечить сопровождение пар/групп, учёт встреч и мониторинг реализации программы наставничества.',
      style: 'normal',
    },
    ...SIGNATURE,
  ],
  registry: [
    ...HEAD,
    { text: 'Об утверждении реестра наставников', style: 'heading' },
    {
      text: 'В соответствии с Положением о системе наставничества {{Организация}} и по итогам отбора (выдвижения) наставников',
      style: 'normal',
    },
    { text: 'ПРИКАЗЫВАЮ:', style: 'normal' },
    { text: '1. Утвердить реестр наставников ({{Количество}}):', style: 'normal' },
    { text: TABLE_PLACEHOLDER, style: 'normal' },
    {
      text: '2. Куратору наставничества {{Куратор}} разместить приказ на сайте организации (на странице проекта).',
      style: 'normal',
    },
    { text: '3. Наставникам пройти обучение по программе подготовки наставников.', style: 'normal' },
    ...SIGNATURE,
  ],
};

/** The first paragraph of a template Doc: how to edit it. */
export function templateHelp(kind: OrderKind): string {
  const list = Object.entries(PLACEHOLDERS)
    .map(([name, meaning]) => `{{${name}}} — ${meaning}`)
    .join('; ');
  return (
    `Шаблон «${ORDER_TITLES[kind]}». Этот абзац-подсказка в приказ не попадает. Меняйте текст как угодно; ` +
    `поля в двойных фигурных скобках дополнение заполнит само: ${list}.`
  );
}

/** Marks the help paragraph so that generated orders leave it out. */
export const HELP_MARK = 'Этот абзац-подсказка в приказ не попадает.';
