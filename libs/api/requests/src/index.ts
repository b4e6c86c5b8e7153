export * from './lib/requests.module';
export { DataSubjectRequestActionsService } from './lib/data-subject-request-actions.service';
