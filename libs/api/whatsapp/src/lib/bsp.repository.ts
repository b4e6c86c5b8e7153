import { Injectable } from '@nestjs/common';
import { In, QueryFailedError } from 'typeorm';
import { conflict, type RequestContext } from '@klarsicht/api-core';
import { Bsp } from './bsp.entity';

const uniqueName = async <T>(statement: Promise<T>): Promise<T> => {
  try {
    return await statement;
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505')
      throw conflict('A provider with this name already exists');
    throw error;
  }
};

/** The firm's catalogue of WhatsApp Business Solution Providers. */
@Injectable()
export class BspRepository {
  async list(ctx: RequestContext): Promise<Bsp[]> {
    return (await ctx.repo(Bsp)).find({ order: { name: 'ASC', id: 'ASC' } });
  }

  async find(ctx: RequestContext, id: string): Promise<Bsp | null> {
    return (await ctx.repo(Bsp)).findOne({ where: { id } });
  }

  async findMany(ctx: RequestContext, ids: readonly string[]): Promise<Bsp[]> {
    return (await ctx.repo(Bsp)).find({ where: { id: In([...ids]) } });
  }

  async exists(ctx: RequestContext, id: string): Promise<boolean> {
    return (await ctx.repo(Bsp)).exists({ where: { id } });
  }

  /** A new provider; CONFLICT when the firm already has one of this name. */
  async insert(
    ctx: RequestContext,
    values: Pick<Bsp, 'name' | 'hostingRegion' | 'transferMechanism' | 'dpaAvailable'>,
  ): Promise<Bsp> {
    const repo = await ctx.repo(Bsp);
    const bsp = repo.create({ ...values, tenantId: ctx.tenantId });
    await uniqueName(repo.insert(bsp));
    return bsp;
  }

  /** CONFLICT when the new name is taken. */
  async update(ctx: RequestContext, id: string, values: Partial<Bsp>): Promise<void> {
    await uniqueName((await ctx.repo(Bsp)).update({ id }, values));
  }

  /** Clients with an account on this provider (their rules read it). */
  async clientsUsing(ctx: RequestContext, id: string): Promise<string[]> {
    const rows = await ctx.query<{ client_id: string }>(
      'SELECT DISTINCT client_id FROM whatsapp_account WHERE bsp_id = $1',
      [id],
    );
    return rows.map((r) => r.client_id);
  }
}
