import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import { Task, type TaskPriority, type TaskSource, type TaskStatus } from './task.entity';
import { TaskComment } from './task-comment.entity';
import type { TaskFilter } from './dto/task.inputs';

export type TaskRow = {
  id: string;
  title: string;
  description: string;
  status: TaskStatus;
  priority: TaskPriority;
  due_at: Date | null;
  source: TaskSource;
  rule_id: string | null;
  client_id: string;
  client_name: string;
  assignee_id: string | null;
  assignee_name: string | null;
  created_at: Date;
  updated_at: Date;
  overdue: boolean;
};
export type TaskCommentRow = {
  id: string;
  task_id: string;
  body: string;
  author_label: string;
  created_at: Date;
};
export type NewTask = Pick<
  Task,
  | 'clientId'
  | 'title'
  | 'description'
  | 'priority'
  | 'dueAt'
  | 'assigneeId'
  | 'source'
  | 'ruleId'
  | 'generatedKey'
>;

// Never NULL: a task without a due date is not overdue (`NULL < now()` would make the non-null field null and
// `NOT overdue` drop the task from the overdue: false filter).
const OVERDUE = `(t.due_at IS NOT NULL AND t.due_at < now() AND t.status IN ('OPEN', 'IN_PROGRESS'))`;
const SELECT_TASK = `SELECT t.id, t.title, t.description, t.status, t.priority, t.due_at, t.source, t.rule_id, t.client_id, c.name AS client_name,
  t.assignee_id, u.name AS assignee_name, t.created_at, t.updated_at, ${OVERDUE} AS overdue
  FROM task t JOIN client c ON c.tenant_id = t.tenant_id AND c.id = t.client_id LEFT JOIN app_user u ON u.id = t.assignee_id`;
const SORT = `COALESCE(t.due_at, 'infinity'::timestamptz)`;

/** The list filter as SQL over `task t` (the caller's bound client as `scope`; RLS enforces it too). */
const whereOf = (
  ctx: RequestContext,
  scope: string | null,
  filter: TaskFilter,
  params: unknown[],
): string => {
  const where = [`t.tenant_id = $${params.push(ctx.tenantId)}`];
  if (scope) where.push(`t.client_id = $${params.push(scope)}`);
  if (filter.clientId) where.push(`t.client_id = $${params.push(filter.clientId)}`);
  if (filter.status?.length) where.push(`t.status = ANY($${params.push(filter.status)}::text[])`);
  if (filter.assigneeId) where.push(`t.assignee_id = $${params.push(filter.assigneeId)}`);
  if (filter.overdue === true) where.push(OVERDUE);
  if (filter.overdue === false) where.push(`NOT ${OVERDUE}`);
  return where.join(' AND ');
};

/** Tasks and their comments. Counters on client follow by trigger (open_task_count). */
@Injectable()
export class TasksRepository {
  async insert(ctx: RequestContext, values: NewTask): Promise<Task> {
    const repo = await ctx.repo(Task);
    const task = repo.create({ ...values, tenantId: ctx.tenantId, status: 'OPEN', closedAt: null });
    await repo.insert(task);
    return task;
  }

  async update(ctx: RequestContext, id: string, values: Partial<Task>): Promise<void> {
    await (await ctx.repo(Task)).update({ id }, values);
  }

  async find(ctx: RequestContext, id: string): Promise<TaskRow | null> {
    const [row] = await ctx.query<TaskRow>(`${SELECT_TASK} WHERE t.id = $1`, [id]);
    return row ?? null;
  }

  /** A page in due order (none last) after the cursor, and the total of the filter. */
  async page(
    ctx: RequestContext,
    scope: string | null,
    filter: TaskFilter,
    limit: number,
    cursor: [string, string] | null,
  ): Promise<{ rows: TaskRow[]; total: number }> {
    const params: unknown[] = [];
    const filtered = whereOf(ctx, scope, filter, params);
    const countParams = [...params];
    const pageWhere = cursor
      ? `${filtered} AND (${SORT}, t.id) > ($${params.push(cursor[0])}::timestamptz, $${params.push(cursor[1])}::uuid)`
      : filtered;
    const [rows, [{ count }]] = await Promise.all([
      ctx.query<TaskRow>(
        `${SELECT_TASK} WHERE ${pageWhere} ORDER BY ${SORT}, t.id LIMIT ${limit + 1}`,
        params,
      ),
      ctx.query<{ count: string }>(`SELECT count(*) FROM task t WHERE ${filtered}`, countParams),
    ]);
    return { rows, total: Number(count) };
  }

