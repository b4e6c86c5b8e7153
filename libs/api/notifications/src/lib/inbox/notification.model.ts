import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@klarsicht/api-core';

@ObjectType('Notification', { description: 'An in-app notification of the signed-in member (the bell).' })
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    description: 'task_assigned, task_due, task_overdue, review_due, review_overdue, breach_reminder',
  })
  kind!: string;
  @Field(() => String, { description: "One line in the member's language (notification preferences)." })
  title!: string;
  @Field(() => ID, { nullable: true }) clientId!: string | null;
  @Field(() => String, { nullable: true }) entityType!: string | null;
  @Field(() => ID, { nullable: true }) entityId!: string | null;
  @Field(() => String, { description: 'Where the web opens it (a path), e.g. /tasks?task=…' }) link!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}

@ObjectType()
export class NotificationConnection extends Connection(NotificationModel, 'Notification') {
  @Field(() => Int, { description: 'Unread notifications of the member in this firm, whatever the filter.' })
  unreadCount!: number;
}
