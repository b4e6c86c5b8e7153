import { Injectable } from '@nestjs/common';
import {
  AccessService,
  badInput,
  decodeCursor,
  isCursorTimestamp,
  isCursorUuid,
  notFound,
  pageSize,
  toConnection,
  type ConnectionShape,
  type GeneratedTasks,
  type GeneratedTaskSpec,
  type RequestContext,
} from '@klarsicht/api-core';
import { contextLoader } from '@klarsicht/api-clients';
import { Task, type TaskPriority, type TaskSource, type TaskStatus } from './task.entity';
import { TaskComment } from './task-comment.entity';
import type { AddTaskCommentInput, CreateTaskInput, TaskFilter, UpdateTaskInput } from './dto/task.inputs';
import type { TaskCommentModel, TaskModel } from './models/task.model';

type TaskRow = {
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

const OVERDUE = `(t.due_at < now() AND t.status IN ('OPEN', 'IN_PROGRESS'))`;
const SELECT_TASK = `SELECT t.id, t.title, t.description, t.status, t.priority, t.due_at, t.source, t.rule_id, t.client_id, c.name AS client_name,
  t.assignee_id, u.name AS assignee_name, t.created_at, t.updated_at, ${OVERDUE} AS overdue
  FROM task t JOIN client c ON c.tenant_id = t.tenant_id AND c.id = t.client_id LEFT JOIN app_user u ON u.id = t.assignee_id`;
const SORT = `COALESCE(t.due_at, 'infinity'::timestamptz)`;

const toModel = (r: TaskRow): TaskModel => ({
  id: r.id,
  title: r.title,
  description: r.description,
  status: r.status,
  priority: r.priority,
  dueAt: r.due_at,
  overdue: r.overdue,
  client: { id: r.client_id, name: r.client_name },
  source: r.source,
  ruleId: r.rule_id,
  assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? '' } : null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const OPEN_KEYS = 'tasks:open-generated-keys';

@Injectable()
export class TasksService implements GeneratedTasks {
  constructor(private readonly access: AccessService) {}

  async create(ctx: RequestContext, input: CreateTaskInput): Promise<TaskModel> {
    await this.access.requireClients(ctx, 'tasks', 'write', [input.clientId]);
    await this.checkAssignee(ctx, input.assigneeId, input.clientId);
    const repo = await ctx.repo(Task);
    const task = repo.create({
      tenantId: ctx.tenantId,
      clientId: input.clientId,
      title: input.title.trim(),
      description: input.description?.trim() ?? '',
      status: 'OPEN',
      priority: input.priority ?? 'MEDIUM',
      dueAt: input.dueAt ?? null,
      assigneeId: input.assigneeId ?? null,
      source: 'MANUAL',
      ruleId: null,
      generatedKey: null,
      closedAt: null,
    });
    await repo.insert(task);
    ctx.audit({ action: 'task.created', entityType: 'task', entityId: task.id, clientId: task.clientId, changes: { title: { after: task.title }, priority: { after: task.priority }, dueAt: { after: task.dueAt }, assigneeId: { after: task.assigneeId } } });
    await this.refreshOpenCounts(ctx, [task.clientId]);
    return this.load(ctx, task.id);
  }

  async update(ctx: RequestContext, id: string, input: UpdateTaskInput): Promise<TaskModel> {
    const task = await this.access.requireRecord(ctx, 'tasks', 'write', Task, id);
    const next: Partial<Task> = {};
    if (input.title) next.title = input.title.trim();
    if (input.description !== undefined && input.description !== null) next.description = input.description.trim();
    if (input.priority) next.priority = input.priority;
    if (input.dueAt !== undefined) next.dueAt = input.dueAt;
    if (input.assigneeId !== undefined) {
      await this.checkAssignee(ctx, input.assigneeId, task.clientId);
      next.assigneeId = input.assigneeId;
    }
    if (input.status && input.status !== task.status) {
      next.status = input.status;
      next.closedAt = input.status === 'DONE' || input.status === 'DISMISSED' ? new Date() : null;
    }
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const [key, value] of Object.entries(next)) {
      if (key === 'closedAt') continue;
      const before = task[key as keyof Task] ?? null;
      if (JSON.stringify(before) !== JSON.stringify(value ?? null)) changes[key] = { before, after: value ?? null };
    }
    if (Object.keys(changes).length === 0) return this.load(ctx, id);
    try {
      await (await ctx.repo(Task)).update({ id }, next);
    } catch (error) {
      // Reopening a generated task while the rule has opened a new one for the same key.
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') throw badInput({ status: 'An open task for this finding already exists' });
      throw error;
    }
    ctx.audit({ action: 'task.updated', entityType: 'task', entityId: id, clientId: task.clientId, changes });
    if (changes['status']) await this.refreshOpenCounts(ctx, [task.clientId]);
    return this.load(ctx, id);
  }

  async addComment(ctx: RequestContext, input: AddTaskCommentInput): Promise<TaskCommentModel> {
    const task = await this.access.requireRecord(ctx, 'tasks', 'write', Task, input.taskId);
    const comment = await this.insertComment(ctx, task, input.body.trim());
    ctx.audit({ action: 'task.commented', entityType: 'task', entityId: task.id, clientId: task.clientId, changes: { commentId: { after: comment.id } } });
    return { id: comment.id, body: comment.body, authorLabel: comment.authorLabel, createdAt: comment.createdAt };
  }

  async get(ctx: RequestContext, id: string): Promise<TaskModel> {
    await this.access.requireRecord(ctx, 'tasks', 'read', Task, id);
    return this.load(ctx, id);
  }

  async list(ctx: RequestContext, args: { first?: number | null; after?: string | null; filter?: TaskFilter | null }): Promise<ConnectionShape<TaskModel>> {
    this.access.require(ctx, 'tasks', 'read');
    const limit = pageSize(args.first, 500);
    const cursor = decodeCursor(args.after, [isCursorTimestamp, isCursorUuid]) as [string, string] | null;
    const filter = args.filter ?? {};
    const params: unknown[] = [ctx.tenantId];
    const where = ['t.tenant_id = $1'];
    const scope = this.access.clientFilter(ctx);
    if (scope) where.push(`t.client_id = $${params.push(scope)}`);
    if (filter.clientId) where.push(`t.client_id = $${params.push(filter.clientId)}`);
    if (filter.status?.length) where.push(`t.status = ANY($${params.push(filter.status)}::text[])`);
    if (filter.assigneeId) where.push(`t.assignee_id = $${params.push(filter.assigneeId)}`);
    if (filter.overdue === true) where.push(OVERDUE);
    if (filter.overdue === false) where.push(`NOT ${OVERDUE}`);
    const filtered = where.join(' AND ');
    const countParams = [...params];
    const pageWhere = cursor ? `${filtered} AND (${SORT}, t.id) > ($${params.push(cursor[0])}::timestamptz, $${params.push(cursor[1])}::uuid)` : filtered;
    const [rows, [{ count }]] = await Promise.all([
      ctx.query<TaskRow>(`${SELECT_TASK} WHERE ${pageWhere} ORDER BY ${SORT}, t.id LIMIT ${limit + 1}`, params),
      ctx.query<{ count: string }>(`SELECT count(*) FROM task t WHERE ${filtered}`, countParams),
    ]);
    const connection = toConnection(rows, limit, Number(count), (r) => [r.due_at ? r.due_at.toISOString() : 'infinity', r.id], cursor !== null);
    return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toModel(e.node) })) };
  }

  commentsOf(ctx: RequestContext, taskId: string): Promise<TaskCommentModel[]> {
    this.access.require(ctx, 'tasks', 'read');
    return contextLoader<string, TaskCommentModel[]>(
      ctx,
      'tasks:comments',
      async (ids) => {
        const rows = await ctx.query<{ id: string; task_id: string; body: string; author_label: string; created_at: Date }>(
          'SELECT id, task_id, body, author_label, created_at FROM task_comment WHERE task_id = ANY($1::uuid[]) ORDER BY created_at, id',
          [ids],
        );
        const out = new Map<string, TaskCommentModel[]>();
        for (const r of rows) out.set(r.task_id, [...(out.get(r.task_id) ?? []), { id: r.id, body: r.body, authorLabel: r.author_label, createdAt: r.created_at }]);
        return out;
      },
      [],
    ).load(taskId);
  }

  async overdueTotal(ctx: RequestContext): Promise<number> {
    this.access.require(ctx, 'tasks', 'read');
    const params: unknown[] = [ctx.tenantId];
    const scope = this.access.clientFilter(ctx);
    const [row] = await ctx.prepared<{ count: string }>(
      `SELECT count(*) FROM task t JOIN client c ON c.tenant_id = t.tenant_id AND c.id = t.client_id
        WHERE t.tenant_id = $1 AND c.archived_at IS NULL AND ${OVERDUE}${scope ? ` AND t.client_id = $${params.push(scope)}` : ''}`,
      params,
    );
    return Number(row?.count ?? 0);
  }

  // GENERATED_TASKS port: called by the rule engine, document reviews and consent hygiene inside their mutation.

  async open(ctx: RequestContext, spec: GeneratedTaskSpec): Promise<void> {
    const keys = await this.openKeys(ctx, spec.clientId);
    if (keys.has(spec.key)) return;
    const repo = await ctx.repo(Task);
    const task = repo.create({
      tenantId: ctx.tenantId,
      clientId: spec.clientId,
      title: spec.title,
      description: spec.description,
      status: 'OPEN',
      priority: spec.priority,
      dueAt: spec.dueAt ?? null,
      assigneeId: null,
      source: spec.source,
      ruleId: spec.ruleId ?? null,
      generatedKey: spec.key,
      closedAt: null,
    });
    await repo.insert(task);
    keys.add(spec.key);
    ctx.audit({ action: 'task.generated', entityType: 'task', entityId: task.id, clientId: spec.clientId, changes: { key: { after: spec.key }, title: { after: spec.title }, priority: { after: spec.priority } } });
    await this.refreshOpenCounts(ctx, [spec.clientId]);
  }

  async close(ctx: RequestContext, clientId: string, key: string, comment: string): Promise<void> {
    const keys = await this.openKeys(ctx, clientId);
    if (!keys.has(key)) return;
    const closed = await ctx.query<{ id: string; client_id: string }>(
      // Wrapped in a CTE: a bare UPDATE … RETURNING answers [rows, count] through TypeORM.
      `WITH closed AS (UPDATE task SET status = 'DONE', closed_at = now(), updated_at = now()
        WHERE tenant_id = $1 AND client_id = $2 AND generated_key = $3 AND status IN ('OPEN', 'IN_PROGRESS') RETURNING id, client_id)
       SELECT id, client_id FROM closed`,
      [ctx.tenantId, clientId, key],
    );
    keys.delete(key);
    for (const row of closed) {
      await this.insertComment(ctx, { id: row.id, clientId: row.client_id }, comment);
      ctx.audit({ action: 'task.auto_closed', entityType: 'task', entityId: row.id, clientId, changes: { status: { before: 'OPEN', after: 'DONE' }, reason: { after: comment } } });
    }
    if (closed.length) await this.refreshOpenCounts(ctx, [clientId]);
  }

  /** Keeps client.open_task_count (read by the portfolio) in step with the tasks. */
  async refreshOpenCounts(ctx: RequestContext, clientIds: readonly string[]): Promise<void> {
    await ctx.query(
      `UPDATE client SET open_task_count = (SELECT count(*) FROM task t WHERE t.tenant_id = client.tenant_id AND t.client_id = client.id AND t.status IN ('OPEN', 'IN_PROGRESS'))
        WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
      [ctx.tenantId, [...new Set(clientIds)]],
    );
  }

  private async openKeys(ctx: RequestContext, clientId: string): Promise<Set<string>> {
    let cache = ctx.loaders.get(OPEN_KEYS) as Map<string, Set<string>> | undefined;
    if (!cache) {
      cache = new Map();
      ctx.loaders.set(OPEN_KEYS, cache);
    }
    let keys = cache.get(clientId);
    if (!keys) {
      const rows = await ctx.query<{ generated_key: string }>(
        `SELECT generated_key FROM task WHERE tenant_id = $1 AND client_id = $2 AND generated_key IS NOT NULL AND status IN ('OPEN', 'IN_PROGRESS')`,
        [ctx.tenantId, clientId],
      );
      keys = new Set(rows.map((r) => r.generated_key));
      cache.set(clientId, keys);
    }
    return keys;
  }

  private async insertComment(ctx: RequestContext, task: { id: string; clientId: string }, body: string): Promise<TaskComment> {
    const repo = await ctx.repo(TaskComment);
    const comment = repo.create({ tenantId: ctx.tenantId, taskId: task.id, clientId: task.clientId, authorId: ctx.principal.userId, authorLabel: ctx.actor.label, body });
    await repo.insert(comment);
    return comment;
  }

  private async load(ctx: RequestContext, id: string): Promise<TaskModel> {
    const [row] = await ctx.query<TaskRow>(`${SELECT_TASK} WHERE t.id = $1`, [id]);
    if (!row) throw notFound();
    return toModel(row);
  }

  /** Assignee: firm staff, or a user bound to the task's client. */
  private async checkAssignee(ctx: RequestContext, userId: string | null | undefined, clientId: string): Promise<void> {
    if (!userId) return;
    const rows = await ctx.query(`SELECT 1 FROM membership WHERE tenant_id = $1 AND user_id = $2 AND (client_id IS NULL OR client_id = $3)`, [ctx.tenantId, userId, clientId]);
    if (rows.length === 0) throw badInput({ assigneeId: 'Must be a member of the firm or of this client' });
  }
}
