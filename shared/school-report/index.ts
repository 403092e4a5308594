export {
  buildSchoolReport,
  reportBasics,
  type BuildReportResult,
  type Contingent,
  type SchoolIdentity,
  type SchoolReportInput,
} from './build';
export {
  readReportSettings,
  REPORT_SETTINGS,
  REPORT_SETTINGS_ROWS,
  schoolKinds,
  type ContingentKey,
  type ReportSettingKey,
  type ReportSettingSpec,
  type ReportSettings,
} from './report-settings';
export { countParticipants, type ParticipantCounts, type Participation } from './participants';
export { partnerEnterprises, type Enterprise } from './enterprises';
export { pairsByForm, type PairsOfForm } from './pairs-by-form';
export { personKey } from './person-key';
export {
  schoolReportFromWorkspace,
  type ReportGrids,
  type ReportRequest,
  type WorkspaceReportResult,
} from './from-workspace';
