// Entry points of the add-on. Every export becomes a top-level function of Code.js (addon/build.ts):
// menu items, triggers and google.script.run reach only those.
export { onOpen, onInstall } from './menu';
export { createWorkspace } from './workspace/create-workspace';
export { createMentorQuestionnaire, createMenteeQuestionnaire } from './questionnaire/create-forms';
export { openImportDialog, importDialogData, previewImport, importAnswers } from './questionnaire/import-answers';
export { openPairOrderDialog, openRegistryOrderDialog, orderDialogData, createOrder } from './orders/orders';
export { openSettings, settingsDialogData, saveSettings, showWorkspaceSheet } from './settings/settings';
export * from './pairing/handlers';
export {
  openMeetingDialog,
  refreshPairProgress,
  meetingDialogData,
  addMeeting,
  completePair,
  setDigest,
} from './meetings/meetings';
export { sendOverdueDigest, remindOverduePairs, showOverduePairs } from './meetings/digest';
export {
  createMeasurementForm,
  createSatisfactionForm,
  createSwotForm,
  createAnswerSheets,
} from './monitoring/monitoring-forms';
export { refreshMonitoring } from './monitoring/monitoring';
export { refreshIndicators } from './indicators/indicators';
export { refreshRoadmap } from './roadmap/roadmap';
export { createProgrammes, createPracticeCard } from './documents/documents';
export { refreshRating } from './rating/rating';
export { createCommissionDocument, createThanksLetters } from './rating/rating-documents';
export {
  openReportDialog,
  reportDialogData,
  saveConnection,
  sendReport,
  writeReportSpreadsheet,
} from './report/report';
export { checkAddon } from './self-check/self-check';
export {
  openPracticeDialog,
  practiceDialogData,
  practiceDraft,
  submitPractice,
  refreshPractices,
} from './practice/practice';
export { takeParticipationSnapshot, switchScheduledSnapshots, takeScheduledSnapshot } from './accounting/quarterly';
export { startNewYear } from './new-year/new-year';
