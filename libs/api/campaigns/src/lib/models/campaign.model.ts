import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CampaignQuestion')
export class CampaignQuestionModel {
  @Field(() => String) key!: string;
  @Field(() => String) textDe!: string;
  @Field(() => String) textEn!: string;
}

@ObjectType('CampaignClientProgress')
export class CampaignClientProgressModel {
  @Field(() => ID) clientId!: string;
  @Field(() => String) clientName!: string;
  @Field(() => Int) answered!: number;
  @Field(() => Int) verified!: number;
  @Field(() => Boolean, {
    description: 'Every question answered (a campaign without questions: its task is done).',
  })
  complete!: boolean;
  @Field(() => Boolean, { description: 'Not complete and past the due date.' }) overdue!: boolean;
  @Field(() => String, { nullable: true, description: "The status of the client's campaign task." })
  taskStatus!: string | null;
}

@ObjectType('CampaignProgress')
export class CampaignProgressModel {
  @Field(() => Int) clients!: number;
  @Field(() => Int) complete!: number;
  @Field(() => Int, { description: 'Clients whose every answer is VERIFIED.' }) verified!: number;
  @Field(() => Int) overdue!: number;
}

@ObjectType('Campaign', {
  description: 'A requirement published to many clients at once (docs/judgement.md).',
})
export class CampaignModel {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) body!: string;
  @Field(() => [CampaignQuestionModel]) questions!: CampaignQuestionModel[];
  @Field(() => Date, { nullable: true }) dueAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => CampaignProgressModel) progress!: CampaignProgressModel;
  @Field(() => [CampaignClientProgressModel]) clients!: CampaignClientProgressModel[];
}

@ObjectType('ClientCampaignAnswer')
export class ClientCampaignAnswerModel {
  @Field(() => String) key!: string;
  @Field(() => String) textDe!: string;
  @Field(() => String) textEn!: string;
  @Field(() => Boolean, { nullable: true }) value!: boolean | null;
  @Field(() => String, { nullable: true, description: 'CLAIMED or VERIFIED.' }) state!: string | null;
}

@ObjectType('ClientCampaign', { description: 'A campaign as one client sees it: its questions and answers.' })
export class ClientCampaignModel {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) body!: string;
  @Field(() => Date, { nullable: true }) dueAt!: Date | null;
  @Field(() => [ClientCampaignAnswerModel]) questions!: ClientCampaignAnswerModel[];
}

@ObjectType('CampaignSummary', {
  description: 'A campaign in the firm’s list; its progress is on `campaign(id)`.',
})
export class CampaignSummaryModel {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => Date, { nullable: true }) dueAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Int, { description: 'Clients it went to.' }) clientCount!: number;
  @Field(() => Int) questionCount!: number;
}
