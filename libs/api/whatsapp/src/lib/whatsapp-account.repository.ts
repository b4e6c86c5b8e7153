import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { RequestContext } from '@klarsicht/api-core';
import { WhatsAppAccount } from './whatsapp-account.entity';

export type NewWhatsAppAccount = Pick<
  WhatsAppAccount,
  | 'clientId'
  | 'label'
  | 'variant'
  | 'bspId'
  | 'answers'
  | 'questionnaireVersion'
  | 'answeredBy'
  | 'answeredAt'
>;

@Injectable()
export class WhatsAppAccountRepository {
  async insert(ctx: RequestContext, values: NewWhatsAppAccount): Promise<WhatsAppAccount> {
    const repo = await ctx.repo(WhatsAppAccount);
    const account = repo.create({ ...values, tenantId: ctx.tenantId });
    await repo.insert(account);
    return account;
  }

  async update(ctx: RequestContext, id: string, values: Partial<WhatsAppAccount>): Promise<void> {
    await (await ctx.repo(WhatsAppAccount)).update({ id }, values);
  }

  /** Accounts of any number of clients, oldest first. */
  async ofClients(ctx: RequestContext, clientIds: readonly string[]): Promise<WhatsAppAccount[]> {
    return (await ctx.repo(WhatsAppAccount)).find({
      where: { clientId: In([...clientIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
