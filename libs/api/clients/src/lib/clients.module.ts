import { Module } from '@nestjs/common';
import { ClientsRepository } from './clients.repository';
import { ClientsResolver } from './clients.resolver';
import { ClientsService } from './clients.service';

@Module({ providers: [ClientsRepository, ClientsService, ClientsResolver], exports: [ClientsService] })
export class ClientsModule {}
