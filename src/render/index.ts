/** Plan -> what people read: PR comment, job summary, terminal text, JSON (SPEC sections 2, 4, 7). */
export { commentHoldsWholePlan, renderComment, renderFullPlan, renderSummary, renderSummaryDocument, SUMMARY_MAX_BYTES } from './plan-markdown.ts';
export type { RenderCommentOptions, RenderedComment, RenderFullPlanOptions, RenderSummaryOptions, SourceLinks } from './plan-markdown.ts';
export { artifactUrl, fullPlanArtifactName, fullPlanArtifactNote, fullPlanArtifactPlace, FULL_PLAN_ARTIFACT_RETENTION_DAYS, type FullPlanArtifact } from './full-plan-artifact.ts';
export { planAnnotations, type Annotation } from './annotations.ts';
export { renderText } from './text.ts';
export { planToJson } from './json.ts';
export { renderPlanChangedSummary, renderPlanDifference } from './difference.ts';
export { summaryLine, statusLineMarkdown, statusLineText } from './wording.ts';
export { bodyDiff } from './body-diff.ts';
export { logSafe } from './log-safety.ts';
export { escapeText as escapeMarkdownText } from './markdown-text.ts';
export { manifestErrorsHeadline, renderManifestErrorList, renderManifestErrorsComment, renderManifestErrorsSummary } from './manifest-errors.ts';
export {
  commitStatusFor,
  driftIssueTitle,
  parseDriftMarker,
  reasonWords,
  renderApplyFailureNotice,
  renderApplyRecoveredNotice,
  renderDriftIssueBody,
  renderDriftResolvedComment,
  renderNotCurrentComment,
  renderPlanFailedSummary,
  renderProjectOutcomes,
  renderReplanReport,
  replaceStatusLine,
} from './lifecycle.ts';
export type { ApplyFailureNoticeInput, DriftIssueInput, NotCurrentCommentInput, RunRef } from './lifecycle.ts';
