import { Foundation1763892000000 } from './1763892000000-Foundation';
import { CreateIdentity1795431607245 } from './1795431607245-CreateIdentity';
import { SecureIdentity1795431607300 } from './1795431607300-SecureIdentity';
import { CreateWhatsApp1795432935579 } from './1795432935579-CreateWhatsApp';
import { SecureWhatsApp1795432935679 } from './1795432935679-SecureWhatsApp';
import { CreateApiKeys1795433000823 } from './1795433000823-CreateApiKeys';
import { SecureApiKeys1795433000900 } from './1795433000900-SecureApiKeys';
import { TenantSystemScope1795439389526 } from './1795439389526-TenantSystemScope';
import { CreateConsent1795441368904 } from './1795441368904-CreateConsent';
import { SecureConsent1795441368990 } from './1795441368990-SecureConsent';
import { CreateDocuments1795442693665 } from './1795442693665-CreateDocuments';
import { SecureDocuments1795442693700 } from './1795442693700-SecureDocuments';
import { CreatePortfolioSnapshot1795450325271 } from './1795450325271-CreatePortfolioSnapshot';
import { SecurePortfolioSnapshot1795450325300 } from './1795450325300-SecurePortfolioSnapshot';
import { AuditAppendInOneStatement1795450429701 } from './1795450429701-AuditAppendInOneStatement';
import { RlsScopeOncePerQuery1795452400000 } from './1795452400000-RlsScopeOncePerQuery';
import { ClientListIndexes1795452758103 } from './1795452758103-ClientListIndexes';
import { TenantActiveClientCount1796480000000 } from './1796480000000-TenantActiveClientCount';
import { TaskOpenCountByTrigger1796500000000 } from './1796500000000-TaskOpenCountByTrigger';
import { ClientNextReviewByTrigger1796510000000 } from './1796510000000-ClientNextReviewByTrigger';
import { RateLimitStore1796520000000 } from './1796520000000-RateLimitStore';
import { AccountGovernance1796530000000 } from './1796530000000-AccountGovernance';
import { FirmSso1796550000000 } from './1796550000000-FirmSso';
import { TwoFactorPolicy1796540000000 } from './1796540000000-TwoFactorPolicy';
import { Passkeys1796560000000 } from './1796560000000-Passkeys';
import { SecondFactorReset1796570000000 } from './1796570000000-SecondFactorReset';
import { Notifications1796580000000 } from './1796580000000-Notifications';
import { MessagingChannels1796600000000 } from './1796600000000-MessagingChannels';
import { DataSubjectRequests1796700000000 } from './1796700000000-DataSubjectRequests';
import { Breaches1796710000000 } from './1796710000000-Breaches';
import { BreachReminders1796720000000 } from './1796720000000-BreachReminders';
import { RequestIntake1796730000000 } from './1796730000000-RequestIntake';
import { ProcessingActivities1796800000000 } from './1796800000000-ProcessingActivities';
import { TomsAndDpia1796810000000 } from './1796810000000-TomsAndDpia';
import { ConsentTextReview1796900000000 } from './1796900000000-ConsentTextReview';
import { Advice1796910000000 } from './1796910000000-Advice';
import { AnswerAttestations1796920000000 } from './1796920000000-AnswerAttestations';
import { Campaigns1796930000000 } from './1796930000000-Campaigns';

// Applied in this order; new migrations are appended by `npm run migration:generate`.
export const MIGRATIONS = [
  Foundation1763892000000,
  CreateIdentity1795431607245,
  SecureIdentity1795431607300,
  CreateWhatsApp1795432935579,
  SecureWhatsApp1795432935679,
  CreateApiKeys1795433000823,
  SecureApiKeys1795433000900,
  TenantSystemScope1795439389526,
  CreateConsent1795441368904,
  SecureConsent1795441368990,
  CreateDocuments1795442693665,
  SecureDocuments1795442693700,
  CreatePortfolioSnapshot1795450325271,
  SecurePortfolioSnapshot1795450325300,
  AuditAppendInOneStatement1795450429701,
  RlsScopeOncePerQuery1795452400000,
  ClientListIndexes1795452758103,
  TenantActiveClientCount1796480000000,
  TaskOpenCountByTrigger1796500000000,
  ClientNextReviewByTrigger1796510000000,
  RateLimitStore1796520000000,
  AccountGovernance1796530000000,
  TwoFactorPolicy1796540000000,
  FirmSso1796550000000,
  Passkeys1796560000000,
  SecondFactorReset1796570000000,
  Notifications1796580000000,
  MessagingChannels1796600000000,
  DataSubjectRequests1796700000000,
  Breaches1796710000000,
  BreachReminders1796720000000,
  RequestIntake1796730000000,
  ProcessingActivities1796800000000,
  TomsAndDpia1796810000000,
  ConsentTextReview1796900000000,
  Advice1796910000000,
  AnswerAttestations1796920000000,
  Campaigns1796930000000,
];
