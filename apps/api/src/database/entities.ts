import { ApiKey } from '@klarsicht/api-api-keys';
import { AuditEvent, AuditHead } from '@klarsicht/api-audit';
import { RefreshToken, SignInAttempt, User } from '@klarsicht/api-auth';
import { Client } from '@klarsicht/api-clients';
import { DocumentEntity, DocumentVersion } from '@klarsicht/api-documents';
import { PortfolioSnapshot } from '@klarsicht/api-portfolio';
import {
  ConsentEvent,
  ConsentImport,
  ConsentRecord,
  ConsentRequest,
  ConsentSubject,
  ConsentText,
} from '@klarsicht/api-consent';
import { Task, TaskComment } from '@klarsicht/api-tasks';
import { Invitation, Membership, Tenant } from '@klarsicht/api-tenancy';
import { Bsp, WhatsAppAccount } from '@klarsicht/api-whatsapp';

// Every TypeORM entity of the api, collected from the feature libraries.
export const ENTITIES: (new () => unknown)[] = [
  Tenant,
  User,
  Membership,
  Invitation,
  RefreshToken,
  SignInAttempt,
  Client,
  AuditEvent,
  AuditHead,
  ApiKey,
  Bsp,
  WhatsAppAccount,
  Task,
  TaskComment,
  ConsentText,
  ConsentSubject,
  ConsentRecord,
  ConsentEvent,
  ConsentRequest,
  ConsentImport,
  DocumentEntity,
  DocumentVersion,
  PortfolioSnapshot,
];
