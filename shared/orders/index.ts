// Orders (приказы) of the programme: default templates and their content from the workspace.
export {
  DEFAULT_TEMPLATES,
  ORDER_TITLES,
  PLACEHOLDERS,
  TABLE_PLACEHOLDER,
  HELP_MARK,
  templateHelp,
  type OrderKind,
  type Placeholder,
  type ParagraphStyle,
  type TemplateParagraph,
} from './templates';
export {
  orderDateText,
  orderReference,
  checkDetails,
  pairsForOrder,
  pairOrderContent,
  mentorsForOrder,
  registryOrderContent,
  orderFileName,
  type OrderDetails,
  type OrderContent,
} from './order-content';