  /** The filter's tasks after `afterId` in id (creation) order, without a count: batches of an export. */
  batch(
    ctx: RequestContext,
    scope: string | null,
    filter: TaskFilter,
    afterId: string | null,
    limit: number,
  ): Promise<TaskRow[]> {
    const params: unknown[] = [];
    const filtered = whereOf(ctx, scope, filter, params);
    const after = afterId ? ` AND t.id > $${params.push(afterId)}::uuid` : '';
    return ctx.query<TaskRow>(
      `${SELECT_TASK} WHERE ${filtered}${after} ORDER BY t.id LIMIT ${Math.trunc(limit)}`,
      params,
    );
  }

  commentsOf(ctx: RequestContext, taskIds: readonly string[]): Promise<TaskCommentRow[]> {
    return ctx.query<TaskCommentRow>(
      'SELECT id, task_id, body, author_label, created_at FROM task_comment WHERE task_id = ANY($1::uuid[]) ORDER BY created_at, id',
      [taskIds],
    );
  }

  async insertComment(
    ctx: RequestContext,
    task: { id: string; clientId: string },
    body: string,
  ): Promise<TaskComment> {
    const repo = await ctx.repo(TaskComment);
    const comment = repo.create({
      tenantId: ctx.tenantId,
      taskId: task.id,
      clientId: task.clientId,
      authorId: ctx.principal.userId,
      authorLabel: ctx.actor.label,
      body,
    });
    await repo.insert(comment);
    return comment;
  }

  /** Overdue tasks of active clients (a hot read of the portfolio: prepared). */
  async overdueCount(ctx: RequestContext, scope: string | null): Promise<number> {
    const params: unknown[] = [ctx.tenantId];
    const [row] = await ctx.prepared<{ count: string }>(
      `SELECT count(*) FROM task t JOIN client c ON c.tenant_id = t.tenant_id AND c.id = t.client_id
        WHERE t.tenant_id = $1 AND c.archived_at IS NULL AND ${OVERDUE}${scope ? ` AND t.client_id = $${params.push(scope)}` : ''}`,
      params,
    );
    return Number(row?.count ?? 0);
  }

  /** Firm staff, or a user bound to this client. */
  async isAssignable(ctx: RequestContext, userId: string, clientId: string): Promise<boolean> {
    const rows = await ctx.query(
      `SELECT 1 FROM membership WHERE tenant_id = $1 AND user_id = $2 AND (client_id IS NULL OR client_id = $3)`,
      [ctx.tenantId, userId, clientId],
    );
    return rows.length > 0;
  }

  async openGeneratedKeys(ctx: RequestContext, clientId: string): Promise<string[]> {
    const rows = await ctx.query<{ generated_key: string }>(
      `SELECT generated_key FROM task WHERE tenant_id = $1 AND client_id = $2 AND generated_key IS NOT NULL AND status IN ('OPEN', 'IN_PROGRESS')`,
      [ctx.tenantId, clientId],
    );
    return rows.map((r) => r.generated_key);
  }

  /** Marks the open generated task(s) with this key DONE; returns their ids. */
  async closeGenerated(
    ctx: RequestContext,
    clientId: string,
    key: string,
  ): Promise<{ id: string; client_id: string }[]> {
    return ctx.query<{ id: string; client_id: string }>(
      // Wrapped in a CTE: a bare UPDATE … RETURNING answers [rows, count] through TypeORM.
      `WITH closed AS (UPDATE task SET status = 'DONE', closed_at = now(), updated_at = now()
        WHERE tenant_id = $1 AND client_id = $2 AND generated_key = $3 AND status IN ('OPEN', 'IN_PROGRESS') RETURNING id, client_id)
       SELECT id, client_id FROM closed`,
      [ctx.tenantId, clientId, key],
    );
  }

  async rescheduleGenerated(
    ctx: RequestContext,
    clientId: string,
    key: string,
    dueAt: Date,
  ): Promise<{ id: string; before: Date | null }[]> {
    return ctx.query<{ id: string; before: Date | null }>(
      `WITH open AS (SELECT id, due_at FROM task
          WHERE tenant_id = $1 AND client_id = $2 AND generated_key = $3 AND status IN ('OPEN', 'IN_PROGRESS') FOR UPDATE),
        moved AS (UPDATE task SET due_at = $4, updated_at = now() FROM open WHERE task.id = open.id RETURNING task.id, open.due_at AS before)
       SELECT id, before FROM moved`,
      [ctx.tenantId, clientId, key, dueAt],
    );
  }
}
