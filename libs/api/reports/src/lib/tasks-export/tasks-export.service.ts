import { Injectable } from '@nestjs/common';
import {
  AccessService,
  RequestContextFactory,
  type CsvColumn,
  type RequestContext,
} from '@klarsicht/api-core';
import { TasksService } from '@klarsicht/api-tasks';
import type { ReportLanguage } from '../pdf/report-labels';
import { hashedStream } from '../report-output';
import { ReportsRepository } from '../reports.repository';
import { xlsxStream } from '../xlsx/xlsx-writer';

/** The tasks list's filter, from the query string (docs/api.md § Reports). */
export type TaskExportFilter = {
  clientId?: string;
  status?: ('OPEN' | 'IN_PROGRESS' | 'DONE' | 'DISMISSED')[];
  assigneeId?: string;
  overdue?: boolean;
};

type TaskRow = {
  title: string;
  client: string;
  status: string;
  priority: string;
  dueAt: Date | null;
  overdue: boolean;
  assignee: string | null;
  ruleId: string | null;
  createdAt: Date;
};

export const TASK_XLSX_COLUMNS: readonly (CsvColumn<TaskRow> & { width?: number })[] = [
  { key: 'title', de: 'Aufgabe', en: 'Task', kind: 'text', width: 48 },
  { key: 'client', de: 'Mandant', en: 'Client', kind: 'text', width: 30 },
  { key: 'status', de: 'Status', en: 'Status', kind: 'text', width: 13 },
  { key: 'priority', de: 'Priorität', en: 'Priority', kind: 'text', width: 10 },
  { key: 'dueAt', de: 'Fällig am', en: 'Due', kind: 'timestamp' },
  { key: 'overdue', de: 'Überfällig', en: 'Overdue', kind: 'boolean', width: 11 },
  { key: 'assignee', de: 'Zuständig', en: 'Assignee', kind: 'text', width: 22 },
  { key: 'ruleId', de: 'Regel', en: 'Rule', kind: 'text', width: 22 },
  { key: 'createdAt', de: 'Erstellt am', en: 'Created', kind: 'timestamp' },
];

/** GET /api/tasks/export.xlsx — the tasks of the filter (as in the GraphQL list), in creation order, streamed. */
@Injectable()
export class TasksExportService {
  constructor(
    private readonly access: AccessService,
    private readonly tasks: TasksService,
    private readonly contexts: RequestContextFactory,
    private readonly reports: ReportsRepository,
  ) {}

  async xlsx(
    ctx: RequestContext,
    filter: TaskExportFilter,
    language: ReportLanguage,
  ): Promise<AsyncGenerator<Buffer>> {
    this.access.require(ctx, 'tasks', 'read');
    if (filter.clientId) await this.access.requireClients(ctx, 'tasks', 'read', [filter.clientId]);
    const firmName = await this.reports.firmName(ctx);
    return this.contexts.stream(ctx.principal, ctx.meta, (own) =>
      hashedStream(
        own,
        {
          kind: 'tasks-xlsx',
          entityType: 'tenant',
          entityId: own.tenantId,
          clientId: filter.clientId ?? null,
          subject: firmName,
          language,
        },
        xlsxStream(
          this.rows(own, filter),
          TASK_XLSX_COLUMNS,
          language,
          language === 'de' ? 'Aufgaben' : 'Tasks',
        ),
      ),
    );
  }

  private async *rows(ctx: RequestContext, filter: TaskExportFilter): AsyncGenerator<TaskRow> {
    for await (const task of this.tasks.stream(ctx, filter))
      yield {
        title: task.title,
        client: task.client.name,
        status: task.status,
        priority: task.priority,
        dueAt: task.dueAt,
        overdue: task.overdue,
        assignee: task.assignee?.name ?? null,
        ruleId: task.ruleId,
        createdAt: task.createdAt,
      };
  }
}
