// The 7-stage roadmap («Дорожная карта внедрения и реализации целевой модели
// наставничества») laid out over one academic year. Dates are month/day within the
// year that starts on 1 September; the curator edits the sheet afterwards.

export interface MonthDay {
  month: number;
  day: number;
}

export interface RoadmapStage {
  number: number;
  title: string;
  /** The stage's task, as schools' roadmaps word it. */
  goal: string;
}

export interface RoadmapActivity {
  /** `1.1`, `1.2` … */
  code: string;
  stage: number;
  title: string;
  responsible: string;
  /** The document or result that shows it is done. */
  result: string;
  start: MonthDay;
  due: MonthDay;
  controlPoint: boolean;
}

export const ROADMAP_STAGES: readonly RoadmapStage[] = [
  {
    number: 1,
    title: 'Подготовка условий для запуска программы наставничества',
    goal: 'создание благоприятных условий для запуска программы наставничества',
  },
  {
    number: 2,
    title: 'Формирование базы наставляемых',
    goal: 'выявление конкретных проблем обучающихся и педагогов, которые можно решить с помощью наставничества',
  },
  {
    number: 3,
    title: 'Формирование базы наставников',
    goal: 'поиск потенциальных наставников для формирования базы наставников',
  },
  {
    number: 4,
    title: 'Отбор и обучение наставников',
    goal: 'выявление наставников, подходящих для программы, и их подготовка к работе с наставляемыми',
  },
  {
    number: 5,
    title: 'Формирование наставнических пар / групп',
    goal: 'сформировать пары «наставник – наставляемый» либо группы, подходящие друг другу по критериям',
  },
  {
    number: 6,
    title: 'Организация работы наставнических пар / групп',
    goal: 'закрепление гармоничных и продуктивных отношений в наставнической паре или группе',
  },
  {
    number: 7,
    title: 'Завершение наставничества',
    goal: 'подведение итогов работы каждой пары или группы и всей программы, популяризация практик наставничества',
  },
];

const md = (day: number, month: number): MonthDay => ({ month, day });

const DIRECTOR = 'Руководитель ОО';
const CURATOR = 'Куратор';

