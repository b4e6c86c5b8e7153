import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { COMPLIANCE_LEVELS } from '@klarsicht/compliance-rules';

const TASK_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'DISMISSED'] as const;

// Query strings carry text: "true"/"false" become booleans, "OPEN,DONE" (or a repeated parameter) a list.
const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;
const toList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.split(',').filter(Boolean) : value;

/** POST /api/clients/:id/consents/proof.pdf — the number in the body, never in the URL (URLs end up in logs). */
export class ConsentProofRequest {
  @IsString() @MaxLength(40) phoneNumber!: string;
}

/** GET /api/portfolio/export.xlsx — the clients list's filter. */
export class PortfolioExportQuery {
  @IsOptional() @IsIn(['de', 'en']) lang?: 'de' | 'en';
  @IsOptional() @IsString() @MaxLength(200) search?: string;
  @IsOptional() @IsIn(COMPLIANCE_LEVELS) level?: (typeof COMPLIANCE_LEVELS)[number];
  @IsOptional() @IsUUID('all', { message: 'Not a valid id' }) assignedDpoId?: string;
  @IsOptional() @Transform(toBoolean) @IsBoolean() archived?: boolean;
}

/** GET /api/tasks/export.xlsx — the tasks list's filter. */
export class TasksExportQuery {
  @IsOptional() @IsIn(['de', 'en']) lang?: 'de' | 'en';
  @IsOptional() @IsUUID('all', { message: 'Not a valid id' }) clientId?: string;
  @IsOptional() @IsUUID('all', { message: 'Not a valid id' }) assigneeId?: string;
  @IsOptional()
  @Transform(toList)
  @IsIn(TASK_STATUSES, { each: true })
  status?: (typeof TASK_STATUSES)[number][];
  @IsOptional() @Transform(toBoolean) @IsBoolean() overdue?: boolean;
}
