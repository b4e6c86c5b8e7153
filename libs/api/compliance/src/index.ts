export * from './lib/compliance.module';
export * from './lib/compliance.service';
export * from './lib/compliance.enums';
export { generatedTaskKey, toFindingModel, type ClientComplianceFacts } from './lib/compliance.util';
export { ComplianceModel, ComplianceRuleModel, FindingModel } from './lib/models/compliance.model';