export const ROADMAP_ACTIVITIES: readonly RoadmapActivity[] = [
  {
    code: '1.1',
    stage: 1,
    controlPoint: false,
    start: md(1, 9),
    due: md(15, 9),
    responsible: DIRECTOR,
    title: 'Нормативно-правовое оформление программы наставничества',
    result: 'Приказ о внедрении целевой модели наставничества; Положение о наставничестве; дорожная карта',
  },
  {
    code: '1.2',
    stage: 1,
    controlPoint: false,
    start: md(1, 9),
    due: md(30, 9),
    responsible: `${DIRECTOR}, куратор`,
    title: 'Назначить куратора и проектную команду, разработать программу наставничества ОО',
    result:
      'Приказ о назначении куратора; программа наставничества ОО (формы, цели и задачи на год, календарный план, мониторинг)',
  },
  {
    code: '1.3',
    stage: 1,
    controlPoint: false,
    start: md(1, 9),
    due: md(30, 9),
    responsible: CURATOR,
    title: 'Определить аудитории, заинтересованные в наставничестве, внутри и вне организации',
    result: 'Формы согласий на обработку персональных данных участников',
  },
  {
    code: '1.4',
    stage: 1,
    controlPoint: false,
    start: md(1, 9),
    due: md(30, 9),
    responsible: `${DIRECTOR}, куратор`,
    title: 'Разработать систему мотивирования и поощрения наставников',
    result: 'Положение о формах и условиях поощрения куратора и наставников',
  },
  {
    code: '1.5',
    stage: 1,
    controlPoint: false,
    start: md(1, 9),
    due: md(30, 9),
    responsible: CURATOR,
    title: 'Информационное сопровождение внедрения целевой модели наставничества',
    result: 'Раздел «Наставничество» на сайте организации',
  },
  {
    code: '1.6',
    stage: 1,
    controlPoint: true,
    start: md(1, 10),
    due: md(15, 10),
    responsible: CURATOR,
    title: 'Мониторинг качества по итогам этапа: SWOT-анализ программы, анкета куратора',
    result: 'SWOT-анализ программы (лист «Мониторинг»)',
  },
  {
    code: '2.1',
    stage: 2,
    controlPoint: false,
    start: md(1, 9),
    due: md(30, 9),
    responsible: CURATOR,
    title: 'Информировать педагогов, обучающихся и родителей о целях и возможностях программы',
    result: 'Протокол педагогического совета; согласия на обработку персональных данных',
  },
  {
    code: '2.2',
    stage: 2,
    controlPoint: false,
    start: md(15, 9),
    due: md(15, 10),
    responsible: `${CURATOR}, классные руководители`,
    title: 'Собрать запросы наставляемых (анкетирование потребностей)',
    result: 'База запросов наставляемых',
  },
  {
    code: '2.3',
    stage: 2,
    controlPoint: false,
    start: md(1, 10),
    due: md(15, 10),
    responsible: CURATOR,
    title: 'Сформировать базу наставляемых с перечнем запросов',
    result: 'База наставляемых (лист «Наставляемые»)',
  },
  {
    code: '2.4',
    stage: 2,
    controlPoint: true,
    start: md(15, 10),
    due: md(31, 10),
    responsible: CURATOR,
    title: 'Входной мониторинг участников программы',
    result: 'Входной замер (лист «Замеры (вход и выход)»)',
  },
  {
    code: '3.1',
    stage: 3,
    controlPoint: false,
    start: md(15, 9),
    due: md(15, 10),
    responsible: CURATOR,
    title:
      'Информировать потенциальных наставников о целях программы; анкета «Чем я могу быть полезен в качестве наставника?»',
    result: 'Анкеты кандидатов в наставники',
  },
  {
    code: '3.2',
    stage: 3,
    controlPoint: false,
    start: md(1, 10),
    due: md(15, 10),
    responsible: CURATOR,
    title:
      'Сформировать базу наставников по критериям: опыт, интересы, компетенции, возраст наставляемых, ресурс времени',
    result: 'База наставников (лист «Наставники»)',
  },
  {
    code: '3.3',
    stage: 3,
    controlPoint: false,
    start: md(10, 10),
    due: md(25, 10),
    responsible: `${CURATOR}, педагог-психолог`,
    title: 'Провести собеседования с кандидатами, соотнести запросы наставляемых с возможностями наставников',
    result: 'Отчёт по результатам собеседований и сопоставления анкет',
  },
  {
    code: '4.1',
    stage: 4,
    controlPoint: true,
    start: md(25, 10),
    due: md(31, 10),
    responsible: DIRECTOR,
    title: 'Отобрать наставников и утвердить реестр наставников',
    result: 'Приказ об утверждении реестра наставников',
  },
  {
    code: '4.2',
    stage: 4,
    controlPoint: false,
    start: md(25, 10),
    due: md(10, 11),
    responsible: CURATOR,
    title: 'Выявить потребности наставников в обучении',
    result: 'Отчёт по итогам анализа потребностей в обучении',
  },
  {
    code: '4.3',
    stage: 4,
    controlPoint: false,
    start: md(1, 11),
    due: md(30, 11),
    responsible: CURATOR,
    title: 'Обучение наставников («Школа наставника», курсы повышения квалификации)',
    result: 'Программа и график обучения наставников',
  },
  {
    code: '5.1',
    stage: 5,
    controlPoint: false,
    start: md(1, 11),
    due: md(10, 11),
    responsible: CURATOR,
    title: 'Групповая встреча наставников и наставляемых (квест, деловая игра, конкурс)',
    result: 'Сценарий встречи, памятки для наставников',
  },
  {
    code: '5.2',
    stage: 5,
    controlPoint: false,
    start: md(5, 11),
    due: md(15, 11),
    responsible: CURATOR,
    title: 'Анкетирование о предпочтительном наставнике / наставляемом, подбор пар',
    result: 'Предложенные пары (лист «Пары»)',
  },
  {
    code: '5.3',
    stage: 5,
    controlPoint: false,
    start: md(10, 11),
    due: md(20, 11),
    responsible: `${CURATOR}, педагог-психолог`,
    title: 'Поддержать наставляемых без пары: продолжить поиск наставника или назначить его',
    result: 'Памятки для наставляемых',
  },
  {
    code: '5.4',
    stage: 5,
    controlPoint: true,
    start: md(15, 11),
    due: md(20, 11),
    responsible: DIRECTOR,
    title: 'Закрепить наставнические пары / группы распоряжением руководителя',
    result: 'Приказ о закреплении наставнических пар / групп',
  },
  {
    code: '6.1',
    stage: 6,
    controlPoint: false,
    start: md(20, 11),
    due: md(30, 11),
    responsible: 'Наставники',
    title: 'Первая, организационная встреча наставника и наставляемого (встреча-знакомство)',
    result: 'Встреча-знакомство в листе «Встречи»',
  },
  {
    code: '6.2',
    stage: 6,
    controlPoint: false,
    start: md(25, 11),
    due: md(10, 12),
    responsible: 'Наставники',
    title: 'Пробная рабочая встреча',
    result: 'Пробная встреча в листе «Встречи»',
  },
  {
    code: '6.3',
    stage: 6,
    controlPoint: false,
    start: md(1, 12),
    due: md(15, 12),
    responsible: 'Наставники, наставляемые',
    title: 'Встреча-планирование: цели, сроки, план встреч',
    result: 'Персонализированные программы наставничества',
  },
  {
    code: '6.4',
    stage: 6,
    controlPoint: false,
    start: md(15, 12),
    due: md(30, 4),
    responsible: 'Наставники',
    title: 'Регулярные встречи не реже одного раза в неделю с формами обратной связи',
    result: 'Встречи с оценками в листе «Встречи»',
  },
  {
    code: '6.5',
    stage: 6,
    controlPoint: true,
    start: md(15, 1),
    due: md(31, 1),
    responsible: CURATOR,
    title: 'Текущий контроль: обратная связь участников, регулярность встреч',
    result: 'Промежуточный мониторинг (лист «Мониторинг»)',
  },
  {
    code: '6.6',
    stage: 6,
    controlPoint: false,
    start: md(1, 2),
    due: md(28, 2),
    responsible: CURATOR,
    title: 'Рассказать о промежуточных результатах партнёрам и на сайте организации',
    result: 'Публикации на сайте организации',
  },
  {
    code: '6.7',
    stage: 6,
    controlPoint: false,
    start: md(1, 5),
    due: md(15, 5),
    responsible: 'Наставники, куратор',
    title: 'Итоговые встречи пар и групповая заключительная встреча, рефлексия',
    result: 'Итоговые встречи в листе «Встречи»',
  },
  {
    code: '7.1',
    stage: 7,
    controlPoint: false,
    start: md(10, 5),
    due: md(20, 5),
    responsible: CURATOR,
    title: 'Итоговое анкетирование участников: удовлетворённость участием в программе',
    result: 'Итоговая анкета (лист «Итоговая анкета»)',
  },
  {
    code: '7.2',
    stage: 7,
    controlPoint: true,
    start: md(15, 5),
    due: md(31, 5),
    responsible: CURATOR,
    title: 'Итоговый мониторинг: итоговый замер, сравнение со входным, отчёт по программе',
    result: 'Отчёт по итогам программы (лист «Мониторинг»)',
  },
  {
    code: '7.3',
    stage: 7,
    controlPoint: false,
    start: md(20, 5),
    due: md(10, 6),
    responsible: `${CURATOR}, наставники`,
    title: 'Обсудить результаты пар, сформировать базу успешных практик',
    result: 'Информационные карты наставнических практик',
  },
  {
    code: '7.4',
    stage: 7,
    controlPoint: false,
    start: md(20, 5),
    due: md(15, 6),
    responsible: `${DIRECTOR}, куратор`,
    title: 'Конкурс «Наставник года», поощрение лучших наставников',
    result:
      'Шорт-лист «Наставник года» по формам (лист «Рейтинг наставников»); приказ о поощрении участников наставнической деятельности',
  },
  {
    code: '7.5',
    stage: 7,
    controlPoint: true,
    start: md(1, 6),
    due: md(20, 6),
    responsible: CURATOR,
    title: 'Отчёт в региональный наставнический центр',
    result: 'Отчёт организации о показателях наставничества',
  },
  {
    code: '7.6',
    stage: 7,
    controlPoint: false,
    start: md(1, 6),
    due: md(30, 6),
    responsible: CURATOR,
    title: 'Популяризация лучших практик через сайт, СМИ и партнёров',
    result: 'Публикации, сборник лучших практик',
  },
  {
    code: '7.7',
    stage: 7,
    controlPoint: false,
    start: md(15, 6),
    due: md(31, 8),
    responsible: CURATOR,
    title: 'Внести итоги в базы наставников и наставляемых, скорректировать дорожную карту',
    result: 'Дорожная карта на следующий учебный год',
  },
  {
    code: '7.8',
    stage: 7,
    controlPoint: false,
    start: md(15, 5),
    due: md(15, 6),
    responsible: `${CURATOR}, наставники`,
    title: 'Фестиваль лучших наставнических пар «Наставник +»',
    result: 'Лучшие пары и наставники по формам (лист «Рейтинг наставников», столбец «ID пар»)',
  },
];
